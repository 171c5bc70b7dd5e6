/**
 * Writing the result documents of json-contract.md: {@code pbm-result/1} from the pipeline's outcomes
 * ({@link io.pbm.io.result.ResultWriter}), streamed one outcome at a time or from a whole
 * {@link io.pbm.rules.pipeline.BatchResult}; byte-identical for the same input on every platform.
 */
@NullMarked
package io.pbm.io.result;

import org.jspecify.annotations.NullMarked;
