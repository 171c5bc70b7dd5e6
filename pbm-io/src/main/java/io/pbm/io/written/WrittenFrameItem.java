package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.constant;
import static io.pbm.io.json.PlainlyValid.decimal;
import static io.pbm.io.json.PlainlyValid.record;
import static io.pbm.io.json.PlainlyValid.text;

import io.pbm.core.DecimalText;
import io.pbm.core.evaluation.FrameFormula;
import io.pbm.core.evaluation.FrameSection;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.io.json.ConstantOf;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
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
        @Valid @Nullable WrittenValue actual) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return constant(level1, true, FrameSection.class) && text(name, true, Indicator.MAX_NAME_LENGTH)
                && decimal(weight, true, DecimalText.MAX_DECIMALS) && decimal(score, false, DecimalText.MAX_DECIMALS)
                && constant(formula, false, FrameFormula.class) && constant(comparison, false, Comparison.class)
                && record(target, false) && record(actual, false);
    }

    static WrittenFrameItem read(Members m) {
        return new WrittenFrameItem(m.text("level1"), m.text("name"), m.decimal("weight"), m.decimal("score"),
                m.text("formula"), m.text("comparison"), WrittenValue.of(m.scalar("target")),
                WrittenValue.of(m.scalar("actual")));
    }
}
