package io.pbm.io.form;

import static io.pbm.io.form.FormLayoutsTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;

/** Workbooks that must not be read are refused with one clear message each, before any sheet is read. */
class HostileWorkbooksTest {

    private static DocumentException refused(byte[] bytes, FormLimits limits) {
        DocumentException e = assertThrows(DocumentException.class,
                () -> FormReader.of(limits).read(new ByteArrayInputStream(bytes), "hostile.xlsx", FormDefaults.NONE));
        String message = e.render(Locale.ENGLISH);
        assertFalse(message.contains("org.apache") || message.contains("Exception") || message.contains('\n' + ""),
                message);
        return e;
    }

    private static DocumentException refused(byte[] bytes) {
        return refused(bytes, FormLimits.DEFAULT);
    }

    private static byte[] fixtureBytes(String name) throws IOException {
        return Files.readAllBytes(fixture(name));
    }

    @Test
    void aZipBombIsRefusedByItsInflateRatio() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 64 * 1024, "8 MiB of zeros compress to a few KiB");
        assertEquals(ReadingCode.LIMIT_ZIP, refused(out.toByteArray()).code());
    }

    @Test
    void aPartBeyondTheEntrySizeLimitIsRefused() throws IOException {
        FormLimits small = FormLimits.DEFAULT.withMaxEntryBytes(1_000).withMinInflatePercent(0);
        assertEquals(ReadingCode.LIMIT_ZIP, refused(fixtureBytes("national-merged.xlsx"), small).code());
    }

    @Test
    void anXlsWorkbookIsRefusedByItsMagicBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("自评表");
            workbook.write(out);
        }
        DocumentException e = refused(out.toByteArray());
        assertEquals(ReadingCode.WORKBOOK_XLS, e.code());
        assertTrue(e.render(Locale.ENGLISH).contains("save it as .xlsx"));
    }

    @Test
    void anEncryptedWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(fixtureBytes("national-merged.xlsx"));
            }
            fs.writeFilesystem(out);
        }
        assertEquals(ReadingCode.WORKBOOK_ENCRYPTED, refused(out.toByteArray()).code());
    }

    @Test
    void aMacroEnabledWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
            workbook.createSheet("自评表");
            workbook.write(out);
        }
        assertEquals(ReadingCode.WORKBOOK_MACRO, refused(out.toByteArray()).code());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertEquals(ReadingCode.WORKBOOK_NOT_XLSX, refused("项目名称,金额\n".getBytes(StandardCharsets.UTF_8)).code());
        assertEquals(ReadingCode.WORKBOOK_NOT_XLSX, refused(new byte[0]).code());
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(ReadingCode.WORKBOOK_UNREADABLE, refused(out.toByteArray()).code());
    }

    @Test
    void fileSheetRowAndColumnLimitsRefuseTheWorkbook() throws IOException {
        byte[] several = fixtureBytes("several-projects.xlsx");
        assertEquals(ReadingCode.LIMIT_DOCUMENT_SIZE, refused(several, FormLimits.DEFAULT.withMaxFileBytes(1_000)).code());
        assertEquals(ReadingCode.LIMIT_SHEETS, refused(several, FormLimits.DEFAULT.withMaxSheets(3)).code());
        assertEquals(ReadingCode.LIMIT_ROWS, refused(several, FormLimits.DEFAULT.withMaxRows(5)).code());
        DocumentException columns = refused(several, FormLimits.DEFAULT.withMaxColumns(3));
        assertEquals(ReadingCode.LIMIT_COLUMNS, columns.code());
        assertTrue(columns.render(Locale.ENGLISH).contains("\"项目1\""), columns.render(Locale.ENGLISH));
    }

    @Test
    void limitsAreCheckedWhenMade() {
        assertThrows(io.pbm.core.InvalidValueException.class, () -> FormLimits.DEFAULT.withMinInflatePercent(101));
        assertThrows(io.pbm.core.InvalidValueException.class, () -> FormLimits.DEFAULT.withMaxSheets(0));
    }
}
