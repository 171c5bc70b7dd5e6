/**
 * What an evaluation is given: actuals, qualitative achievements with the evaluator's scores, deviation explanations, supervision findings (R-VETO-*) and the figures a filled-in table reports (R-AUDIT-*).
 */
@NullMarked
@PbmStyle
package io.pbm.core.evaluation;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
