package io.pbm.examples.sample;

/**
 * The outcomes of a sample, dealt like a shuffled deck: the profile's counts for the sample's size, drawn
 * one at a time without replacement (each remaining card as likely as any other). Every ordering is as
 * likely, the counts are exact — a county of the profile's size has exactly the seeds' grades — and
 * only the counts are held, never the sequence, so a sample of a million projects streams.
 *
 * <p>Not thread-safe: one deck serves one pass over a sample.
 */
final class OutcomeDeck {

    private static final Outcome[] OUTCOMES = Outcome.values();

    /** Remaining cards: index {@code 2 × outcome + (central ? 1 : 0)}. */
    private final long[] remaining;
    private long total;

    private OutcomeDeck(long[] remaining) {
        this.remaining = remaining;
        for (long count : remaining) {
            total += count;
        }
    }

    /**
     * The deck of a sample.
     *
     * @param profile  the profile
     * @param projects  the size of the sample
     * @return the deck, with exactly {@code projects} cards
     */
    static OutcomeDeck of(SampleProfile profile, long projects) {
        long central = profile.centralTransfers(projects);
        long[] local = apportion(profile.localOutcomes(), projects - central);
        long[] transfers = apportion(profile.centralOutcomes(), central);
        long[] cards = new long[OUTCOMES.length * 2];
        for (int i = 0; i < OUTCOMES.length; i++) {
            cards[2 * i] = local[i];
            cards[2 * i + 1] = transfers[i];
        }
        return new OutcomeDeck(cards);
    }

    /**
     * Shares {@code total} out in proportion to the weights, the remainders going to the largest
     * fractions (ties to the earlier weight) — so the counts add up to {@code total} exactly.
     */
    static long[] apportion(int[] weights, long total) {
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        long[] counts = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            counts[i] = total * weights[i] / sum;
            remainders[i] = total * weights[i] % sum;
            given += counts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        return counts;
    }

    /** Whether cards remain. */
    boolean hasNext() {
        return total > 0;
    }

    /**
     * Deals the next card.
     *
     * @param draw  the random source
     * @return the card: {@code 2 × outcome ordinal + (central transfer ? 1 : 0)}
     */
    int deal(Draw draw) {
        long r = draw.below(total);
        for (int i = 0; i < remaining.length; i++) {
            r -= remaining[i];
            if (r < 0) {
                remaining[i]--;
                total--;
                return i;
            }
        }
        throw new IllegalStateException("the deck is empty");
    }

    /** The outcome of a card. */
    static Outcome outcome(int card) {
        return OUTCOMES[card / 2];
    }

    /** Whether a card is a central transfer. */
    static boolean central(int card) {
        return card % 2 == 1;
    }
}
