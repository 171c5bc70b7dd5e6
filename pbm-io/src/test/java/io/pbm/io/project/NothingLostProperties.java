package io.pbm.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing is lost (json-contract.md): over random near-valid documents, every project in is exactly one
 * record out — read or rejected — in input order; a harmless variation is read, a breaking one rejects
 * its project and no other.
 */
class NothingLostProperties {

    /** Changes that leave a project valid. */
    private static final List<UnaryOperator<String>> HARMLESS = List.of(
            p -> p,
            p -> p.replace("\"name\": \"示范项目\"", "\"name\": \"示范项目\", \"comment\": {\"free\": [1, 2]}"),
            p -> p.replace("\"adjusted\": \"100000.00\"", "\"adjusted\": 100000"),
            p -> p.replace("\"weight\": \"50\"", "\"weight\": 50.00"),
            p -> p.replace("\"comparison\": \">=\", \"unit\": \"个\", \"target\": \"10\"", "\"target\": \"≧10个\""),
            p -> p.replace("\"year\": 2023", "\"year\": \"2023\""),
            p -> p.replace("\"fundCategory\": \"GENERAL_PUBLIC\"", "\"fundCategory\": \"一般公共预算\""));

    /** Changes that each reject the project. */
    private static final List<UnaryOperator<String>> BREAKING = List.of(
            p -> p.replace("GENERAL_PUBLIC", "GENERAL"),
            p -> p.replace("\"name\": \"示范项目\", ", ""),
            p -> p.replace("\"weight\": \"50\"", "\"weight\": 1e9"),
            p -> p.replace("\"weight\": \"50\"", "\"weight\": " + "7".repeat(10_000)),
            p -> p.replace("{\"adjusted\": \"100000.00\", \"spent\": \"90000.00\"}", "5"),
            p -> p.replace("\"comparison\": \">=\", ", ""),
            p -> p.replace("\"unit\": \"示范县财政局\"", "\"unit\": \"示范县财政局\", \"unit\": \"再一次\""),
            p -> p.replace("\"weight\": \"30\"", "\"weight\": \"0\""),
            p -> "7",
            p -> "null",
            p -> "[]");

    @Provide
    Arbitrary<List<List<Integer>>> documents() {
        Arbitrary<List<Integer>> breaking = Arbitraries.integers().between(0, BREAKING.size() - 1).list().ofMaxSize(3);
        return breaking.list().ofMaxSize(25);
    }

    @Property
    void everyProjectInIsOneRecordOutInInputOrder(@ForAll("documents") List<List<Integer>> breaks,
            @ForAll("harmless") List<Integer> variations) {
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < breaks.size(); i++) {
            String project = Documents.project("p-" + i);
            for (int b : breaks.get(i)) {
                project = BREAKING.get(b).apply(project);
            }
            // A harmless variation after the breaking ones, which it cannot mend.
            projects.add(HARMLESS.get(variations.get(i % variations.size())).apply(project));
        }
        ProjectDocument document = Documents.read(Documents.document(projects));

        assertEquals(breaks.size(), document.records().size());
        assertEquals(breaks.size(), document.projects().size() + document.rejected().size());
        for (int i = 0; i < breaks.size(); i++) {
            ReadRecord record = document.records().get(i);
            assertEquals(i, record.index());
            assertEquals("/projects/" + i, record.pointer());
            if (breaks.get(i).isEmpty()) {
                assertEquals("p-" + i, assertInstanceOf(ReadProject.class, record).project().id());
            } else {
                RejectedRecord rejected = assertInstanceOf(RejectedRecord.class, record);
                assertTrue(rejected.problems().stream().allMatch(p -> p.path().startsWith(record.pointer())),
                        rejected::toString);
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> harmless() {
        return Arbitraries.integers().between(0, HARMLESS.size() - 1).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    void aRepeatedIdRejectsOnlyTheRepeats(@ForAll("ids") List<Integer> ids) {
        List<String> projects = ids.stream().map(id -> Documents.project("p-" + id)).toList();
        ProjectDocument document = Documents.read(Documents.document(projects));
        assertEquals(ids.stream().distinct().count(), document.projects().size());
        for (int i = 0; i < ids.size(); i++) {
            boolean repeat = ids.subList(0, i).contains(ids.get(i));
            assertEquals(repeat, document.records().get(i) instanceof RejectedRecord, "record " + i);
        }
    }

    @Provide
    Arbitrary<List<Integer>> ids() {
        return Arbitraries.integers().between(0, 8).list().ofMaxSize(20);
    }
}
