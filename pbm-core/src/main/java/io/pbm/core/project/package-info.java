/**
 * Projects (项目支出), the budget units that spend, their flags and history, and unit-wide spending (部门整体支出, R-SCORE-UNIT).
 */
@NullMarked
@PbmStyle
package io.pbm.core.project;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
