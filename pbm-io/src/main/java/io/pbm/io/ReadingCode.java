package io.pbm.io;

import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.MessageTexts;
import io.pbm.rules.explain.Problem;
import java.io.InputStream;
import java.util.Objects;

/**
 * Every code a reader of pbm reports, in one place: the stable {@link #code()} that a rejection's
 * problem or a {@link DocumentException} carries (json-contract.md: {@code "code"} of a reading
 * problem), and the key of its message, whose Chinese and English texts are pbm-io's own
 * ({@code io/pbm/io/messages_zh.properties}, {@code messages_en.properties}).
 *
 * <p>Document-level codes ({@link #isDocumentLevel()}) fail the whole document: it cannot be read.
 * Record-level codes reject one project (or unit-wide record), with its location, and reading goes on.
 * The R-GOAL-4 problems that stop pbm-core from building a goal (a repeated indicator name, a weight
 * that is not positive, a quantitative indicator without a numeric target) carry the rule's ID as
 * their code, as domain.md section 11 says: readers report them like any rule.
 */
public enum ReadingCode {

    // ---- the document ----

    /** The input is not JSON: a syntax error, unquoted {@code NaN} or {@code Infinity}, bad UTF-8. */
    DOCUMENT_NOT_JSON("document.notJson", true),
    /** The input ends in the middle of the document. */
    DOCUMENT_TRUNCATED("document.truncated", true),
    /** The {@code format} member is missing, not the expected one, or comes after the records. */
    DOCUMENT_FORMAT("document.format", true),
    /** The document is JSON of the wrong shape: not an object, or {@code projects} not an array. */
    DOCUMENT_SHAPE("document.shape", true),
    /** The input could not be read at all. */
    DOCUMENT_IO("document.io", true),
    /** The document is larger than {@link ReadLimits#maxDocumentBytes()}. */
    LIMIT_DOCUMENT_SIZE("limit.documentSize", true),
    /** Arrays and objects nest deeper than {@link ReadLimits#maxDepth()}. */
    LIMIT_DEPTH("limit.depth", true),
    /** A string, member name or number is longer than {@link ReadLimits#maxStringLength()}. */
    LIMIT_STRING_LENGTH("limit.stringLength", true),
    /** The document holds more records than {@link ReadLimits#maxRecords()}. */
    LIMIT_RECORDS("limit.records", true),
    /** A policy file (pbm-policy/1) has problems; each is listed with its location. */
    POLICY_INVALID("policy.invalid", true),
    /** The file is no Excel workbook (.xlsx): neither a zip package nor an OLE2 container. */
    WORKBOOK_NOT_XLSX("workbook.notXlsx", true),
    /** The file is an Excel 97–2003 workbook (.xls), which pbm does not read: save it as .xlsx. */
    WORKBOOK_XLS("workbook.xls", true),
    /** The workbook is encrypted (password-protected). */
    WORKBOOK_ENCRYPTED("workbook.encrypted", true),
    /** The workbook contains macros (.xlsm, a vbaProject.bin part). */
    WORKBOOK_MACRO("workbook.macro", true),
    /** The zip package or its XML cannot be read as a workbook. */
    WORKBOOK_UNREADABLE("workbook.unreadable", true),
    /** A part of the workbook inflates beyond the zip limits of the form reader: a zip bomb, or oversize. */
    LIMIT_ZIP("limit.zip", true),
    /** The workbook has more sheets than the form reader's limit. */
    LIMIT_SHEETS("limit.sheets", true),
    /** A sheet has more rows than the form reader's limit. */
    LIMIT_ROWS("limit.cells", "limit.cells.rows", true),
    /** A row of a sheet has more columns than the form reader's limit. */
    LIMIT_COLUMNS("limit.cells", "limit.cells.columns", true),

    // ---- a record ----

    /** A required member is missing, null or blank. */
    REQUIRED("required", false),
    /** A member has the wrong JSON type (a string where an object belongs, a fraction for a year). */
    TYPE("type", false),
    /** A text is none of the constants of its enumeration (fundCategory, level1, comparison …). */
    ENUM_UNKNOWN("enum.unknown", false),
    /** A decimal outside the grammar: optional -, at most 15 integer digits, 6 decimals (amounts 2), no exponent. */
    DECIMAL_GRAMMAR("decimal.grammar", false),
    /** A text or list is longer than its field allows. */
    SIZE("size", false),
    /** A whole number is outside its range (a year, a goal version, a count). */
    RANGE("range", false),
    /** pbm-core refused the value (its factory's field, value and valid range are in the message). */
    VALUE_INVALID("value.invalid", false),
    /** A target has a number but neither a {@code comparison} member nor a comparison symbol. */
    COMPARISON_AMBIGUOUS("comparison.ambiguous", false),
    /** The record's id repeats the id of an earlier record of the same list. */
    ID_DUPLICATE("id.duplicate", false),
    /** An object has the same member twice; the first is read. */
    KEY_DUPLICATE("key.duplicate", false),
    /** A policy file names a parameter that no policy has (a misspelling would otherwise be ignored). */
    MEMBER_UNKNOWN("member.unknown", false),
    /** A name repeats within a list that needs unique names (a transfer's indicators). */
    NAME_DUPLICATE("name.duplicate", false),
    /** A record has more indicators (or other elements) than {@link ReadLimits#maxIndicators()}. */
    LIMIT_INDICATORS("limit.indicators", false),
    /** A record takes more bytes than {@link ReadLimits#maxRecordBytes()}. */
    LIMIT_RECORD_SIZE("limit.recordSize", false),
    /** R-GOAL-4: two indicators of a goal have the same name. */
    GOAL_NAME_REPEATED("R-GOAL-4", "R-GOAL-4.name", false),
    /** R-GOAL-4: an indicator's weight is not positive. */
    GOAL_WEIGHT_NOT_POSITIVE("R-GOAL-4", "R-GOAL-4.weight", false),
    /** R-GOAL-4: a quantitative indicator's target is not a number. */
    GOAL_TARGET_NOT_NUMBER("R-GOAL-4", "R-GOAL-4.target", false),

    // ---- CSV tables (io.pbm.io.csv) ----

    /** The bytes are not text of the encoding given or detected (UTF-8, GB18030), or UTF-16. */
    DOCUMENT_ENCODING("document.encoding", true),
    /** The input is not a CSV table: empty, without a header row, or a quoted field never closed. */
    DOCUMENT_NOT_CSV("document.notCsv", true),
    /** A column pbm requires is missing from a CSV header. */
    CSV_COLUMN_MISSING("csv.columnMissing", true),
    /** A CSV header names a column twice (in one language or in both). */
    CSV_COLUMN_REPEATED("csv.columnRepeated", true),
    /** A CSV header names a column pbm does not read: a warning, the column is ignored. */
    CSV_COLUMN_UNKNOWN("csv.columnUnknown", false),
    /** A quote inside an unquoted CSV field, or text after a field's closing quote (RFC 4180). */
    CSV_QUOTE("csv.quote", false),
    /** A project column has another value on a later row of the same project. */
    CSV_INCONSISTENT("csv.inconsistent", false),

    // ---- Excel forms (io.pbm.io.form) ----

    /** A sheet titled as a form has no indicator table (no 三级指标 header). */
    FORM_NO_TABLE("form.noTable", false),
    /** A value the project needs is neither in a labelled cell of the form nor among the caller's defaults. */
    FORM_MISSING("form.missing", false),
    /** A formula cell has no cached result of its own (the workbook was never calculated), or an error result. */
    FORM_FORMULA("form.cell", "form.cell.formula", false),
    /** A cell holds an error value (#DIV/0!, #N/A …). */
    FORM_ERROR("form.cell", "form.cell.error", false);

    private static final MessageTexts TEXTS = MessageTexts.read("pbm-io", resource("messages_zh.properties"),
            resource("messages_en.properties"));

    private final String code;
    private final String key;
    private final boolean documentLevel;

    ReadingCode(String code, boolean documentLevel) {
        this(code, code, documentLevel);
    }

    ReadingCode(String code, String key, boolean documentLevel) {
        this.code = code;
        this.key = key;
        this.documentLevel = documentLevel;
    }

    /**
     * The stable code, such as {@code decimal.grammar} or {@code R-GOAL-4}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The key of the message, which is the code unless several messages share one code.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * Whether the code fails the whole document rather than one record.
     *
     * @return true for a document-level code
     */
    public boolean isDocumentLevel() {
        return documentLevel;
    }

    /**
     * The message of this code, rendered in Chinese or English only when asked.
     *
     * @param args  the arguments of the message, as its text numbers them
     * @return the message
     */
    public Message message(Object... args) {
        return TEXTS.message(key, args);
    }

    /**
     * A problem of this code at a location.
     *
     * @param path  the JSON pointer, such as {@code /projects/3/indicators/0/weight}, not null
     * @param args  the arguments of the message
     * @return the problem
     */
    public Problem problem(String path, Object... args) {
        Objects.requireNonNull(path, "path is null");
        return new Problem(code, path, message(args));
    }

    /**
     * pbm-io's message texts, for tests that every key has both languages.
     *
     * @return the texts
     */
    public static MessageTexts texts() {
        return TEXTS;
    }

    private static InputStream resource(String name) {
        InputStream in = ReadingCode.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("pbm-io is missing its resource " + name);
        }
        return in;
    }
}
