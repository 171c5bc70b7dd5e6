package io.pbm.io.json;

import io.pbm.core.DecimalText;
import io.pbm.core.InvalidValueException;
import io.pbm.io.ReadingCode;
import io.pbm.rules.explain.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The problems of one record as its reading finds them — all of them, never only the first — each at
 * its JSON pointer. A later stage asks whether a location already has a problem, so that one mistake
 * is reported once (a member of the wrong type is not also "missing").
 *
 * <p>Not thread-safe: one per record being read.
 */
public final class RecordProblems {

    /** Pointers in document-tree order: segments compared as numbers where both are numbers. */
    public static final Comparator<String> POINTER_ORDER = RecordProblems::comparePointers;

    private final List<Problem> problems = new ArrayList<>();
    private final TreeSet<String> pointers = new TreeSet<>();

    /**
     * Adds a problem.
     *
     * @param problem  the problem, its path absolute
     */
    public void add(Problem problem) {
        problems.add(problem);
        pointers.add(problem.path());
    }

    /**
     * Adds a problem of a code.
     *
     * @param code  the code
     * @param pointer  the location
     * @param args  the message's arguments
     */
    public void add(ReadingCode code, String pointer, Object... args) {
        add(code.problem(pointer, args));
    }

    /**
     * Applies a pbm-core factory to a written value; a value the factory refuses becomes a problem at the
     * pointer, never an exception. Nothing is done for an absent value, or where a problem was already
     * found.
     *
     * @param <S>  the written value's type
     * @param <T>  the value's type
     * @param pointer  the location of the written value
     * @param written  the written value, or null
     * @param factory  the factory, which may throw {@link InvalidValueException}
     * @return the value, or null
     */
    public <S, T> @Nullable T convert(String pointer, @Nullable S written, Function<S, T> factory) {
        if (written == null || within(pointer)) {
            return null;
        }
        try {
            return factory.apply(written);
        } catch (InvalidValueException e) {
            add(refused(pointer, e));
            return null;
        }
    }

    /**
     * Reads a constant of an enumeration; a text that names none is {@code enum.unknown}, with the
     * constants the member takes.
     *
     * @param <E>  the enumeration
     * @param pointer  the location of the text
     * @param text  the text, or null
     * @param type  the enum class
     * @return the constant, or null
     */
    public <E extends Enum<E>> @Nullable E constant(String pointer, @Nullable String text, Class<E> type) {
        if (text == null || within(pointer)) {
            return null;
        }
        try {
            return Constants.parse(type, text);
        } catch (InvalidValueException e) {
            add(ReadingCode.ENUM_UNKNOWN, pointer, pointer.substring(pointer.lastIndexOf('/') + 1),
                    DecimalText.abbreviate(text), Constants.valid(type));
            return null;
        }
    }

    /**
     * Builds a value whose builder checks several members together. A refusal is located at the member
     * the exception's field names ({@code target of 排涝能力提升} → {@code …/target}, {@code budget.spent}
     * → {@code …/spent}) when it is one of the object's members, otherwise at the object; a builder's
     * missing required attributes (Immutables: {@code some of required attributes are not set [a, b]})
     * are each {@code required} at their member.
     *
     * @param <T>  the value's type
     * @param pointer  the object's location
     * @param members  the object's members that a field name may point to
     * @param builder  builds the value
     * @return the value, or null
     */
    public <T> @Nullable T build(String pointer, java.util.Set<String> members, java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidValueException e) {
            String field = e.field();
            int of = field.indexOf(" of ");
            String member = of < 0 ? field : field.substring(0, of);
            member = member.substring(Math.max(member.lastIndexOf('.'), member.lastIndexOf(' ')) + 1);
            add(refused(members.contains(member) ? pointer + "/" + member : pointer, e));
            return null;
        } catch (IllegalStateException e) {
            String text = String.valueOf(e.getMessage());
            int open = text.indexOf('[');
            int close = text.indexOf(']', open + 1);
            if (!text.contains("required attributes") || open < 0 || close < 0) {
                throw e;
            }
            for (String attribute : text.substring(open + 1, close).split(",\\s*")) {
                add(ReadingCode.REQUIRED, Pointer.member(pointer, attribute), attribute);
            }
            return null;
        }
    }

    /**
     * The problem of a value pbm-core refused: {@code decimal.grammar} when the text is outside the
     * decimal grammar, otherwise {@code value.invalid} with the factory's field, value and valid range.
     *
     * @param pointer  the location
     * @param e  the refusal
     * @return the problem
     */
    public static Problem refused(String pointer, InvalidValueException e) {
        for (int decimals = 0; decimals <= DecimalText.MAX_DECIMALS; decimals++) {
            if (e.validRange().equals(DecimalText.grammar(decimals))) {
                return ReadingCode.DECIMAL_GRAMMAR.problem(pointer, pointer.substring(pointer.lastIndexOf('/') + 1),
                        e.value(), decimals);
            }
        }
        return ReadingCode.VALUE_INVALID.problem(pointer, e.field(), e.value(), e.validRange());
    }

    /**
     * Whether a location or anything beneath it has a problem.
     *
     * @param pointer  the location
     * @return true if so
     */
    public boolean within(String pointer) {
        String next = pointers.ceiling(pointer);
        return next != null && (next.equals(pointer) || next.startsWith(pointer + "/"));
    }

    /**
     * Whether no problem was found.
     *
     * @return true if the record is clean so far
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * The problems in the order of their locations, problems at one location in the order found.
     *
     * @return the problems, a new list
     */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(Problem::path, POINTER_ORDER));
        return sorted;
    }

    private static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = compareSegments(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegments(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && a.length() <= 9 && b.length() <= 9
                && a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
        return numbers ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
