/**
 * Checking filled-in self-evaluation tables (自评审核, domain.md section 10, R-AUDIT-1…6): pbm
 * recomputes a table under a policy and reports every discrepancy with its rule, location, the
 * reported and the computed figure. Discrepancies never trigger vetoes.
 */
@NullMarked
@PbmStyle
package io.pbm.rules.audit;

import io.pbm.core.PbmStyle;
import org.jspecify.annotations.NullMarked;
