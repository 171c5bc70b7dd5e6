package io.pbm.io.json;

import io.pbm.io.ReadingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The members of one object of a record, read by the type each member should have: a member of
 * another type is reported ({@code type}, at its pointer) and read as absent, so that no later check
 * reports it again. Absent members and {@code null} read as null; members a reader does not ask for are
 * ignored (json-contract.md: "add fields freely").
 *
 * <p>Not thread-safe: one per object being read.
 */
public final class Members {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private final Node.Obj object;
    private final String pointer;
    private final RecordProblems problems;

    private Members(Node.Obj object, String pointer, RecordProblems problems) {
        this.object = object;
        this.pointer = pointer;
        this.problems = problems;
    }

    /**
     * The members of a value that should be an object.
     *
     * @param node  the value
     * @param pointer  its location
     * @param member  its name, for the message
     * @param problems  where problems go
     * @return the members, or null (reported) when the value is not an object
     */
    public static @Nullable Members of(Node node, String pointer, String member, RecordProblems problems) {
        if (node instanceof Node.Obj object) {
            return new Members(object, pointer, problems);
        }
        if (node != Node.Null.NULL) {
            problems.add(ReadingCode.TYPE, pointer, member, JsonType.OBJECT, node.type());
        }
        return null;
    }

    /**
     * The object's location.
     *
     * @return the JSON pointer
     */
    public String pointer() {
        return pointer;
    }

    /**
     * A member's location.
     *
     * @param name  the member
     * @return the JSON pointer
     */
    public String pointer(String name) {
        return Pointer.member(pointer, name);
    }

    /**
     * Whether a member is written at all, {@code null} included — a policy file's {@code null} clears
     * what it extends.
     *
     * @param name  the member
     * @return true if the member appears
     */
    public boolean contains(String name) {
        return object.members().containsKey(name);
    }

    /**
     * The names of the members, in document order.
     *
     * @return the names
     */
    public java.util.Set<String> names() {
        return object.members().keySet();
    }

    /**
     * Whether a member is present and not null.
     *
     * @param name  the member
     * @return true if given
     */
    public boolean has(String name) {
        Node node = object.get(name);
        return node != null && node != Node.Null.NULL;
    }

    /**
     * A member as it is, null when absent or null.
     *
     * @param name  the member
     * @return the value
     */
    public @Nullable Node node(String name) {
        Node node = object.get(name);
        return node == Node.Null.NULL ? null : node;
    }

    /**
     * A string member.
     *
     * @param name  the member
     * @return the text, or null
     */
    public @Nullable String text(String name) {
        Node.Str node = typed(name, Node.Str.class, JsonType.STRING);
        return node == null ? null : node.text();
    }

    /**
     * A decimal member, written as a string or a number: its characters, a string's stripped of
     * surrounding white space. The grammar is checked later, on these characters.
     *
     * @param name  the member
     * @return the characters, or null
     */
    public @Nullable String decimal(String name) {
        Node node = node(name);
        return node == null ? null : decimal(node, pointer(name), name);
    }

    /**
     * A decimal value at a location: its characters, or null (reported) for another type.
     *
     * @param node  the value
     * @param at  its location
     * @param member  its member's name, for the message
     * @return the characters, or null
     */
    public @Nullable String decimal(Node node, String at, String member) {
        if (node instanceof Node.Num number) {
            return number.text();
        }
        if (node instanceof Node.Str string) {
            return string.text().strip();
        }
        problems.add(ReadingCode.TYPE, at, member, JsonType.DECIMAL, node.type());
        return null;
    }

    /**
     * A whole-number member, written as a number or a string of digits.
     *
     * @param name  the member
     * @return the number, or null
     */
    public @Nullable Integer integer(String name) {
        Node node = node(name);
        return node == null ? null : integer(node, pointer(name), name);
    }

    /**
     * A whole number at a location, or null (reported) for anything else.
     *
     * @param node  the value, not null
     * @param at  its location
     * @param member  its member's name, for the message
     * @return the number, or null
     */
    public @Nullable Integer integer(Node node, String at, String member) {
        String text = node instanceof Node.Num number ? number.text()
                : node instanceof Node.Str string ? string.text().strip() : null;
        if (text != null && INTEGER.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        if (node != Node.Null.NULL) {
            problems.add(ReadingCode.TYPE, at, member, JsonType.INTEGER, node.type());
        }
        return null;
    }

    /**
     * A boolean member.
     *
     * @param name  the member
     * @return the value, or null
     */
    public @Nullable Boolean bool(String name) {
        Node.Bool node = typed(name, Node.Bool.class, JsonType.BOOLEAN);
        return node == null ? null : node.value();
    }

    /**
     * A member written as a string or a number (a target, an actual), as the node itself.
     *
     * @param name  the member
     * @return a {@link Node.Str} or {@link Node.Num}, or null
     */
    public @Nullable Node scalar(String name) {
        Node node = node(name);
        if (node == null || node instanceof Node.Str || node instanceof Node.Num) {
            return node;
        }
        return wrongType(name, JsonType.STRING_OR_NUMBER, node);
    }

    /**
     * An object member.
     *
     * @param name  the member
     * @return its members, or null
     */
    public @Nullable Members object(String name) {
        Node node = node(name);
        return node == null ? null : of(node, pointer(name), name, problems);
    }

    /**
     * An array member, each element read by a function given the element and its location; an element
     * the function cannot read becomes null.
     *
     * @param <T>  what an element becomes
     * @param name  the member
     * @param element  reads an element: (value, pointer) → the element or null
     * @return the elements, or null when the member is absent or not an array
     */
    public <T> @Nullable List<@Nullable T> list(String name, BiFunction<Node, String, @Nullable T> element) {
        Node node = node(name);
        if (node == null) {
            return null;
        }
        if (!(node instanceof Node.Arr array)) {
            return wrongType(name, JsonType.ARRAY, node);
        }
        String at = pointer(name);
        List<@Nullable T> elements = new ArrayList<>(array.elements().size());
        for (int i = 0; i < array.elements().size(); i++) {
            Node value = array.elements().get(i);
            elements.add(value == Node.Null.NULL ? null : element.apply(value, Pointer.element(at, i)));
        }
        return elements;
    }

    /**
     * The problems of the record.
     *
     * @return the problems
     */
    public RecordProblems problems() {
        return problems;
    }

    /** A member of one kind of node, or null: absent, null, or (reported) of another kind. */
    private <N extends Node> @Nullable N typed(String name, Class<N> kind, JsonType expected) {
        Node node = node(name);
        return node == null || kind.isInstance(node) ? kind.cast(node) : wrongType(name, expected, node);
    }

    private <T> @Nullable T wrongType(String name, JsonType expected, Node found) {
        problems.add(ReadingCode.TYPE, pointer(name), name, expected, found.type());
        return null;
    }
}
