/**
 * Performance goals (绩效目标): indicators with their level-1/level-2 categories, comparison, target and weight; targets and actuals as forms write them (R-GOAL-*, R-SCORE-*).
 */
@NullMarked
@PbmStyle
package io.pbm.core.goal;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
