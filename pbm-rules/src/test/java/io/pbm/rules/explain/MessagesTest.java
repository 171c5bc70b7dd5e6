package io.pbm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Level2;
import io.pbm.core.project.Project;
import io.pbm.rules.Examples;
import io.pbm.rules.ProjectFixture;
import io.pbm.rules.evaluation.EvaluationEngine;
import io.pbm.rules.evaluation.EvaluationResult;
import io.pbm.rules.explain.Rejection;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.Presets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message texts: both languages complete, every key the code uses present, English free of Chinese templates. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");
    /** What Messages renders for a missing key: the key followed by the raw arguments. */
    private static final Pattern RAW_KEY = Pattern.compile("(R-[A-Z0-9-]+|actual|evaluation|explain|zeroTarget)\\.[A-Za-z.]+\\[");

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = MessageTexts.RULES.texts(Locale.SIMPLIFIED_CHINESE).keySet();
        Set<String> en = MessageTexts.RULES.texts(Locale.ENGLISH).keySet();
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys missing from messages_en.properties");
        assertEquals(Set.of(), onlyEn, "keys missing from messages_zh.properties");
        assertFalse(zh.isEmpty());
    }

    @Test
    void bothLanguagesUseTheSameArguments() {
        MessageTexts.RULES.texts(Locale.SIMPLIFIED_CHINESE).forEach((key, zh) -> {
            String en = MessageTexts.RULES.texts(Locale.ENGLISH).get(key);
            assertEquals(placeholders(zh), placeholders(en), key);
        });
    }

    @Test
    void englishTemplatesAreFreeOfChinese() {
        MessageTexts.RULES.texts(Locale.ENGLISH).forEach((key, text) -> assertEquals("", cjk(text), key + "=" + text));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:R-[A-Z0-9-]+|actual|evaluation|explain|zeroTarget)\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, used::toString);
        // Keys the code builds: rule.id() + ".met" etc., and key + ".missing".
        for (String rule : List.of("R-SCORE-GE", "R-SCORE-EQ")) {
            for (String suffix : List.of(".met", ".nothing", ".partial", ".bound")) {
                used.add(rule + suffix);
            }
        }
        used.add("R-SCORE-LE.bound");
        used.add("R-DEV-1.shortfall.missing");
        used.add("R-DEV-1.beyond.missing");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(MessageTexts.RULES.texts(locale).keySet());
            assertEquals(Set.of(), missing, "missing in " + locale);
        }
    }

    @Test
    void theContractExampleExplainedInEnglishHasNoChineseButTheInputs() {
        Project project = Examples.contractProject();
        EvaluationResult result = ProjectFixture.valid(EvaluationEngine.of(Presets.MOF_2020).evaluate(project));
        String english = result.explain(Locale.ENGLISH);
        assertEquals("", cjk(withoutInputs(english, project)), english);
        assertNoRawKey(english);
        assertNoRawKey(result.explain());
        assertTrue(english.contains("good"), english);
    }

    @Test
    void otherResultsExplainedInEnglishHaveNoChineseButTheInputs() {
        List<Project> projects = new ArrayList<>();
        // a low total (R-DEV-4), a missing explanation (R-DEV-1), a mismatch (R-DEV-3), a bound, an over-achievement
        projects.add(ProjectFixture.project("low").budget("1000000.00", "500000.00")
                .quantitative("乙指标", Level2.QUANTITY, ">=100个", 40, "75")
                .quantitative("甲指标", Level2.QUANTITY, ">=100个", 20, "≥25个", "x")
                .quantitative("丙指标", Level2.QUANTITY, "<=10天", 10, "5")
                .quantitative("丁指标", Level2.SERVICE_RECIPIENT, ">=90%", 10, "200")
                .qualitative("戊指标", Level2.SOCIAL, 10, QualitativeAchievement.PARTLY_ACHIEVED, "7", null)
                .build());
        projects.add(ProjectFixture.project("zero").budget("0.00", "0.00")
                .quantitative("安全事故数", Level2.QUALITY, "<=0起", 90, "1").build());
        for (Policy policy : Presets.all()) {
            for (Project project : projects) {
                EvaluationResult result = ProjectFixture.valid(EvaluationEngine.of(policy).evaluate(project));
                String english = result.explain(Locale.ENGLISH);
                assertEquals("", cjk(withoutInputs(english, project)), english);
                assertNoRawKey(english);
                assertNoRawKey(result.explain());
            }
        }
    }

    @Test
    void rejectionsRenderInBothLanguagesWithoutRawKeys() {
        Project project = ProjectFixture.project("bad")
                .quantitative("新建排水管网长度", Level2.QUANTITY, ">=12公里", 30, null)
                .quantitative("管网长度", Level2.QUANTITY, ">=12", 30, "12")
                .qualitative("排涝能力提升", Level2.SOCIAL, 30, QualitativeAchievement.PARTLY_ACHIEVED, "25", null)
                .add(Indicator.builder().name("无达成").level2(Level2.SOCIAL).target(io.pbm.core.goal.IndicatorValue.text("好"))
                        .weight(io.pbm.core.goal.Weight.of(5)).build(), IndicatorActual.builder().explanation("x").build())
                .build();
        Rejection rejection = EvaluationEngine.of(Presets.MOF_2020).evaluate(project).getError();
        assertEquals(5, rejection.problems().size(), rejection::toString);
        String english = rejection.render(Locale.ENGLISH);
        assertEquals("", cjk(withoutInputs(english, project)), english);
        assertNoRawKey(english);
        assertNoRawKey(rejection.render(Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void aMissingTextShowsItsKeyAndArguments() {
        assertEquals("no.such.key[1, 2]", Message.of("no.such.key", 1, 2).render(Locale.ENGLISH));
        assertTrue(RAW_KEY.matcher("R-SCORE-GE.partial[11.5, 12]").find(), "the check below would see it");
    }

    private static void assertNoRawKey(String text) {
        for (String line : text.split("\n")) {
            assertFalse(RAW_KEY.matcher(line).find(), line);
        }
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Removes every text that came from the input (names, units, targets, actuals), longest first. */
    private static String withoutInputs(String text, Project project) {
        List<String> inputs = new ArrayList<>(List.of(project.name(), project.unit().name(), project.id()));
        for (Indicator indicator : project.goal().indicators()) {
            inputs.add(indicator.name());
            inputs.add(indicator.target().toString());
            inputs.add(indicator.unit().symbol());
        }
        project.evaluation().ifPresent(e -> e.actuals().values().forEach(a -> {
            a.actual().ifPresent(v -> inputs.add(v.toString()));
            a.explanation().ifPresent(inputs::add);
        }));
        inputs.sort(Comparator.comparingInt(String::length).reversed());
        String rest = text;
        for (String input : inputs) {
            if (!input.isEmpty()) {
                rest = rest.replace(input, "");
            }
        }
        return rest;
    }

    /** The Chinese characters and full-width punctuation of a text, in order. */
    static String cjk(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || c == '“' || c == '”')
                .mapToObj(Character::toString).collect(Collectors.joining());
    }
}
