package io.pbm.rules.planning;

import io.pbm.core.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A candidate of a spot check with its place in the ranking (R-PLAN-3).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id  the candidate's id
 * @param hash  SHA-256 of the UTF-8 bytes of {@code seed + ":" + id}, 64 lowercase hex digits
 * @param rank  its place in the ranking by hash, from 1
 */
public record SampledCandidate(String id, String hash, int rank) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Creates a ranked candidate.
     *
     * @param id  not null
     * @param hash  64 lowercase hex digits, not null
     * @param rank  1 or more
     */
    public SampledCandidate {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(hash, "hash is null");
        InvalidValueException.check(HEX.matcher(hash).matches(), "hash", hash, "64 lowercase hex digits");
        InvalidValueException.check(rank >= 1, "rank", rank, "rank >= 1");
    }

    /**
     * One line as the shell recipe of {@link SpotCheckSample#howToRedo()} prints it: {@code <hash>  <id>}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return hash + "  " + id;
    }
}
