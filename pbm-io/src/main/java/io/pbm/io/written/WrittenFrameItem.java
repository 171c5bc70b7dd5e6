package io.pbm.io.written;

import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.io.json.ConstantOf;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.Members;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An element of {@code frameItems} as written (R-SCORE-FRAME): the part of the department/finance
 * frame ({@code level1}), the name and weight, and a score, a formula, or a target and actual.
 */
record WrittenFrameItem(
        @NotNull @ConstantOf(FrameSection.class) @Nullable String level1,
        @NotBlank @Size(max = Indicator.MAX_NAME_LENGTH) @Nullable String name,
        @NotNull @Decimal @Nullable String weight,
        @Decimal @Nullable String score,
        @ConstantOf(FrameFormula.class) @Nullable String formula,
        @ConstantOf(Comparison.class) @Nullable String comparison,
        @Valid @Nullable WrittenValue target,
        @Valid @Nullable WrittenValue actual) {

    static WrittenFrameItem read(Members m) {
        return new WrittenFrameItem(m.text("level1"), m.text("name"), m.decimal("weight"), m.decimal("score"),
                m.text("formula"), m.text("comparison"), WrittenValue.of(m.scalar("target")),
                WrittenValue.of(m.scalar("actual")));
    }
}
