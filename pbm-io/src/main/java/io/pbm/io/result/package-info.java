/**
 * Writing the result documents of json-contract.md: {@code pbm-result/1} from the pipeline's outcomes
 * ({@link io.pbm.io.result.ResultWriter}), streamed one outcome at a time or from a whole
 * {@link io.pbm.rules.pipeline.BatchResult}; {@code pbm-review/1}, {@code pbm-monitor/1} and
 * {@code pbm-audit/1} from the engines' reports ({@link io.pbm.io.result.ReportWriter}), whole or streamed
 * result by result ({@link io.pbm.io.result.ReportStream}). Each has its JSON Schema in {@code schema/};
 * the same input gives byte-identical output on every platform. The result workbook (.xlsx: summary,
 * a row per project, a self-evaluation sheet per project) is {@link io.pbm.io.result.ResultWorkbook}.
 */
@NullMarked
package io.pbm.io.result;

import org.jspecify.annotations.NullMarked;
