package io.pbm.rules.planning;

import io.pbm.core.Ratio;
import io.pbm.rules.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reproducible random spot checks (随机抽查, R-PLAN-3, seeds 002 and 004): an upper level samples a
 * share of the lower levels' materials (at least 10 %), drawn so that anyone can redo the draw from
 * the seed, in any language, without pbm:
 *
 * <ol>
 *   <li>each distinct candidate id gets the SHA-256 of the UTF-8 bytes of {@code seed + ":" + id},
 *       written as 64 lowercase hex digits ({@code printf '%s' '2024:ID' | sha256sum});
 *   <li>candidates are ranked by that hash ascending (ties, which SHA-256 never produces, by id);
 *   <li>the first ⌈share × n⌉ are the sample, the ceiling computed exactly on the share's fraction.
 * </ol>
 *
 * <p>The sample does not depend on the order of the candidates nor on any random-number library; the
 * same seed and candidates always give the same sample. A repeated id is counted once. Different
 * seeds give unrelated rankings.
 *
 * <p>Pure and thread-safe.
 */
public final class SpotCheck {

    private static final HexFormat HEX = HexFormat.of();

    private SpotCheck() {}

    /**
     * Samples the policy's share of the candidates ({@code spotCheckShare}, 10 % in both presets).
     *
     * @param candidateIds  the ids, not null, none null
     * @param policy  the policy, not null
     * @param seed  the seed, such as the year {@code 2024}, not null
     * @return the sample
     */
    public static SpotCheckSample sample(Collection<String> candidateIds, Policy policy, String seed) {
        Objects.requireNonNull(policy, "policy is null");
        return sample(candidateIds, policy.planning().spotCheckShare(), seed);
    }

    /**
     * Samples a share of the candidates.
     *
     * @param candidateIds  the ids, not null, none null; repeated ids count once
     * @param share  the share, 0 &lt; share ≤ 1, not null
     * @param seed  the seed, such as the year {@code 2024}, not null
     * @return the sample of ⌈share × n⌉ candidates, n the number of distinct ids
     * @throws io.pbm.core.InvalidValueException if the share is not in (0, 1]
     */
    public static SpotCheckSample sample(Collection<String> candidateIds, Ratio share, String seed) {
        Objects.requireNonNull(candidateIds, "candidateIds is null");
        Shares.checkShare("share", share);
        Objects.requireNonNull(seed, "seed is null");
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : candidateIds) {
            distinct.add(Objects.requireNonNull(id, "candidate id is null"));
        }
        MessageDigest sha256 = sha256();
        Map<String, String> hashes = new HashMap<>();
        for (String id : distinct) {
            hashes.put(id, hash(sha256, seed, id));
        }
        List<String> order = new ArrayList<>(distinct);
        order.sort(Comparator.comparing((String id) -> hashes.get(id)).thenComparing(Comparator.naturalOrder()));
        List<SampledCandidate> ranked = new ArrayList<>(order.size());
        for (String id : order) {
            ranked.add(new SampledCandidate(id, hashes.get(id), ranked.size() + 1));
        }
        return new SpotCheckSample(seed, share, ranked, Shares.ceiling(share, ranked.size()));
    }

    /**
     * The hash that ranks a candidate: SHA-256 of the UTF-8 bytes of {@code seed + ":" + id}.
     *
     * @param seed  the seed, not null
     * @param id  the candidate id, not null
     * @return 64 lowercase hex digits
     */
    public static String hash(String seed, String id) {
        Objects.requireNonNull(seed, "seed is null");
        Objects.requireNonNull(id, "id is null");
        return hash(sha256(), seed, id);
    }

    private static String hash(MessageDigest sha256, String seed, String id) {
        return HEX.formatHex(sha256.digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available on this Java platform", e);
        }
    }
}
