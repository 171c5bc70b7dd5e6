/**
 * JMH benchmarks of pbm (the performance issue): built only by {@code mvn -B -Pbench -pl pbm-examples -am
 * package} into {@code pbm-examples/target/benchmarks.jar}; never part of the library or the command line.
 */
package io.pbm.examples.bench;
