package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.constant;
import static io.pbm.io.json.PlainlyValid.decimal;
import static io.pbm.io.json.PlainlyValid.record;
import static io.pbm.io.json.PlainlyValid.text;

import io.pbm.core.DecimalText;
import io.pbm.core.evaluation.IndicatorActual;
import io.pbm.core.evaluation.QualitativeAchievement;
import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import io.pbm.core.goal.MeasureUnit;
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
 * An element of {@code indicators} as written: the level-3 indicator of the goal table, and — for an
 * evaluation — its actual or qualitative achievement and score, the deviation explanation, and for a
 * table check the reported score.
 */
record WrittenIndicator(
        @NotBlank @Size(max = Indicator.MAX_NAME_LENGTH) @Nullable String name,
        @NotNull @ConstantOf(Level1.class) @Nullable String level1,
        @ConstantOf(Level2.class) @Nullable String level2,
        @ConstantOf(Comparison.class) @Nullable String comparison,
        @Size(max = MeasureUnit.MAX_LENGTH) @Nullable String unit,
        @NotNull @Valid @Nullable WrittenValue target,
        @Valid @Nullable WrittenValue actual,
        @ConstantOf(QualitativeAchievement.class) @Nullable String achievement,
        @Decimal @Nullable String score,
        @NotNull @Decimal @Nullable String weight,
        @Size(max = IndicatorActual.MAX_EXPLANATION_LENGTH) @Nullable String explanation,
        @Decimal @Nullable String reportedScore) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return text(name, true, Indicator.MAX_NAME_LENGTH) && constant(level1, true, Level1.class)
                && constant(level2, false, Level2.class) && constant(comparison, false, Comparison.class)
                && text(unit, false, MeasureUnit.MAX_LENGTH) && record(target, true) && record(actual, false)
                && constant(achievement, false, QualitativeAchievement.class)
                && decimal(score, false, DecimalText.MAX_DECIMALS) && decimal(weight, true, DecimalText.MAX_DECIMALS)
                && text(explanation, false, IndicatorActual.MAX_EXPLANATION_LENGTH)
                && decimal(reportedScore, false, DecimalText.MAX_DECIMALS);
    }

    static WrittenIndicator read(Members m) {
        return new WrittenIndicator(m.text("name"), m.text("level1"), m.text("level2"), m.text("comparison"),
                m.text("unit"), WrittenValue.of(m.scalar("target")), WrittenValue.of(m.scalar("actual")),
                m.text("achievement"), m.decimal("score"), m.decimal("weight"), m.text("explanation"),
                m.decimal("reportedScore"));
    }

    /** Whether anything of an evaluation is written: an actual, an achievement, a score or an explanation. */
    boolean hasActual() {
        return actual != null || achievement != null || score != null || explanation != null;
    }
}
