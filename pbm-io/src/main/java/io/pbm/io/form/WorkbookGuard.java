package io.pbm.io.form;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook only once it is known to be an .xlsx that the limits admit: the magic bytes are
 * checked before POI sees anything (an .xls, an encrypted workbook — an OLE2 container with an
 * EncryptionInfo stream — and anything that is not a zip are refused by their first bytes), POI's
 * {@code ZipSecureFile} limits are in force while the package inflates, a macro-enabled workbook is
 * refused by its parts, and the sheet, row and column counts are checked before any sheet is read.
 *
 * <p>{@code ZipSecureFile}'s limits are process-wide settings of POI: they are set for each open under
 * one lock and restored afterwards, so that readers with different limits never see each other's.
 *
 * <p>This class is immutable and thread-safe.
 */
final class WorkbookGuard {

    private static final Object ZIP_SETTINGS = new Object();
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ENCRYPTION_INFO = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);

    private WorkbookGuard() {}

    /** Reads at most the limit's bytes; a longer input fails the workbook. */
    static byte[] bytes(InputStream in, FormLimits limits) {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw DocumentException.of(ReadingCode.LIMIT_DOCUMENT_SIZE, null, limits.maxFileBytes());
            }
            return bytes;
        } catch (IOException e) {
            throw DocumentException.of(ReadingCode.DOCUMENT_IO, e, e.getClass().getSimpleName());
        }
    }

    /** Opens a workbook, or fails with the one reason it cannot be read. */
    static XSSFWorkbook open(byte[] bytes, FormLimits limits) {
        if (startsWith(bytes, OLE2)) {
            throw DocumentException.of(contains(bytes, ENCRYPTION_INFO) ? ReadingCode.WORKBOOK_ENCRYPTED
                    : ReadingCode.WORKBOOK_XLS, null);
        }
        if (!startsWith(bytes, ZIP)) {
            throw DocumentException.of(ReadingCode.WORKBOOK_NOT_XLSX, null);
        }
        OPCPackage pkg = inflate(bytes, limits);
        XSSFWorkbook workbook = null;
        try {
            for (PackagePart part : parts(pkg)) {
                String name = part.getPartName().getName().toLowerCase(java.util.Locale.ROOT);
                if (part.getContentType().toLowerCase(java.util.Locale.ROOT).contains("macroenabled")
                        || name.endsWith("vbaproject.bin")) {
                    throw DocumentException.of(ReadingCode.WORKBOOK_MACRO, null);
                }
            }
            workbook = new XSSFWorkbook(pkg);
            check(workbook, limits);
            return workbook;
        } catch (DocumentException e) {
            close(workbook, pkg);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(workbook, pkg);
            throw failure(e, limits);
        }
    }

    private static List<PackagePart> parts(OPCPackage pkg) throws IOException {
        try {
            return pkg.getParts();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static OPCPackage inflate(byte[] bytes, FormLimits limits) {
        synchronized (ZIP_SETTINGS) {
            double ratio = ZipSecureFile.getMinInflateRatio();
            long entry = ZipSecureFile.getMaxEntrySize();
            long text = ZipSecureFile.getMaxTextSize();
            try {
                ZipSecureFile.setMinInflateRatio(limits.minInflatePercent() / 100.0);
                ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
                ZipSecureFile.setMaxTextSize(limits.maxTextChars());
                return OPCPackage.open(new ByteArrayInputStream(bytes));
            } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw failure(e, limits);
            } finally {
                ZipSecureFile.setMinInflateRatio(ratio);
                ZipSecureFile.setMaxEntrySize(entry);
                ZipSecureFile.setMaxTextSize(text);
            }
        }
    }

    private static void check(XSSFWorkbook workbook, FormLimits limits) {
        if (workbook.getNumberOfSheets() > limits.maxSheets()) {
            throw DocumentException.of(ReadingCode.LIMIT_SHEETS, null, limits.maxSheets());
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
                throw DocumentException.of(ReadingCode.LIMIT_ROWS, null, sheet.getSheetName(), limits.maxRows());
            }
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null && row.getLastCellNum() > limits.maxColumns()) {
                    throw DocumentException.of(ReadingCode.LIMIT_COLUMNS, null, sheet.getSheetName(), limits.maxColumns());
                }
            }
        }
    }

    /** POI's refusal as one clear reason: its own text names Java classes, so it is never shown. */
    private static DocumentException failure(Exception e, FormLimits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("Zip bomb") || text.contains("exceed the max") || text.contains("max entry size")
                    || text.contains("max text size")) {
                return DocumentException.of(ReadingCode.LIMIT_ZIP, null, limits.minInflatePercent(),
                        limits.maxEntryBytes(), limits.maxTextChars());
            }
        }
        return DocumentException.of(ReadingCode.WORKBOOK_UNREADABLE, e);
    }

    private static void close(XSSFWorkbook workbook, OPCPackage pkg) {
        try {
            if (workbook != null) {
                workbook.close();
            } else {
                pkg.revert();
            }
        } catch (IOException | RuntimeException ignored) {
            // Nothing was written; what is left is garbage.
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
