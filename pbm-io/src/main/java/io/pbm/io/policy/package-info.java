/**
 * Policy files (pbm-policy/1): every parameter of a {@code io.pbm.rules.policy.Policy} as JSON, read and
 * written, with {@code "extends"} for a file that changes only some parameters of a preset.
 */
@NullMarked
package io.pbm.io.policy;

import org.jspecify.annotations.NullMarked;
