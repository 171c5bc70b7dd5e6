/**
 * Ex-ante assessment (事前绩效评估): the five dimension scores and the conclusion (R-EXANTE-1…4).
 */
@NullMarked
@PbmStyle
package io.pbm.core.exante;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
