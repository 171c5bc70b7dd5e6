package io.pbm.rules.pipeline;

import io.pbm.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a batch (json-contract.md {@code pbm-result/1}): the results, the exclusions and the
 * rejections — each in input order — and the summary. Nothing is lost: every input project is exactly
 * one of them, and {@code summary.projects = evaluated + excluded + rejected}.
 *
 * <p>Refused at construction: lists whose sizes differ from the summary's counts.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param results  the evaluated projects, in input order
 * @param excluded  the projects the policy left out (R-PLAN-4), in input order
 * @param rejected  the projects that cannot be evaluated, in input order
 * @param summary  the summary
 */
public record BatchResult(List<ProjectResult> results, List<Exclusion> excluded, List<RejectedProject> rejected,
        Summary summary) {

    /**
     * Creates a batch result.
     *
     * @param results  not null
     * @param excluded  not null
     * @param rejected  not null
     * @param summary  counting as many of each, not null
     * @throws InvalidValueException if a list's size differs from the summary's count
     */
    public BatchResult {
        results = List.copyOf(Objects.requireNonNull(results, "results is null"));
        excluded = List.copyOf(Objects.requireNonNull(excluded, "excluded is null"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected is null"));
        Objects.requireNonNull(summary, "summary is null");
        InvalidValueException.check(results.size() == summary.evaluated() && excluded.size() == summary.excluded()
                && rejected.size() == summary.rejected(), "summary", summary.evaluated() + " / " + summary.excluded()
                + " / " + summary.rejected(), results.size() + " / " + excluded.size() + " / " + rejected.size()
                + " (evaluated / excluded / rejected)");
    }

    /**
     * Every outcome, in input order: the three lists merged by index.
     *
     * @return the outcomes
     */
    public List<ProjectOutcome> outcomes() {
        List<ProjectOutcome> all = new ArrayList<>(results.size() + excluded.size() + rejected.size());
        int r = 0;
        int e = 0;
        int j = 0;
        while (r < results.size() || e < excluded.size() || j < rejected.size()) {
            long nextResult = r < results.size() ? results.get(r).index() : Long.MAX_VALUE;
            long nextExcluded = e < excluded.size() ? excluded.get(e).index() : Long.MAX_VALUE;
            long nextRejected = j < rejected.size() ? rejected.get(j).index() : Long.MAX_VALUE;
            if (nextResult <= nextExcluded && nextResult <= nextRejected) {
                all.add(results.get(r++));
            } else if (nextExcluded <= nextRejected) {
                all.add(excluded.get(e++));
            } else {
                all.add(rejected.get(j++));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The batch for a person: the summary, then the exclusions and the rejections.
     *
     * @param locale  the language, not null
     * @return the text
     */
    public String render(Locale locale) {
        Objects.requireNonNull(locale, "locale is null");
        return render(locale, Integer.MAX_VALUE);
    }

    private String render(Locale locale, int shown) {
        StringBuilder text = new StringBuilder(summary.render(locale, shown));
        if (!excluded.isEmpty()) {
            text.append(Text.message(locale, "summary.excludedList")).append('\n');
            Text.list(text, excluded, shown, locale, "excluded()", exclusion -> exclusion.render(locale));
        }
        if (!rejected.isEmpty()) {
            text.append(Text.message(locale, "summary.rejectedList")).append('\n');
            Text.list(text, rejected, shown, locale, "rejected()", rejection -> rejection.render(locale).stripTrailing()
                    .replace("\n", "\n  "));
        }
        return text.toString();
    }

    /**
     * The batch in Chinese, as {@link #render} writes it but listing only the first {@value Text#SHOWN}
     * budget units, exclusions and rejections, so that a county prints on one screen — in JShell, say;
     * {@link #results()}, {@link #excluded()}, {@link #rejected()} and {@link Summary#units()} hold them all.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return render(Locale.SIMPLIFIED_CHINESE, Text.SHOWN);
    }
}
