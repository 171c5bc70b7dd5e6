/**
 * Ex-ante assessment (事前绩效评估, R-EXANTE-1…4): the five dimension scores and their total, the
 * conclusion by the policy's cut-offs, whether a new project may be budgeted, and the third-party
 * re-assessment of major projects — plus {@link io.pbm.rules.exante.BudgetingDecision}, the decision
 * taken before any money is given, which goal review (R-GOAL-5) shares.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.exante;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
