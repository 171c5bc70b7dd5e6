package io.pbm.io.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hostile-input corpus of {@code src/test/resources/hostile/} and what each file must do, as
 * {@code hostile/expected.tsv} states it: a file is either refused as a document (with a
 * {@code ReadingCode}), or read with its projects evaluated, excluded or rejected in the stated
 * numbers, each rejection with the stated code at the stated location.
 *
 * <p>pbm-examples' command-line tests read the same corpus through pbm-io's test-jar, so a user's
 * {@code ./pbm evaluate} and the library answer every file alike.
 */
public final class HostileCorpus {

    /** Where the corpus lives on the class path. */
    public static final String ROOT = "hostile/";

    private HostileCorpus() {
    }

    /**
     * What one file must do.
     *
     * @param file  the file's path below {@code hostile/}
     * @param refusedCode  the document-level code when the document fails, or null
     * @param counts  evaluated/excluded/rejected ("3/0/2"), or null when the document fails before any output
     * @param unitCounts  unit-wide records evaluated/rejected ("1/1", R-SCORE-UNIT), or null when not stated
     * @param rejections  each expected rejection as {@code code path}, of projects or units
     */
    public record Expected(String file, String refusedCode, String counts, String unitCounts, Set<String> rejections) {

        /** @return whether the whole document is refused */
        public boolean refused() {
            return refusedCode != null;
        }

        /**
         * The file's bytes.
         *
         * @return the content
         */
        public byte[] content() {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Opens the file.
         *
         * @return a fresh stream of its bytes
         */
        public InputStream open() {
            return Objects.requireNonNull(HostileCorpus.class.getClassLoader().getResourceAsStream(ROOT + file),
                    () -> "missing corpus file " + file);
        }

        /**
         * The file's records through the reader its extension names — a {@code pbm/1} document, a CSV
         * table, or a workbook of national forms (ids from file and sheet where a form has none, as the
         * command line does).
         *
         * @return the records; a terminal operation throws {@code DocumentException} where the file cannot be read
         * @throws io.pbm.io.DocumentException if the file is refused at once
         */
        public java.util.stream.Stream<io.pbm.io.project.ReadRecord> records() {
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (file.endsWith(".csv")) {
                return io.pbm.io.csv.CsvReader.of().stream(open(), name);
            }
            if (file.endsWith(".xlsx")) {
                return io.pbm.io.form.FormReader.of().stream(open(), name, io.pbm.io.form.FormDefaults.NONE
                        .withIds(io.pbm.io.form.FormDefaults.Ids.FILE_AND_SHEET));
            }
            return io.pbm.io.project.ProjectReader.of().stream(open());
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /**
     * Every file's expectation, in the order of {@code expected.tsv}.
     *
     * @return the expectations
     */
    public static List<Expected> expectations() {
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, String> counts = new LinkedHashMap<>();
        Map<String, String> unitCounts = new LinkedHashMap<>();
        Map<String, Set<String>> rejections = new LinkedHashMap<>();
        for (String line : lines()) {
            String[] cell = line.split("\t");
            if (cell.length < 3) {
                throw new IllegalStateException("expected.tsv: a line needs file, outcome and value: " + line);
            }
            rejections.computeIfAbsent(cell[0], f -> new TreeSet<>());
            switch (cell[1]) {
                case "refused" -> refused.put(cell[0], cell[2]);
                case "counts" -> counts.put(cell[0], cell[2]);
                case "units" -> unitCounts.put(cell[0], cell[2]);
                case "rejected" -> rejections.get(cell[0]).add(cell[2] + " " + cell[3]);
                default -> throw new IllegalStateException("expected.tsv: unknown outcome in " + line);
            }
        }
        List<Expected> all = new ArrayList<>();
        rejections.forEach((file, rejected) -> all.add(
                new Expected(file, refused.get(file), counts.get(file), unitCounts.get(file), rejected)));
        return all;
    }

    /**
     * The projects' counts of a result document, as {@code expected.tsv} states them.
     *
     * @param result  the pbm-result/1 document
     * @return evaluated/excluded/rejected
     */
    public static String counts(JsonNode result) {
        JsonNode summary = result.get("summary");
        return summary.get("evaluated").asInt() + "/" + summary.get("excluded").asInt() + "/"
                + summary.get("rejected").asInt();
    }

    /**
     * The unit-wide counts of a result document (R-SCORE-UNIT), as {@code expected.tsv} states them.
     *
     * @param result  the pbm-result/1 document
     * @return evaluated/rejected, or null when the document has no units
     */
    public static String unitCounts(JsonNode result) {
        JsonNode unitWide = result.get("summary").get("unitWide");
        return unitWide == null ? null : unitWide.get("evaluated").asInt() + "/" + unitWide.get("rejected").asInt();
    }

    /**
     * Every problem of a result document's rejected projects and rejected units, as {@code code path}.
     *
     * @param result  the pbm-result/1 document
     * @return the problems
     */
    public static Set<String> rejections(JsonNode result) {
        Set<String> rejections = new TreeSet<>();
        for (String list : List.of("rejected", "unitsRejected")) {
            for (JsonNode rejected : result.path(list)) {
                for (JsonNode problem : rejected.get("problems")) {
                    JsonNode code = problem.has("code") ? problem.get("code") : problem.get("rule");
                    rejections.add(code.asText() + " " + problem.get("path").asText());
                }
            }
        }
        return rejections;
    }

    private static List<String> lines() {
        try (InputStream in = Objects.requireNonNull(
                HostileCorpus.class.getClassLoader().getResourceAsStream(ROOT + "expected.tsv"), "expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
