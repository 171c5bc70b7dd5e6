package io.pbm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pbm demo} writes the result workbook beside the result document and says where. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoWritesTheResultWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(0, PbmCommand.run(new String[] {"demo", "--output-dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("结果工作簿：" + dir.resolve("result.xlsx")), printed);
        assertTrue(Files.notExists(dir.resolve("result.xlsx.part")));
        try (InputStream in = Files.newInputStream(dir.resolve("result.xlsx")); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet("汇总");
            long excellent = -1;
            for (Row row : summary) {
                if (row.getCell(0) != null && "等级 优".equals(row.getCell(0).getStringCellValue())) {
                    excellent = (long) row.getCell(1).getNumericCellValue();
                }
            }
            assertEquals(535, excellent, "the sample county's 优 count, as the report prints it");
            assertEquals(998, workbook.getSheet("项目结果").getLastRowNum(), "a row per input project");
        }
    }
}
