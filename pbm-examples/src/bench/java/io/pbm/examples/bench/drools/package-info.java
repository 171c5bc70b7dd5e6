/**
 * The Drools peer of {@code ProvinceBenchmark.drools} (issue 7): pbm's scoring, grading, veto and budget
 * rules written in DRL ({@code province.drl}) over plain beans, run by Drools 10. Only in the
 * {@code -Pbench} profile; never part of the library or the command line.
 */
package io.pbm.examples.bench.drools;
