package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pbm.core.project.UnitWideSpending;
import io.pbm.io.csv.ResultCsv;
import io.pbm.io.hostile.HostileCorpus;
import io.pbm.io.project.ProjectReader;
import io.pbm.rules.pipeline.Pipeline;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * R-SCORE-UNIT in the streamed evaluation: a document's unit-wide records reach the result document and
 * the result workbook — evaluated, or rejected with their reasons — and are counted apart from projects.
 */
class UnitResultsTest {

    static JsonNode evaluate(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.evaluate(ProjectReader.of(), in, Presets.MOF_2020, out, Locale.ROOT);
        return ResultWriterTest.parse(out.toString(StandardCharsets.UTF_8));
    }

    private static InputStream hostile(String file) {
        return HostileCorpus.class.getClassLoader().getResourceAsStream(HostileCorpus.ROOT + file);
    }

    @Test
    void R_SCORE_UNIT_theCountysUnitIsEvaluatedBesideItsProjects() {
        JsonNode result = evaluate(new ByteArrayInputStream(ResultWriterTest.bytes("county-2023.json")));
        assertEquals(1, result.get("units").size());
        JsonNode unit = result.at("/units/0");
        assertEquals("652826-2023-U07", unit.get("unitId").asText());
        assertEquals(0, unit.get("index").asInt());
        assertEquals("焉耆县教育局", unit.get("unit").asText());
        assertTrue(unit.get("trace").size() > 0);
        assertEquals(6, unit.get("indicators").size());
        assertEquals(0, result.get("unitsRejected").size());
        assertEquals(result.at("/summary/projects").asInt(), result.get("results").size()
                + result.get("excluded").size() + result.get("rejected").size(), "projects alone, as before");
        assertEquals(1, result.at("/summary/unitWide/units").asInt());
        assertEquals(1, result.at("/summary/unitWide/evaluated").asInt());
        assertEquals(1, result.at("/summary/unitWide/grades/" + unit.get("grade").asText()).asInt());
        assertEquals(Set.of(), ResultSchemaTest.schema("pbm-result-1.schema.json").validate(result));
    }

    @Test
    void R_SCORE_UNIT_aUnitWithAProjectDimensionIsRejectedAsAUnitNotAsAProject() {
        JsonNode result = evaluate(hostile("json/unit-bad-level1.json"));
        assertEquals("1/0/0", HostileCorpus.counts(result));
        assertEquals("1/1", HostileCorpus.unitCounts(result));
        JsonNode rejected = result.at("/unitsRejected/0");
        assertEquals(1, rejected.get("index").asInt());
        for (JsonNode problem : rejected.get("problems")) {
            assertTrue(problem.get("path").asText().startsWith("/units/1/"), problem::toString);
        }
        assertEquals(Set.of(), ResultSchemaTest.schema("pbm-result-1.schema.json").validate(result));
    }

    @Test
    void R_SCORE_UNIT_aDocumentWithoutUnitsHasNoUnitMembers() {
        JsonNode result = ResultWriterTest.parse(ResultWriterTest.contractResult(Locale.SIMPLIFIED_CHINESE));
        assertNull(result.get("units"));
        assertNull(result.get("unitsRejected"));
        assertTrue(result.at("/summary/unitWide").isMissingNode());
    }

    @Test
    void R_SCORE_UNIT_theCsvTablesHaveAUnitsRowsAndItsIndicators() {
        Pipeline pipeline = Pipeline.of(Presets.MOF_2020);
        UnitWideSpending unit = ProjectReader.of().read(new ByteArrayInputStream(ResultWriterTest.bytes("county-2023.json")))
                .units().get(0);
        ByteArrayOutputStream projects = new ByteArrayOutputStream();
        ByteArrayOutputStream indicators = new ByteArrayOutputStream();
        try (ResultCsv csv = ResultCsv.open(projects, indicators, Locale.ENGLISH)) {
            csv.unit(pipeline.evaluateUnit(unit, 0));
        }
        assertTrue(projects.toString(StandardCharsets.UTF_8).contains("652826-2023-U07,焉耆县教育局,焉耆县教育局,UNIT_EVALUATED,"),
                projects::toString);
        assertEquals(1 + 6, indicators.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void R_SCORE_UNIT_theWorkbookListsUnitsOnTheProjectsSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWorkbook.evaluate(ProjectReader.of(), hostile("json/unit-bad-level1.json"), Presets.MOF_2020, out,
                Locale.SIMPLIFIED_CHINESE);
        try (Workbook workbook = ResultWorkbookTest.read(out.toByteArray())) {
            Sheet projects = workbook.getSheetAt(1);
            Row evaluated = ResultWorkbookTest.rowOf(projects, 1, "H-U01");
            assertEquals("单位整体·已评价", evaluated.getCell(4).getStringCellValue());
            Row rejected = ResultWorkbookTest.rowOf(projects, 1, "H-U02");
            assertEquals("单位整体·已拒绝", rejected.getCell(4).getStringCellValue());
            Sheet summary = workbook.getSheetAt(0);
            assertEquals(1, ResultWorkbookTest.beside(summary, "单位整体已评价").getNumericCellValue());
            assertEquals(1, ResultWorkbookTest.beside(summary, "单位整体已拒绝").getNumericCellValue());
            assertEquals(1, ResultWorkbookTest.beside(summary, "已评价").getNumericCellValue());
            assertFalse(rejected.getCell(projects.getRow(0).getLastCellNum() - 1).getStringCellValue().isBlank());
        }
    }
}
