/**
 * The fast path of R-SCORE-ROUND (not exported): scores, quotients and shown percentages computed on
 * scaled {@code long}s where every intermediate fits, with exactly the result of the decimal
 * definition — and the decimal definition itself wherever a value would not fit.
 */
package io.pbm.rules.precision;
