package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.Ratio;
import io.pbm.core.grade.GradeScale;
import io.pbm.core.grade.Score;
import io.pbm.io.DocumentException;
import io.pbm.io.ReadingCode;
import io.pbm.io.policy.PolicyFile;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.policy.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample documents of src/test/resources/samples, which the command line's tests share, read as they should. */
class SamplesTest {

    @Test
    void theCountySampleReadsWithoutRejections() {
        ProjectDocument document = ProjectReader.of().read(Documents.sample("county-2023.json"));
        assertEquals(List.of(), document.rejected());
        assertEquals(5, document.projects().size());
        assertEquals(1, document.units().size());
        assertEquals("88.73", EvaluationEngine.of(Presets.MOF_2020).evaluate(document.projects().get(0)).get()
                .score().toString());
        assertEquals(io.pbm.core.goal.Comparison.AT_LEAST,
                document.projects().get(1).goal().indicators().get(0).comparison());
        assertEquals("ACHIEVED", document.projects().get(1).evaluation().orElseThrow().actual("培训成果可持续")
                .orElseThrow().achievement().orElseThrow().name());
        assertEquals(6, document.projects().get(3).evaluation().orElseThrow().frameItems().size());
        assertEquals("95", document.projects().get(4).evaluation().orElseThrow().reported().orElseThrow().total()
                .orElseThrow().toPlainString());
    }

    @Test
    void theRejectionsSampleRejectsWithEveryProblem() {
        ProjectDocument document = ProjectReader.of().read(Documents.sample("rejections.json"));
        assertEquals(List.of("R-002"), document.projects().stream().map(p -> p.id()).toList());
        assertEquals(List.of(
                "value.invalid /projects/0/budget/spent", "enum.unknown /projects/0/fundCategory",
                "decimal.grammar /projects/0/indicators/0/weight",
                "decimal.grammar /projects/2/budget/adjusted",
                "id.duplicate /projects/3/id"), Documents.problems(document));
    }

    @Test
    void theTruncatedSampleFailsAsADocument() {
        assertEquals(ReadingCode.DOCUMENT_TRUNCATED, assertThrows(DocumentException.class,
                () -> ProjectReader.of().read(Documents.sample("truncated.json"))).code());
    }

    @Test
    void thePolicySampleExtendsXinjiang() {
        var policy = PolicyFile.read(Documents.sample("policy-extends-xinjiang.json"));
        assertEquals(GradeScale.XINJIANG.withLowerBound(io.pbm.core.grade.Grade.FAIR, Score.of(75)), policy.gradeScale());
        assertEquals(Ratio.of(3, 20), policy.linkage().cutRatio());
        assertEquals(Presets.XINJIANG.vetoes(), policy.vetoes());
    }
}
