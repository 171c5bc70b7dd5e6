/**
 * Evaluating a project under a policy: goal checks, scoring, deviation (R-DEV-1…4) and grading (R-GRADE-1…3), with the result and its trail.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.evaluation;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
