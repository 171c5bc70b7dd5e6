/**
 * The shared vocabulary of pbm-core: exact ratios, fiscal years, the decimal grammar, labelled
 * constants and the exception that names a bad field, its value and the valid range.
 */
@NullMarked
package io.pbm.core;

import org.jspecify.annotations.NullMarked;
