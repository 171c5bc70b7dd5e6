/**
 * The explanation trail: rule IDs, trace steps, warnings and problems, with messages rendered in Chinese or English only when asked.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.explain;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
