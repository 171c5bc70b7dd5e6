package io.pbm.io.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value of one record, read token by token, with numbers kept as their TEXT: nothing is
 * converted to a number until the decimal grammar has accepted the characters (json-contract.md,
 * "Decimals"). A record's tree is small and is dropped once the record has been read, so a document of
 * a million projects never lives in memory as a whole.
 */
public sealed interface Node {

    /**
     * What kind of value this is.
     *
     * @return the type
     */
    JsonType type();

    /**
     * An object, its members in document order.
     *
     * @param members  the members by name, first occurrence kept
     */
    record Obj(Map<String, Node> members) implements Node {

        /**
         * Creates an object over a map the reader filled; the map is wrapped, not copied.
         *
         * @param members  the members
         */
        public Obj {
            members = Collections.unmodifiableMap(members);
        }

        /**
         * A member.
         *
         * @param name  the name
         * @return the value, or null when absent
         */
        public @Nullable Node get(String name) {
            return members.get(name);
        }

        @Override
        public JsonType type() {
            return JsonType.OBJECT;
        }
    }

    /**
     * An array.
     *
     * @param elements  the elements, in order
     */
    record Arr(List<Node> elements) implements Node {

        /**
         * Creates an array over a list the reader filled; the list is wrapped, not copied.
         *
         * @param elements  the elements
         */
        public Arr {
            elements = Collections.unmodifiableList(elements);
        }

        @Override
        public JsonType type() {
            return JsonType.ARRAY;
        }
    }

    /**
     * A string.
     *
     * @param text  the text
     */
    record Str(String text) implements Node {
        @Override
        public JsonType type() {
            return JsonType.STRING;
        }
    }

    /**
     * A number, as written: {@code 1930500.00}, {@code 1e999999999}, or ten thousand digits.
     *
     * @param text  the characters of the token
     */
    record Num(String text) implements Node {
        @Override
        public JsonType type() {
            return JsonType.NUMBER;
        }
    }

    /**
     * {@code true} or {@code false}.
     *
     * @param value  the value
     */
    record Bool(boolean value) implements Node {
        @Override
        public JsonType type() {
            return JsonType.BOOLEAN;
        }
    }

    /** {@code null}. */
    enum Null implements Node {
        /** The one null. */
        NULL;

        @Override
        public JsonType type() {
            return JsonType.NULL;
        }
    }
}
