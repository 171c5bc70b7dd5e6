/**
 * The way in: the {@link io.pbm.rules.Pbm} façade over the rule engines of pbm-rules.
 */
@NullMarked
package io.pbm.rules;

import org.jspecify.annotations.NullMarked;
