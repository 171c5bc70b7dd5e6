/**
 * The scoring rules of the self-evaluation frame (R-SCORE-EXEC, -GE, -LE, -EQ, -QUAL, -OVER, -ROUND), the department/finance frame (R-SCORE-FRAME) and unit-wide evaluation (R-SCORE-UNIT).
 */
@NullMarked
@PbmStyle
package io.pbm.rules.scoring;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
