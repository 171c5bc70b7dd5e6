/**
 * The floor of the province benchmark (issue 7): the pipeline's outputs — indicator scores, totals,
 * raw and final grades, budget actions and amounts, summary counts — computed by a hand-written loop
 * over primitive arrays of scaled {@code long}s. Not exported: it exists so that the benchmark has a
 * floor to measure pbm against, and so that a test can prove the floor computes what pbm computes.
 */
package io.pbm.examples.floor;
