/**
 * Goal review before budgeting (R-GOAL-1…8): {@link io.pbm.rules.review.GoalReview} checks goal tables,
 * a transfer's children against their parent, and decides which projects are not budgeted (R-GOAL-5);
 * {@link io.pbm.rules.review.BudgetReview} adds the ex-ante assessment (R-EXANTE-1…4) for the
 * {@code review} command's {@code pbm-review/1} document.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.review;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
