/**
 * Deterministic synthetic data for pbm: {@link io.pbm.examples.sample.SampleGenerator} makes counties and
 * provinces of realistic projects from a seed (domain.md section 12), and
 * {@link io.pbm.examples.sample.SampleCounty} is the built-in county of {@code pbm demo}, calibrated to
 * 沙湾 2021. Randomness comes only from a {@link java.util.SplittableRandom} seeded by the caller:
 * pbm-rules stays free of it.
 */
@NullMarked
package io.pbm.examples.sample;

import org.jspecify.annotations.NullMarked;
