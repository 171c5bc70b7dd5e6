package io.pbm.io.json;

import io.pbm.io.ReadingCode;
import io.pbm.rules.explain.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

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
