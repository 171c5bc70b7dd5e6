/**
 * Monitoring (绩效监控): a project's spending and indicator progress at the end of a month, and warning lights (R-MON-*).
 */
@NullMarked
@PbmStyle
package io.pbm.core.monitoring;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
