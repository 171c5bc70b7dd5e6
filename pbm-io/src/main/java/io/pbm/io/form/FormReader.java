package io.pbm.io.form;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.pbm.core.DecimalText;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadLimits;
import io.pbm.io.ReadingCode;
import io.pbm.io.json.RecordProblems;
import io.pbm.io.project.ProjectDocument;
import io.pbm.io.project.ProjectReader;
import io.pbm.io.project.ReadProject;
import io.pbm.io.project.ReadRecord;
import io.pbm.io.project.RejectedRecord;
import io.pbm.io.project.Section;
import io.pbm.rules.explain.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the national Excel forms (.xlsx) — 项目支出绩效自评表 and 项目支出绩效目标申报表, one project a
 * sheet — into the same records as the pbm/1 reader: a {@link ReadProject}, or a {@link RejectedRecord}
 * with all its problems, each located at its cell ({@code 自评表!F12}) with a stable
 * {@link ReadingCode}. The package documentation lists the layouts, labelled rows, defaults and limits.
 *
 * <pre>{@code
 * ProjectDocument document = FormReader.of().read(Path.of("自评表.xlsx"), FormDefaults.NONE.withYear(FiscalYear.of(2023)));
 * AuditReport audit = Pbm.audit(document.projects(), Presets.MOF_2020);
 * }</pre>
 *
 * <p>Each form sheet becomes the pbm/1 record it stands for and is read by {@link ProjectReader}: a form
 * is held to exactly the rules a JSON document is, and its problems are put back at their cells. Record
 * indexes count the form sheets, in workbook order; sheets that are not forms (no 三级指标 header and no
 * form title) are skipped and listed by {@link #readWorkbook}.
 *
 * <p>A workbook that cannot be read at all — not an .xlsx, an .xls, encrypted, macro-enabled, a zip bomb,
 * beyond a {@link FormLimits} limit — fails with one {@link DocumentException} before any record is
 * returned.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormReader {

    private static final FormReader DEFAULT = new FormReader(FormLimits.DEFAULT);
    private static final JsonFactory JSON = new JsonFactory();

    private final FormLimits limits;

    private FormReader(FormLimits limits) {
        this.limits = limits;
    }

    /**
     * A reader with the default limits.
     *
     * @return the reader
     */
    public static FormReader of() {
        return DEFAULT;
    }

    /**
     * A reader with other limits.
     *
     * @param limits  the limits, not null
     * @return the reader
     */
    public static FormReader of(FormLimits limits) {
        return new FormReader(Objects.requireNonNull(limits, "limits is null"));
    }

    /**
     * The limits of this reader.
     *
     * @return the limits
     */
    public FormLimits limits() {
        return limits;
    }

    /**
     * Reads a workbook file.
     *
     * @param file  the .xlsx file, not null
     * @param defaults  the values to use where a form has no labelled cell, not null
     * @return one record per form sheet
     * @throws DocumentException if the workbook cannot be read at all
     */
    public ProjectDocument read(Path file, FormDefaults defaults) {
        return readWorkbook(file, defaults).document();
    }

    /**
     * Reads a workbook from a stream.
     *
     * @param in  the workbook, read to its end, not closed, not null
     * @param fileName  the file's name, for ids made from it ({@link FormDefaults.Ids#FILE_AND_SHEET}), not null
     * @param defaults  the defaults, not null
     * @return one record per form sheet
     * @throws DocumentException if the workbook cannot be read at all
     */
    public ProjectDocument read(InputStream in, String fileName, FormDefaults defaults) {
        return readWorkbook(in, fileName, defaults).document();
    }

    /**
     * Reads a workbook record by record, for the pipeline that treats JSON and forms alike. The whole
     * workbook is opened (and checked) before the first record; each sheet is read when the stream asks
     * for it.
     *
     * @param file  the .xlsx file, not null
     * @param defaults  the defaults, not null
     * @return the records, one per form sheet; close it to release the workbook
     * @throws DocumentException if the workbook cannot be read at all
     */
    public Stream<ReadRecord> stream(Path file, FormDefaults defaults) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(defaults, "defaults is null");
        XSSFWorkbook workbook = WorkbookGuard.open(fileBytes(file), limits);
        Sheets sheets = new Sheets(workbook, file.getFileName().toString(), defaults);
        return sheets.stream().onClose(sheets::close);
    }

    /**
     * Reads a workbook from a stream record by record.
     *
     * @param in  the workbook, read to its end before the first record, not closed, not null
     * @param fileName  the file's name, for ids made from it, not null
     * @param defaults  the defaults, not null
     * @return the records, one per form sheet; close it to release the workbook
     * @throws DocumentException if the workbook cannot be read at all
     */
    public Stream<ReadRecord> stream(InputStream in, String fileName, FormDefaults defaults) {
        Objects.requireNonNull(in, "in is null");
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(defaults, "defaults is null");
        Sheets sheets = new Sheets(WorkbookGuard.open(WorkbookGuard.bytes(in, limits), limits), fileName, defaults);
        return sheets.stream().onClose(sheets::close);
    }

    /**
     * Reads a workbook file with the sheets skipped and the cell of every value read.
     *
     * @param file  the .xlsx file, not null
     * @param defaults  the defaults, not null
     * @return the workbook as read
     * @throws DocumentException if the workbook cannot be read at all
     */
    public FormWorkbook readWorkbook(Path file, FormDefaults defaults) {
        Objects.requireNonNull(file, "file is null");
        Objects.requireNonNull(defaults, "defaults is null");
        return workbook(fileBytes(file), file.getFileName().toString(), defaults);
    }

    /**
     * Reads a workbook from a stream with the sheets skipped and the cell of every value read.
     *
     * @param in  the workbook, not closed, not null
     * @param fileName  the file's name, not null
     * @param defaults  the defaults, not null
     * @return the workbook as read
     * @throws DocumentException if the workbook cannot be read at all
     */
    public FormWorkbook readWorkbook(InputStream in, String fileName, FormDefaults defaults) {
        Objects.requireNonNull(in, "in is null");
        Objects.requireNonNull(fileName, "fileName is null");
        Objects.requireNonNull(defaults, "defaults is null");
        return workbook(WorkbookGuard.bytes(in, limits), fileName, defaults);
    }

    private FormWorkbook workbook(byte[] bytes, String fileName, FormDefaults defaults) {
        try (Sheets sheets = new Sheets(WorkbookGuard.open(bytes, limits), fileName, defaults)) {
            List<ReadRecord> records = sheets.stream().toList();
            return new FormWorkbook(new ProjectDocument(records), sheets.names, sheets.skipped, sheets.cells);
        }
    }

    private byte[] fileBytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return WorkbookGuard.bytes(in, limits);
        } catch (IOException e) {
            throw DocumentException.of(ReadingCode.DOCUMENT_IO, e, file.getFileName());
        }
    }

    /** The cell of a path: its own, or its nearest enclosing member's, or the sheet's title. */
    static String locate(Map<String, String> cells, String path) {
        String at = path;
        while (!at.isEmpty() && !cells.containsKey(at)) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return cells.getOrDefault(at, cells.getOrDefault("", ""));
    }

    /** The sheets of one workbook, read one at a time. Not thread-safe. */
    private static final class Sheets implements AutoCloseable {

        private final XSSFWorkbook workbook;
        private final String fileName;
        private final FormDefaults defaults;
        private final Set<String> ids = new HashSet<>();
        final List<String> names = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<Map<String, String>> cells = new ArrayList<>();

        Sheets(XSSFWorkbook workbook, String fileName, FormDefaults defaults) {
            this.workbook = workbook;
            this.fileName = fileName;
            this.defaults = defaults;
        }

        Stream<ReadRecord> stream() {
            return java.util.stream.IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(this::sheet)
                    .filter(Objects::nonNull);
        }

        private ReadRecord sheet(int i) {
            try {
                return read(i);
            } catch (RuntimeException e) {
                if (e instanceof DocumentException) {
                    throw e;
                }
                // POI met something in the sheet's XML it cannot give: the workbook, not a project, is at fault.
                throw DocumentException.of(ReadingCode.WORKBOOK_UNREADABLE, e);
            }
        }

        private ReadRecord read(int i) {
            Grid grid = new Grid(workbook.getSheetAt(i));
            FormSheet.Result result = new FormSheet(grid, fileName, defaults).read();
            if (!result.form()) {
                skipped.add(grid.name());
                return null;
            }
            int index = names.size();
            names.add(grid.name());
            cells.add(result.cells());
            RecordProblems problems = result.problems();
            List<Problem> found = new ArrayList<>(problems.sorted());
            ReadRecord read = null;
            if (result.record() != null) {
                read = ProjectReader.of(ReadLimits.DEFAULT).read(new ByteArrayInputStream(json(result.record())))
                        .records().get(0);
                if (read instanceof RejectedRecord rejected) {
                    for (Problem problem : rejected.problems()) {
                        String path = problem.path().substring(Section.PROJECTS.pointer(0).length());
                        if (!problems.within(path) && !enclosesAny(found, path)) {
                            found.add(new Problem(problem.code(), path, problem.message()));
                        }
                    }
                }
            }
            String id = result.id();
            if (id != null && read instanceof ReadProject && found.isEmpty() && !ids.add(id)) {
                found.add(ReadingCode.ID_DUPLICATE.problem("/id", id));
            }
            if (found.isEmpty() && read instanceof ReadProject project) {
                return new ReadProject(index, project.project());
            }
            found.sort(Comparator.comparing(Problem::path, RecordProblems.POINTER_ORDER));
            List<Problem> located = found.stream()
                    .map(p -> new Problem(p.code(), locate(result.cells(), p.path()), p.message())).toList();
            return new RejectedRecord(Section.PROJECTS, index, id == null ? null : DecimalText.abbreviate(id), located);
        }

        /** Whether a problem of the form's own lies beneath the path (a missing id is not also "required"). */
        private static boolean enclosesAny(List<Problem> own, String path) {
            return own.stream().anyMatch(p -> p.path().startsWith(path + "/"));
        }

        @Override
        public void close() {
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The pbm/1 document of one record. */
    private static byte[] json(Map<String, Object> record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", ProjectReader.FORMAT);
            json.writeArrayFieldStart("projects");
            write(json, record);
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<String, Object> member : ((Map<String, Object>) map).entrySet()) {
                json.writeFieldName(member.getKey());
                write(json, member.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof Integer number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
