/**
 * Vetoes (R-VETO-1…5) and the report review (R-REVIEW-1): what supervision findings do to a grade after
 * scoring — they only ever lower it, the lowest wins, and each veto that fired is listed with its reason.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.veto;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
