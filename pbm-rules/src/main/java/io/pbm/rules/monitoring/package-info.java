/**
 * Monitoring during the year (绩效监控, R-MON-1…7): a project's spending and goal progress at the end of a
 * month, their warning lights, the cumulative floors, reminders, the key-attention list, the flags for
 * extra scrutiny, and report deadlines — spending and goals reported side by side (双监控).
 */
@NullMarked
@PbmStyle
package io.pbm.rules.monitoring;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
