/**
 * Money: amounts in 元, a project's budget figures, fund categories and next year's budget actions (R-LINK-*).
 */
@NullMarked
@PbmStyle
package io.pbm.core.budget;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
