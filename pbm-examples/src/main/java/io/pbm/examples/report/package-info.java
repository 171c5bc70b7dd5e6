/**
 * Reports for people: {@link io.pbm.examples.report.DemoReport}, what {@code pbm demo} prints — grades,
 * vetoes, budget decisions, deviations and incomplete evaluations of a batch, in Chinese or English,
 * never depending on the machine's locale.
 */
@NullMarked
package io.pbm.examples.report;

import org.jspecify.annotations.NullMarked;
