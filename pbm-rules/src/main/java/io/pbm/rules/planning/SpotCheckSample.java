package io.pbm.rules.planning;

import io.pbm.core.InvalidValueException;
import io.pbm.core.Ratio;
import io.pbm.rules.explain.Message;
import io.pbm.rules.explain.RuleId;
import java.util.List;
import java.util.Objects;

/**
 * A reproducible spot-check sample (R-PLAN-3): every distinct candidate ranked by SHA-256 of
 * {@code seed + ":" + id}, and the first ⌈share × n⌉ of them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param seed  the seed, as given
 * @param share  the share sampled, 0 &lt; share ≤ 1
 * @param ranked  every distinct candidate, by hash ascending (then id)
 * @param count  the sample size ⌈share × n⌉
 */
public record SpotCheckSample(String seed, Ratio share, List<SampledCandidate> ranked, int count) {

    /**
     * Creates a sample.
     *
     * @param seed  not null
     * @param share  not null
     * @param ranked  not null
     * @param count  0 to the number of candidates
     */
    public SpotCheckSample {
        Objects.requireNonNull(seed, "seed is null");
        Objects.requireNonNull(share, "share is null");
        ranked = List.copyOf(Objects.requireNonNull(ranked, "ranked is null"));
        InvalidValueException.check(count >= 0 && count <= ranked.size(), "count", count,
                "0 <= count <= " + ranked.size());
    }

    /**
     * The rule of the sample.
     *
     * @return R-PLAN-3
     */
    public RuleId rule() {
        return RuleId.R_PLAN_3;
    }

    /**
     * The number of distinct candidates: repeated ids count once.
     *
     * @return n
     */
    public int candidates() {
        return ranked.size();
    }

    /**
     * The sample: the first {@link #count()} candidates of the ranking, each with its hash.
     *
     * @return the sampled candidates, by hash ascending
     */
    public List<SampledCandidate> sample() {
        return ranked.subList(0, count);
    }

    /**
     * The ids of the sample.
     *
     * @return the ids, by hash ascending
     */
    public List<String> sampleIds() {
        return sample().stream().map(SampledCandidate::id).toList();
    }

    /**
     * How anyone can draw the sample again without pbm: a POSIX shell line that reads the distinct
     * candidate ids, one per line, from {@code ids.txt}, hashes {@code seed:id} with
     * {@code sha256sum}, sorts the hashes ascending (byte order) and keeps the first
     * {@link #count()}. One id by hand: {@code printf '%s' '2024:652826-2023-017' | sha256sum}. An id
     * that contains a line break cannot be fed to this line; the rule itself does not mind.
     *
     * @return the shell line
     */
    public String howToRedo() {
        String seedQuoted = "'" + seed.replace("'", "'\\''") + "'";
        return "while IFS= read -r id; do printf '%s  %s\\n' \"$(printf '%s' " + seedQuoted
                + "\":$id\" | sha256sum | cut -c1-64)\" \"$id\"; done < ids.txt | LC_ALL=C sort | head -n " + count;
    }

    /**
     * What was sampled and how, with the recipe's figures.
     *
     * @return the message
     */
    public Message message() {
        return Message.of("R-PLAN-3.sample", count, candidates(), share.toPercentString(2), seed);
    }

    /**
     * One line: the sample size and the seed.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return count + " of " + candidates() + " (share " + share + ", seed " + seed + "): " + sampleIds();
    }
}
