/**
 * Budget linkage (结果应用, R-LINK-1…4): next year's budget decision of each evaluated project — priority,
 * keep, cut, cancel, suspend or recall, with the rule that decided and its reason — and the totals per
 * budget unit.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.linkage;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
