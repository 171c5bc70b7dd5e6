/**
 * The pipeline of an evaluation after the year: exclusion (R-PLAN-4) → scoring and grading
 * ({@link io.pbm.rules.evaluation.EvaluationEngine}) → vetoes (R-VETO-1…5, R-REVIEW-1) → budget linkage
 * (R-LINK-1…4), for one project, a batch or a stream; the summary of a batch; and the same batch under
 * two policies side by side ({@link io.pbm.rules.pipeline.PolicyComparison}).
 */
@NullMarked
@PbmStyle
package io.pbm.rules.pipeline;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
