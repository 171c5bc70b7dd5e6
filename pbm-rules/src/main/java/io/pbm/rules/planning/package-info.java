/**
 * Planning of evaluations and checks (domain.md section 9): which projects a department evaluates
 * each year and over the cycle (R-PLAN-1), the finance bureau's key evaluations (R-PLAN-2), and
 * reproducible spot checks (R-PLAN-3).
 */
@NullMarked
@PbmStyle
package io.pbm.rules.planning;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
