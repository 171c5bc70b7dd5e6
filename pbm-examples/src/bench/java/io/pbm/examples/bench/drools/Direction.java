package io.pbm.examples.bench.drools;

/** How an indicator fact is scored: the comparison of its goal table, folded to the four rules R-SCORE-GE/LE/EQ/QUAL. */
public enum Direction {
    /** ≥ or &gt;: R-SCORE-GE. */
    HIGHER,
    /** ≤ or &lt;: R-SCORE-LE. */
    LOWER,
    /** =: R-SCORE-EQ. */
    EQUAL,
    /** Qualitative: R-SCORE-QUAL. */
    QUALITATIVE
}
