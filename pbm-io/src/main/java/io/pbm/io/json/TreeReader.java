package io.pbm.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one record — the value at the parser's current token — into a small {@link Node} tree, with
 * the record's own limits: at most {@link ReadLimits#maxIndicators()} elements in any array (the rest
 * is skipped, not kept, and reported once), at most
 * {@link ReadLimits#maxRecordBytes()} bytes (the rest of the record is skipped, not kept), and a
 * member repeated within an object reported and its later values skipped. Skipping never buffers, so a
 * hostile record costs time in proportion to its size and no memory.
 *
 * <p>Problems go to the record's {@link RecordProblems}; document-level failures (not JSON, a
 * document-wide limit) throw from {@link JsonInput#next}. Iterative, so a record's depth costs no
 * stack beyond the parser's own nesting limit.
 *
 * <p>Not thread-safe: one per record.
 */
public final class TreeReader {

    private final JsonInput input;
    private final JsonParser parser;
    private final RecordProblems problems;
    private final RecurringTexts texts;
    private boolean cutShort;

    /**
     * Creates a reader for one record.
     *
     * @param input  the input side, with the limits
     * @param parser  the parser, at the record's first token
     * @param problems  where problems go
     */
    public TreeReader(JsonInput input, JsonParser parser, RecordProblems problems) {
        this(input, parser, problems, new RecurringTexts());
    }

    /**
     * Creates a reader for one record of a document whose records share their short texts.
     *
     * @param input  the input side, with the limits
     * @param parser  the parser, at the record's first token
     * @param problems  where problems go
     * @param texts  the short texts of the document's earlier records
     */
    public TreeReader(JsonInput input, JsonParser parser, RecordProblems problems, RecurringTexts texts) {
        this.input = input;
        this.parser = parser;
        this.problems = problems;
        this.texts = texts;
    }

    /**
     * An open array or object. Its pointer is made only when a problem needs it: most records have
     * none, and a pointer for every object and array would cost more than the rest of the tree.
     */
    private static final class Frame {
        private final @Nullable Frame parent;
        private final @Nullable String member;
        private final int element;
        private @Nullable String pointer;
        final @Nullable Map<String, Node> members;
        final @Nullable List<Node> elements;
        @Nullable String name;
        int count;
        boolean full;

        /** The record itself, at its pointer. */
        Frame(String pointer, boolean object) {
            this(null, null, 0, object);
            this.pointer = pointer;
        }

        /** A value of an open object (its member's name) or array (its index). */
        Frame(@Nullable Frame parent, @Nullable String member, int element, boolean object) {
            this.parent = parent;
            this.member = member;
            this.element = element;
            this.members = object ? new LinkedHashMap<>() : null;
            this.elements = object ? null : new ArrayList<>();
        }

        String pointer() {
            if (pointer == null) {
                String at = parent.pointer();
                pointer = member != null ? Pointer.member(at, member) : Pointer.element(at, element);
            }
            return pointer;
        }

        Node node() {
            return members != null ? new Node.Obj(members) : new Node.Arr(elements);
        }
    }

    /**
     * Reads the value at the current token; the parser is left at the value's last token.
     *
     * @param pointer  the value's location in the document, such as {@code /projects/3}
     * @return the value; for a record cut short by the size limit, what was read before the limit
     */
    public Node read(String pointer) {
        ReadLimits limits = input.limits();
        long start = JsonInput.offset(parser.currentTokenLocation());
        Deque<Frame> open = new ArrayDeque<>();
        Frame root = null;
        JsonToken token = parser.currentToken();
        while (true) {
            Node value = null;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    Frame parent = open.peek();
                    boolean object = token == JsonToken.START_OBJECT;
                    String member = parent != null && parent.members != null ? parent.name : null;
                    int element = parent == null ? 0 : parent.count;
                    if (parent != null && !admit(parent, limits)) {
                        skipChildren();
                    } else {
                        Frame frame = parent == null ? new Frame(pointer, object)
                                : new Frame(parent, member, element, object);
                        root = root == null ? frame : root;
                        open.push(frame);
                    }
                }
                case FIELD_NAME -> open.element().name = currentName();
                case END_OBJECT, END_ARRAY -> value = open.pop().node();
                case VALUE_STRING -> value = new Node.Str(text());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = new Node.Num(text());
                case VALUE_TRUE -> value = new Node.Bool(true);
                case VALUE_FALSE -> value = new Node.Bool(false);
                case VALUE_NULL -> value = Node.Null.NULL;
                default -> throw new IllegalStateException("unexpected token " + token);
            }
            if (value != null) {
                Frame parent = open.peek();
                if (parent == null) {
                    return value;
                }
                if (token.isScalarValue() ? admit(parent, limits) : true) {
                    add(parent, value);
                }
            }
            token = input.next(parser);
            if (token == null) {
                // The end of the input inside a record: let the parser say so at its location.
                input.next(parser);
                throw new IllegalStateException("the parser accepted a truncated record");
            }
            if (JsonInput.fed(parser) - start > limits.maxRecordBytes()
                    && JsonInput.offset(parser.currentTokenLocation()) - start > limits.maxRecordBytes()) {
                problems.add(ReadingCode.LIMIT_RECORD_SIZE, pointer, limits.maxRecordBytes());
                cutShort = true;
                skipRest(open.size(), token);
                return root == null ? Node.Null.NULL : root.node();
            }
        }
    }

    /**
     * Whether the record passed {@link ReadLimits#maxRecordBytes()}, so that what {@link #read} returned
     * is only its beginning.
     *
     * @return true if cut short
     */
    public boolean cutShort() {
        return cutShort;
    }

    /** Whether the parent takes one more value; reports the limit once, on the value that passes it. */
    private boolean admit(Frame parent, ReadLimits limits) {
        if (parent.members != null && parent.members.containsKey(parent.name)) {
            problems.add(ReadingCode.KEY_DUPLICATE, Pointer.member(parent.pointer(), parent.name), parent.name);
            return false;
        }
        if (parent.elements != null && parent.count >= limits.maxIndicators()) {
            if (!parent.full) {
                parent.full = true;
                problems.add(ReadingCode.LIMIT_INDICATORS, parent.pointer(), limits.maxIndicators());
            }
            return false;
        }
        parent.count++;
        return true;
    }

    private static void add(Frame parent, Node value) {
        if (parent.members != null) {
            parent.members.put(parent.name, value);
        } else {
            parent.elements.add(value);
        }
    }

    /** Consumes the record's remaining tokens without keeping them. */
    private void skipRest(int depth, JsonToken current) {
        JsonToken token = current;
        int open = depth;
        while (true) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                skipChildren();
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open--;
            }
            if (open == 0) {
                return;
            }
            token = input.next(parser);
            if (token == null) {
                input.next(parser);
                throw new IllegalStateException("the parser accepted a truncated record");
            }
        }
    }

    private void skipChildren() {
        try {
            parser.skipChildren();
        } catch (java.io.IOException e) {
            throw input.failure(e);
        }
    }

    /**
     * A value's text, from the parser's characters — except a text beyond the length limit: Jackson
     * checks the limit only when it makes a String itself, and so reports it as for any other value.
     */
    private String text() {
        try {
            char[] chars = parser.getTextCharacters();
            int length = parser.getTextLength();
            if (length > input.limits().maxStringLength()) {
                return parser.getText();
            }
            return texts.text(chars, parser.getTextOffset(), length);
        } catch (java.io.IOException e) {
            throw input.failure(e);
        }
    }

    private String currentName() {
        try {
            return parser.currentName();
        } catch (java.io.IOException e) {
            throw input.failure(e);
        }
    }
}
