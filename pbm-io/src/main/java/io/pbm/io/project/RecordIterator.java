package io.pbm.io.project;

import io.pbm.core.project.ProjectIds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pbm.core.DecimalText;
import io.pbm.core.project.Project;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.JsonInput;
import io.pbm.io.json.JsonType;
import io.pbm.io.json.Members;
import io.pbm.io.json.Node;
import io.pbm.io.json.RecordProblems;
import io.pbm.io.json.RecurringTexts;
import io.pbm.io.json.TreeReader;
import io.pbm.io.written.Lookahead;
import io.pbm.io.written.Recurring;
import io.pbm.io.written.WrittenRecords;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Walks a pbm/1 document token by token and hands out one record at a time: the record's tokens
 * become a small tree, the tree a written record, Bean Validation checks it, and pbm-core values are
 * built — or the record is rejected with all its problems. Nothing of a record outlives its turn but
 * its id, in an {@link ProjectIds}, and the targets and indicators that recur from record to record
 * (a bounded {@link Recurring} table, built once for the document), so memory stays flat however long
 * the document.
 *
 * <p>The document is an object whose {@code format} is {@code pbm/1} and comes before the records
 * (alphabetical order, as many JSON writers sort members, keeps it first); {@code projects} and
 * {@code units} are arrays of records; other members are skipped unread.
 *
 * <p>Not thread-safe.
 */
final class RecordIterator extends Lookahead<ReadRecord> implements Closeable {

    private enum Phase { START, MEMBERS, RECORDS, DONE }

    private final JsonInput input;
    private final JsonParser parser;
    private final Map<Section, ProjectIds> ids = new EnumMap<>(Section.class);
    private final Set<Section> seen = EnumSet.noneOf(Section.class);
    private final Recurring recurring = new Recurring();
    private final RecurringTexts texts = new RecurringTexts();
    private Phase phase = Phase.START;
    private boolean formatSeen;
    private Section section = Section.PROJECTS;
    private int index;
    private long records;

    RecordIterator(JsonInput input, InputStream in) {
        this.input = input;
        this.parser = input.parser(in);
    }

    /** The bytes the duplicate-id registries hold, for the test that memory stays flat. */
    long idFootprint() {
        return ids.values().stream().mapToLong(ProjectIds::footprint).sum();
    }

    @Override
    public void close() {
        phase = Phase.DONE;
        try {
            parser.close();
        } catch (IOException e) {
            // The caller owns the stream; nothing of the parser's is left to release.
        }
    }

    @Override
    protected @Nullable ReadRecord advance() {
        while (true) {
            switch (phase) {
                case START -> start();
                case MEMBERS -> member();
                case RECORDS -> {
                    JsonToken token = input.next(parser);
                    if (token == JsonToken.END_ARRAY) {
                        phase = Phase.MEMBERS;
                    } else {
                        return record(token);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
    }

    private void start() {
        JsonToken token = input.next(parser);
        if (token == null) {
            throw DocumentException.of(ReadingCode.DOCUMENT_NOT_JSON, null, 1, 1, "no content");
        }
        if (token != JsonToken.START_OBJECT) {
            throw DocumentException.of(ReadingCode.DOCUMENT_SHAPE, null, "/", JsonType.OBJECT, type(token));
        }
        phase = Phase.MEMBERS;
    }

    private void member() {
        JsonToken token = input.next(parser);
        if (token == JsonToken.END_OBJECT) {
            if (!formatSeen) {
                throw DocumentException.of(ReadingCode.DOCUMENT_FORMAT, null, "—", ProjectReader.FORMAT);
            }
            JsonToken after = input.next(parser);
            if (after != null) {
                throw DocumentException.of(ReadingCode.DOCUMENT_NOT_JSON, null, parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr(), "content after the end of the document");
            }
            phase = Phase.DONE;
            return;
        }
        String name = name();
        JsonToken value = input.next(parser);
        if (name.equals("format")) {
            String format = value == JsonToken.VALUE_STRING ? text() : null;
            if (!ProjectReader.FORMAT.equals(format)) {
                throw DocumentException.of(ReadingCode.DOCUMENT_FORMAT, null,
                        format == null ? type(value).englishLabel() : "\"" + DecimalText.abbreviate(format) + "\"",
                        ProjectReader.FORMAT);
            }
            formatSeen = true;
            return;
        }
        for (Section candidate : Section.values()) {
            if (name.equals(candidate.member())) {
                if (!formatSeen) {
                    throw DocumentException.of(ReadingCode.DOCUMENT_FORMAT, null, "“" + name + "” first",
                            ProjectReader.FORMAT);
                }
                if (value != JsonToken.START_ARRAY || !seen.add(candidate)) {
                    throw DocumentException.of(ReadingCode.DOCUMENT_SHAPE, null, "/" + name, JsonType.ARRAY,
                            value == JsonToken.START_ARRAY ? JsonType.REPEATED : type(value));
                }
                section = candidate;
                index = 0;
                phase = Phase.RECORDS;
                return;
            }
        }
        skipChildren();
    }

    private ReadRecord record(JsonToken token) {
        if (++records > input.limits().maxRecords()) {
            throw DocumentException.of(ReadingCode.LIMIT_RECORDS, null, input.limits().maxRecords());
        }
        int at = index++;
        String pointer = section.pointer(at);
        RecordProblems problems = new RecordProblems();
        TreeReader reader = new TreeReader(input, parser, problems, texts);
        Node node = reader.read(pointer);
        Members members = Members.of(node, pointer, section.member(), problems);
        if (members == null) {
            if (node == Node.Null.NULL) {
                problems.add(ReadingCode.REQUIRED, pointer, section.member());
            }
            return new RejectedRecord(section, at, null, problems.sorted());
        }
        String id = members.node("id") instanceof Node.Str s && !s.text().isBlank() ? s.text().strip() : null;
        if (reader.cutShort()) {
            // Cut short by the size limit: what was read is not the record.
            return new RejectedRecord(section, at, id == null ? null : DecimalText.abbreviate(id), problems.sorted());
        }
        ReadRecord read = section == Section.PROJECTS ? project(members, at, pointer, problems, recurring)
                : unit(members, at, pointer, problems);
        if (id != null && !problems.within(pointer + "/id") && !isNew(section, id)) {
            problems.add(ReadingCode.ID_DUPLICATE, pointer + "/id", id);
        }
        return problems.isEmpty() && read != null ? read
                : new RejectedRecord(section, at, id == null ? null : DecimalText.abbreviate(id), problems.sorted());
    }

    private static @Nullable ReadRecord project(Members members, int at, String pointer, RecordProblems problems,
            Recurring recurring) {
        Project project = WrittenRecords.project(members, pointer, problems, recurring);
        return project == null ? null : new ReadProject(at, project);
    }

    private static @Nullable ReadRecord unit(Members members, int at, String pointer, RecordProblems problems) {
        UnitWideSpending unit = WrittenRecords.unit(members, pointer, problems);
        return unit == null ? null : new ReadUnit(at, unit);
    }

    private static JsonType type(@Nullable JsonToken token) {
        if (token == null) {
            return JsonType.NULL;
        }
        return switch (token) {
            case START_OBJECT -> JsonType.OBJECT;
            case START_ARRAY -> JsonType.ARRAY;
            case VALUE_STRING -> JsonType.STRING;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonType.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> JsonType.BOOLEAN;
            default -> JsonType.NULL;
        };
    }

    private String name() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw input.failure(e);
        }
    }

    private String text() {
        try {
            return parser.getText();
        } catch (IOException e) {
            throw input.failure(e);
        }
    }

    private void skipChildren() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw input.failure(e);
        }
    }

    /** Whether an id is new in its list; a registry that cannot hold more ids fails the document. */
    private boolean isNew(Section section, String id) {
        try {
            return ids.computeIfAbsent(section, s -> new ProjectIds()).add(id);
        } catch (io.pbm.core.InvalidValueException full) {
            throw DocumentException.of(ReadingCode.LIMIT_RECORDS, null, ids.get(section).size());
        }
    }
}
