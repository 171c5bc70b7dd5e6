package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.constant;
import static io.pbm.io.json.PlainlyValid.integer;
import static io.pbm.io.json.PlainlyValid.list;
import static io.pbm.io.json.PlainlyValid.record;
import static io.pbm.io.json.PlainlyValid.text;

import io.pbm.core.FiscalYear;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.goal.Goal;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.io.json.ConstantOf;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An element of the top-level {@code units} array as written (R-SCORE-UNIT): a unit's whole spending
 * — {@code id}, the unit's {@code name}, {@code year}, {@code budget} and {@code indicators} under the
 * six unit-wide dimensions, with their actuals for an evaluation.
 */
record WrittenUnit(
        @NotBlank @Size(max = Project.MAX_ID_LENGTH) @Nullable String id,
        @NotBlank @Size(max = BudgetUnit.MAX_LENGTH) @Nullable String name,
        @NotNull @Min(FiscalYear.MIN) @Max(FiscalYear.MAX) @Nullable Integer year,
        @ConstantOf(EvaluationKind.class) @Nullable String kind,
        @ConstantOf(Evaluator.class) @Nullable String evaluator,
        @Size(max = Goal.MAX_TEXT_LENGTH) @Nullable String goal,
        @Min(1) @Nullable Integer goalVersion,
        @NotNull @Valid @Nullable WrittenBudget budget,
        @NotNull @Nullable List<@NotNull @Valid @Nullable WrittenIndicator> indicators,
        @Valid @Nullable WrittenFindings findings) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return text(id, true, Project.MAX_ID_LENGTH) && text(name, true, BudgetUnit.MAX_LENGTH)
                && integer(year, true, FiscalYear.MIN, FiscalYear.MAX) && constant(kind, false, EvaluationKind.class)
                && constant(evaluator, false, Evaluator.class) && text(goal, false, Goal.MAX_TEXT_LENGTH)
                && integer(goalVersion, false, 1, Integer.MAX_VALUE) && record(budget, true)
                && list(indicators, true, WrittenIndicator::plainlyValid) && record(findings, false);
    }

    static WrittenUnit read(Members m) {
        return new WrittenUnit(m.text("id"), m.text("name"), m.integer("year"), m.text("kind"), m.text("evaluator"),
                m.text("goal"), m.integer("goalVersion"), WrittenProject.object(m, "budget", WrittenBudget::read),
                WrittenProject.list(m, "indicators", WrittenIndicator::read),
                WrittenProject.object(m, "findings", WrittenFindings::read));
    }
}
