package io.pbm.rules.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pbm.core.grade.Grade;
import io.pbm.core.monitoring.WarningLight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the explanation values render and compare — messages, trace steps, traces, warnings, problems,
 * rule IDs — through their public methods only, with texts of the test's own so that no bundle wording
 * is assumed.
 */
class ExplainRenderingTest {

    private static final MessageTexts TEXTS = MessageTexts.of("test",
            Map.of("plain", "固定文字", "two", "得分{0}，分值{1}", "one", "结论：{0}", "lead", "共{0}项", "only", "{0}"),
            Map.of("plain", "fixed text", "two", "score {0} of {1}", "one", "conclusion: {0}", "lead", "{0} items",
                    "only", "{0}"));

    private static TraceStep step(RuleId rule, String subject, String outcome) {
        return new TraceStep(rule, subject, outcome, TEXTS.message("one", outcome));
    }

    // ---- Message ----

    @Test
    void aTextStartingWithWordsKeepsEveryPartAndArgument() {
        assertEquals("结论：良", TEXTS.message("one", Grade.GOOD).toString());
        assertEquals("conclusion: good", TEXTS.message("one", Grade.GOOD).render(Locale.ENGLISH));
        assertEquals("固定文字", TEXTS.message("plain").toString());
        assertEquals("fixed text", TEXTS.message("plain").render(Locale.ENGLISH));
        assertEquals("良", TEXTS.message("only", Grade.GOOD).toString());
        assertEquals("good", TEXTS.message("only", Grade.GOOD).render(Locale.ENGLISH));
    }

    @Test
    void anArgumentTheMessageDoesNotHaveShowsItsPlaceholder() {
        assertEquals("得分28.75，分值{1}", TEXTS.message("two", "28.75").toString());
        assertEquals("score {0} of {1}", TEXTS.message("two").render(Locale.ENGLISH));
    }

    @Test
    void aNestedMessageAndAListSpeakTheOuterMessagesLanguage() {
        Message nested = TEXTS.message("one", TEXTS.message("one", Grade.POOR));
        assertEquals("结论：结论：差", nested.toString());
        assertEquals("conclusion: conclusion: poor", nested.render(Locale.ENGLISH));
        Message list = TEXTS.message("one", List.of(Grade.GOOD, "x", Grade.FAIR));
        assertEquals("结论：良；x；中", list.toString());
        assertEquals("conclusion: good; x; fair", list.render(Locale.ENGLISH));
        assertEquals("结论：", TEXTS.message("one", List.of()).toString());
    }

    @Test
    void aNullArgumentShowsAsADashWhicheverWayTheMessageIsMade() {
        Message made = new Message("two", Arrays.asList(null, "10.00"), TEXTS);
        assertEquals(List.of("—", "10.00"), made.args());
        assertEquals("得分—，分值10.00", made.toString());
        assertEquals(List.of("7", "—"), new Message("two", Arrays.asList("7", null), TEXTS).args());
        assertEquals(List.of("—", "—"), TEXTS.message("two", null, null).args());
        assertEquals(made, TEXTS.message("two", null, "10.00"));
    }

    @Test
    void aMessageKeepsItsOwnCopyOfTheArguments() {
        List<Object> args = new ArrayList<>(List.of("1", "2"));
        Message message = new Message("two", args, TEXTS);
        args.set(0, "changed");
        assertEquals(List.of("1", "2"), message.args());
        assertThrows(UnsupportedOperationException.class, () -> message.args().set(0, "x"));
        assertEquals("得分1，分值2", message.toString());
    }

    @Test
    void textsNameThemselves() {
        assertEquals("MessageTexts pbm-rules", MessageTexts.RULES.toString());
        assertEquals("MessageTexts test", TEXTS.toString());
    }

    // ---- TraceStep and Trace ----

    @Test
    void aStepRendersItsRuleSubjectOutcomeAndMessage() {
        assertEquals("R-SCORE-GE 管网长度 → 28.75: 结论：28.75", step(RuleId.R_SCORE_GE, "管网长度", "28.75").toString());
        assertEquals("R-GRADE-1 → GOOD: conclusion: GOOD",
                step(RuleId.R_GRADE_1, "", "GOOD").render(Locale.ENGLISH));
    }

    @Test
    void stepsAreEqualWhenRuleSubjectOutcomeAndMessageAre() {
        TraceStep step = step(RuleId.R_SCORE_GE, "a", "1");
        TraceStep same = new TraceStep(RuleId.R_SCORE_GE, "a", new StringBuilder("1"), TEXTS.message("one", "1"));
        assertEquals(step, same);
        assertEquals(step.hashCode(), same.hashCode());
        assertNotEquals(step, step(RuleId.R_SCORE_LE, "a", "1"));
        assertNotEquals(step, step(RuleId.R_SCORE_GE, "b", "1"));
        assertNotEquals(step, new TraceStep(RuleId.R_SCORE_GE, "a", "2", TEXTS.message("one", "1")));
        assertNotEquals(step, new TraceStep(RuleId.R_SCORE_GE, "a", "1", TEXTS.message("one", "2")));
        assertNotEquals(step, "R-SCORE-GE a → 1");
    }

    @Test
    void aTraceGrowsByAppendingAndRendersOneStepPerLine() {
        TraceStep first = step(RuleId.R_SCORE_GE, "a", "1");
        TraceStep second = step(RuleId.R_SCORE_LE, "b", "2");
        TraceStep third = step(RuleId.R_GRADE_1, "", "GOOD");
        Trace grown = Trace.empty().plus(List.of(first, second)).plus(List.of(third));
        assertEquals(List.of(first, second, third), grown.steps());
        assertEquals(List.of(second), grown.of(RuleId.R_SCORE_LE));
        assertEquals(List.of(third), grown.about(""));
        assertEquals("R-SCORE-GE a → 1: 结论：1\nR-SCORE-LE b → 2: 结论：2\nR-GRADE-1 → GOOD: 结论：GOOD\n", grown.toString());
        assertEquals("R-SCORE-GE a → 1: conclusion: 1\nR-SCORE-LE b → 2: conclusion: 2\n"
                + "R-GRADE-1 → GOOD: conclusion: GOOD\n", grown.render(Locale.ENGLISH));
        assertEquals("", Trace.empty().render(Locale.ENGLISH));
        assertEquals(List.of(first), Trace.of(List.of(first)).plus(List.of()).steps());
    }

    @Test
    void tracesAreEqualWhenTheirStepsAre() {
        Trace trace = Trace.of(List.of(step(RuleId.R_SCORE_GE, "a", "1")));
        Trace same = Trace.empty().plus(List.of(step(RuleId.R_SCORE_GE, "a", "1")));
        assertEquals(trace, same);
        assertEquals(trace.hashCode(), same.hashCode());
        assertNotEquals(trace, Trace.empty());
        assertNotEquals(trace, Trace.of(List.of(step(RuleId.R_SCORE_GE, "a", "2"))));
        assertNotEquals(trace, trace.steps());
        assertSame(Trace.empty(), Trace.empty());
    }

    // ---- Warning, Problem, Rejection, RuleId ----

    @Test
    void aWarningShowsItsLightAndPathOnlyWhenItHasThem() {
        Message message = TEXTS.message("plain");
        assertEquals("R-DEV-3 RED /indicators/0: 固定文字",
                new Warning(RuleId.R_DEV_3, WarningLight.RED, "/indicators/0", message).toString());
        assertEquals("R-DEV-3: fixed text", new Warning(RuleId.R_DEV_3, null, "", message).render(Locale.ENGLISH));
        assertEquals("R-DEV-3 /budget: fixed text", new Warning(RuleId.R_DEV_3, null, "/budget", message)
                .render(Locale.ENGLISH));
        assertEquals("R-DEV-3 YELLOW: fixed text", new Warning(RuleId.R_DEV_3, WarningLight.YELLOW, "", message)
                .render(Locale.ENGLISH));
    }

    @Test
    void aProblemAtTheRootShowsTheRootPointer() {
        Message message = TEXTS.message("lead", 3);
        assertEquals("R-GOAL-1 /: 共3项", Problem.of(RuleId.R_GOAL_1, "", message).toString());
        assertEquals("R-GOAL-1 /indicators: 3 items", Problem.of(RuleId.R_GOAL_1, "/indicators", message)
                .render(Locale.ENGLISH));
        assertEquals("a~1b~0c", Problem.pointerToken("a/b~c"));
    }

    @Test
    void aRuleSaysWhatItIsAndWhereItComesFrom() {
        assertEquals("R-VETO-1", RuleId.R_VETO_1.toString());
        assertEquals("审计监督问题", RuleId.R_VETO_1.label());
        assertEquals("audit findings", RuleId.R_VETO_1.englishLabel());
        assertEquals("seed 002", RuleId.R_VETO_1.source());
        assertEquals("指标数量", RuleId.R_GOAL_1.label());
        assertEquals("seed 000", RuleId.R_GOAL_1.source());
        assertSame(RuleId.R_VETO_1, RuleId.of(" R-VETO-1 "));
        for (RuleId rule : RuleId.values()) {
            assertSame(rule, RuleId.of(rule.toString()), rule::name);
            assertNotEquals("", rule.label(), rule::name);
            assertNotEquals("", rule.englishLabel(), rule::name);
            assertNotEquals("", rule.source(), rule::name);
        }
    }
}
