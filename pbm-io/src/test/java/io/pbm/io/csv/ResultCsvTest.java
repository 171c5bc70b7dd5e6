package io.pbm.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pbm.io.ReadLimits;
import io.pbm.io.project.ProjectDocument;
import io.pbm.rules.Pbm;
import io.pbm.rules.pipeline.BatchResult;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract example read from CSV, evaluated, written as result tables and parsed back. */
class ResultCsvTest {

    private final ProjectDocument document = CsvReaderTest.read(CsvReader.of(),
            CsvReaderTest.resource("csv/contract-example-zh.csv"));

    private BatchResult batch() {
        List<io.pbm.core.project.Project> projects = new ArrayList<>(document.projects());
        return Pbm.evaluateAll(projects, Presets.MOF_2020);
    }

    private static byte[][] write(BatchResult batch, Locale locale) {
        ByteArrayOutputStream projects = new ByteArrayOutputStream();
        ByteArrayOutputStream indicators = new ByteArrayOutputStream();
        ResultCsv.write(batch, projects, indicators, locale);
        return new byte[][] {projects.toByteArray(), indicators.toByteArray()};
    }

    /** The rows of a table as maps from header to cell, through the reader's own syntax. */
    static List<Map<String, String>> parse(byte[] table) {
        CsvSyntax syntax = new CsvSyntax(new CsvText(new ByteArrayInputStream(table), null, Long.MAX_VALUE), "t.csv",
                ReadLimits.DEFAULT.maxStringLength());
        CsvSyntax.Row header = syntax.next(100);
        List<Map<String, String>> rows = new ArrayList<>();
        for (CsvSyntax.Row row = syntax.next(100); row != null; row = syntax.next(100)) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                cells.put(header.field(i), row.field(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theContractExampleFromCsvScores8873IsCappedToFairAndCut() {
        byte[][] tables = write(batch(), Locale.SIMPLIFIED_CHINESE);
        List<Map<String, String>> projects = parse(tables[0]);
        assertEquals(1, projects.size());
        Map<String, String> p = projects.get(0);
        assertEquals("652826-2023-017", p.get("项目编号"));
        assertEquals("EVALUATED", p.get("评价结果"));
        assertEquals("88.73", p.get("总分"));
        assertEquals("9.51", p.get("执行率得分"));
        assertEquals("0.9505", p.get("预算执行率"));
        assertEquals("GOOD", p.get("原始等级"));
        assertEquals("FAIR", p.get("评价等级"));
        assertEquals("中", p.get("等级"));
        assertEquals("R-VETO-1", p.get("一票否决"));
        assertEquals("CUT", p.get("预算调整"));
        assertEquals("1930500.00", p.get("调整前预算"));
        assertEquals("1737450.00", p.get("调整后预算"));
        List<Map<String, String>> indicators = parse(tables[1]);
        assertEquals(List.of("28.75", "10.00", "9.47", "21.00", "10.00"),
                indicators.stream().map(i -> i.get("得分")).toList());
        assertEquals(List.of("-0.0417", "0.0000", "-0.0526", "", "0.0333"),
                indicators.stream().map(i -> i.get("偏差率")).toList());
    }

    @Test
    void tablesAreUtf8WithBomCrlfAndEnglishHeadersOnRequest() {
        byte[][] tables = write(batch(), Locale.ENGLISH);
        String projects = new String(tables[0], StandardCharsets.UTF_8);
        assertEquals('\uFEFF', projects.charAt(0));
        assertEquals("\uFEFFprojectId,name,unit,outcome,score,executionScore,executionRate,rawGrade,grade,gradeLabel,"
                + "complete,vetoes,budgetAction,budgetBefore,budgetAfter,budgetRule,reasons\r\n",
                projects.substring(0, projects.indexOf('\n') + 1));
        assertEquals("fair", parse(tables[0]).get(0).get("gradeLabel"));
    }

    @Test
    void theSameOutcomesGiveTheSameBytes() {
        byte[][] first = write(batch(), Locale.SIMPLIFIED_CHINESE);
        byte[][] second = write(batch(), Locale.SIMPLIFIED_CHINESE);
        assertArrayEquals(first[0], second[0]);
        assertArrayEquals(first[1], second[1]);
    }

    @Test
    void rejectedAndExcludedProjectsHaveTheirRowWithReasons() {
        ProjectDocument bad = CsvReaderTest.read(CsvReader.of(), CsvReaderTest.resource("csv/bad-rows.csv"));
        ByteArrayOutputStream projects = new ByteArrayOutputStream();
        try (ResultCsv csv = ResultCsv.open(projects, new ByteArrayOutputStream(), Locale.ENGLISH)) {
            Pbm.evaluateAll(bad.projects(), Presets.MOF_2020).outcomes().forEach(csv);
            bad.rejected().forEach(r -> csv.accept(new io.pbm.rules.pipeline.RejectedProject(r.index(),
                    r.toRejection())));
        }
        List<Map<String, String>> rows = parse(projects.toByteArray());
        assertEquals(6, rows.size());
        assertEquals("REJECTED", rows.get(2).get("outcome"));
        assertEquals("t.csv:4:全年执行数 value.invalid", rows.get(2).get("reasons").substring(0,
                "t.csv:4:全年执行数 value.invalid".length()));
    }
}
