/**
 * Scores on the 100-point scale, grades 优/良/中/差 and the grade scales that map one to the other (R-GRADE-1…3).
 */
@NullMarked
@PbmStyle
package io.pbm.core.grade;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
