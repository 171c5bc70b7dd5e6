/**
 * Policies: every number and choice of the rules as one immutable value, and the presets MOF_2020 and XINJIANG (domain.md section 11).
 */
@NullMarked
@PbmStyle
package io.pbm.rules.policy;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
