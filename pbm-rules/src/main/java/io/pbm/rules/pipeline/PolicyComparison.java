package io.pbm.rules.pipeline;

import io.pbm.core.project.Project;
import io.pbm.rules.policy.Policy;
import io.pbm.rules.policy.PolicyDifference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What-if: the same batch under two policies — the parameters in which the policies differ, the two
 * summaries side by side, and every project whose outcome changes (final grade, budget action, amount
 * after, or evaluated under one policy and excluded or rejected under the other). "From" is the first
 * policy, "to" the second. {@link #toString()} prints it all as a table for a person.
 *
 * <pre>{@code
 * PolicyComparison what = PolicyComparison.of(projects, Presets.MOF_2020, Presets.MOF_2020.withCutRatio(Ratio.of(1, 5)));
 * System.out.println(what);   // the two summaries side by side, then each project that changes
 * what.changes().size();
 * }</pre>
 *
 * <p>The batch is iterated once, each project evaluated under both policies; only the changes and the
 * two summaries are kept.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param policyDifferences  the parameters in which the second policy differs from the first
 * @param first  the summary under the first policy
 * @param second  the summary under the second policy
 * @param changes  the projects whose outcome changes, in input order
 */
public record PolicyComparison(List<PolicyDifference> policyDifferences, Summary first, Summary second,
        List<ProjectChange> changes) {

    /** The most changes {@link #render} lists; {@link #changes()} holds them all. */
    public static final int RENDERED_CHANGES = 200;

    /**
     * Creates a comparison.
     *
     * @param policyDifferences  not null
     * @param first  not null
     * @param second  not null
     * @param changes  not null
     */
    public PolicyComparison {
        policyDifferences = List.copyOf(Objects.requireNonNull(policyDifferences, "policyDifferences is null"));
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(second, "second is null");
        changes = List.copyOf(Objects.requireNonNull(changes, "changes is null"));
    }

    /**
     * Runs a batch under two policies and compares the outcomes.
     *
     * @param projects  the projects, none null, not null; iterated once
     * @param first  the first policy ("from"), not null
     * @param second  the second policy ("to"), not null
     * @return the comparison
     */
    public static PolicyComparison of(Iterable<? extends Project> projects, Policy first, Policy second) {
        Objects.requireNonNull(projects, "projects is null");
        Objects.requireNonNull(first, "first is null");
        Objects.requireNonNull(second, "second is null");
        Pipeline a = Pipeline.of(first);
        Pipeline b = Pipeline.of(second);
        SummaryBuilder summaryA = SummaryBuilder.of(first);
        SummaryBuilder summaryB = SummaryBuilder.of(second);
        List<ProjectChange> changes = new ArrayList<>();
        long index = 0;
        for (Iterator<? extends Project> it = projects.iterator(); it.hasNext(); index++) {
            Project project = it.next();
            if (project == null) {
                throw new NullPointerException("projects[" + index + "] is null");
            }
            ProjectOutcome from = a.evaluate(project, index);
            ProjectOutcome to = b.evaluate(project, index);
            summaryA.add(from);
            summaryB.add(to);
            if (ProjectChange.differ(from, to)) {
                changes.add(new ProjectChange(index, project.id(), project.unit(), from, to));
            }
        }
        return new PolicyComparison(first.differencesFrom(second), summaryA.build(), summaryB.build(), changes);
    }

    /**
     * The comparison for a person: the policy differences, the summaries side by side, then the changed
     * projects (at most {@link #RENDERED_CHANGES}).
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        String nameA = first.policyName() + " " + first.policyVersion();
        String nameB = second.policyName() + " " + second.policyVersion();
        StringBuilder text = new StringBuilder(Text.message(locale, "compare.header", nameA, nameB)).append('\n');
        if (!policyDifferences.isEmpty()) {
            text.append(Text.message(locale, "compare.differences")).append('\n');
            policyDifferences.forEach(d -> text.append("  ").append(d).append('\n'));
        }
        Map<String, String> rowsA = first.rows(locale);
        Map<String, String> rowsB = second.rows(locale);
        List<String> valuesA = new ArrayList<>(rowsA.values());
        valuesA.add(nameA);
        int labels = Text.column(rowsA.keySet());
        int values = Text.column(valuesA);
        text.append("  ").append(Text.pad("", labels)).append(Text.pad(nameA, values)).append(nameB).append('\n');
        rowsA.forEach((label, value) -> text.append("  ").append(Text.pad(label, labels)).append(Text.pad(value, values))
                .append(rowsB.get(label)).append('\n'));
        text.append(Text.message(locale, "compare.changes", changes.size())).append('\n');
        int shown = Math.min(changes.size(), RENDERED_CHANGES);
        for (int i = 0; i < shown; i++) {
            text.append("  ").append(changes.get(i).render(locale)).append('\n');
        }
        if (changes.size() > shown) {
            text.append("  ").append(Text.message(locale, "compare.more", changes.size() - shown)).append('\n');
        }
        return text.toString();
    }

    /**
     * The comparison in Chinese, as {@link #render} writes it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE);
    }
}
