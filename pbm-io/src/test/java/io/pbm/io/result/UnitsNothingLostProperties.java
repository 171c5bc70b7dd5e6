package io.pbm.io.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.pbm.io.project.Documents;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing is lost, with unit-wide records (json-contract.md; R-SCORE-UNIT): over random documents of
 * projects and units, every project in is exactly one of {@code results}, {@code excluded},
 * {@code rejected}, and every unit exactly one of {@code units}, {@code unitsRejected} — in input order,
 * and counted so in the summary.
 */
class UnitsNothingLostProperties {

    private static final String UNIT = ResultWriterTest.parse(
            new String(ResultWriterTest.bytes("county-2023.json"), StandardCharsets.UTF_8)).at("/units/0").toString();

    /** A valid unit, and changes that each reject it: a project dimension, weights that do not add up, no object. */
    private static final List<UnaryOperator<String>> UNITS = List.of(
            u -> u,
            u -> u.replace("\"RUNNING_COST\"", "\"OUTPUT\""),
            u -> u.replace("\"weight\":\"15\"", "\"weight\":\"5\""),
            u -> "7");

    @Provide
    Arbitrary<List<Integer>> units() {
        return Arbitraries.integers().between(0, UNITS.size() - 1).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Boolean>> projects() {
        return Arbitraries.of(true, false).list().ofMaxSize(8);
    }

    @Property(tries = 50)
    void everyProjectAndEveryUnitInIsExactlyOneOutcomeOut(@ForAll("projects") List<Boolean> valid,
            @ForAll("units") List<Integer> variants) {
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < valid.size(); i++) {
            String project = Documents.project("p-" + i);
            projects.add(valid.get(i) ? project : project.replace("GENERAL_PUBLIC", "GENERAL"));
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            units.add(UNITS.get(variants.get(i)).apply(UNIT.replace("652826-2023-U07", "u-" + i)));
        }
        String document = Documents.document(projects);
        document = document.substring(0, document.length() - 1) + ", \"units\": [" + String.join(",\n", units) + "]}";

        JsonNode result = UnitResultsTest.evaluate(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));

        assertEquals(indices(valid.size()), indices(result, "results", "excluded", "rejected"));
        assertEquals(valid.size(), result.at("/summary/projects").asInt());
        assertEquals(valid.stream().filter(v -> !v).count(), result.get("rejected").size());
        if (variants.isEmpty()) {
            assertEquals(true, result.at("/summary/unitWide").isMissingNode() && !result.has("units"));
            return;
        }
        assertEquals(indices(variants.size()), indices(result, "units", "unitsRejected"));
        assertEquals(variants.size(), result.at("/summary/unitWide/units").asInt());
        assertEquals(variants.stream().filter(v -> v == 0).count(), result.get("units").size());
        assertEquals(result.get("units").size(), result.at("/summary/unitWide/evaluated").asInt());
        assertEquals(result.get("unitsRejected").size(), result.at("/summary/unitWide/rejected").asInt());
    }

    private static List<Integer> indices(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    /** The indices of the lists' entries, sorted: each in its list in input order, no index twice. */
    private static List<Integer> indices(JsonNode result, String... lists) {
        List<Integer> all = new ArrayList<>();
        for (String list : lists) {
            List<Integer> each = StreamSupport.stream(result.get(list).spliterator(), false)
                    .map(entry -> entry.get("index").asInt()).toList();
            assertEquals(each.stream().sorted().toList(), each, list + " in input order");
            all.addAll(each);
        }
        return all.stream().sorted().collect(Collectors.toList());
    }
}
