package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.constant;
import static io.pbm.io.json.PlainlyValid.decimal;
import static io.pbm.io.json.PlainlyValid.integer;
import static io.pbm.io.json.PlainlyValid.record;
import static io.pbm.io.json.PlainlyValid.text;

import io.pbm.core.DecimalText;
import io.pbm.core.FiscalYear;
import io.pbm.core.budget.FundCategory;
import io.pbm.core.evaluation.EvaluationKind;
import io.pbm.core.evaluation.Evaluator;
import io.pbm.core.goal.Goal;
import io.pbm.core.grade.Grade;
import io.pbm.core.project.BudgetUnit;
import io.pbm.core.project.Project;
import io.pbm.io.json.ConstantOf;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An element of {@code projects} as written (json-contract.md, "Input document"), every member as
 * the document has it — texts, the characters of decimals — with the structural rules as Bean
 * Validation constraints: required members, lengths, ranges, enumerations, the decimal grammar.
 * {@link ProjectAssembler} turns it into pbm-core values.
 */
record WrittenProject(
        @NotBlank @Size(max = Project.MAX_ID_LENGTH) @Nullable String id,
        @NotBlank @Size(max = Project.MAX_NAME_LENGTH) @Nullable String name,
        @NotBlank @Size(max = BudgetUnit.MAX_LENGTH) @Nullable String unit,
        @NotNull @Min(FiscalYear.MIN) @Max(FiscalYear.MAX) @Nullable Integer year,
        @NotNull @ConstantOf(FundCategory.class) @Nullable String fundCategory,
        @ConstantOf(EvaluationKind.class) @Nullable String kind,
        @ConstantOf(Evaluator.class) @Nullable String evaluator,
        @Size(max = Goal.MAX_TEXT_LENGTH) @Nullable String goal,
        @Min(1) @Nullable Integer goalVersion,
        @Nullable WrittenFlags flags,
        @NotNull @Valid @Nullable WrittenBudget budget,
        @NotNull @Nullable List<@NotNull @Valid @Nullable WrittenIndicator> indicators,
        @Valid @Nullable WrittenFindings findings,
        @Valid @Nullable WrittenHistory history,
        @Valid @Nullable WrittenExAnte exAnte,
        @Valid @Nullable WrittenTransfer transfer,
        @Decimal @Nullable String reportReviewScore,
        @Nullable List<@NotNull @Valid @Nullable WrittenFrameItem> frameItems,
        @Decimal @Nullable String reportedTotal,
        @ConstantOf(Grade.class) @Nullable String reportedGrade) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return text(id, true, Project.MAX_ID_LENGTH) && text(name, true, Project.MAX_NAME_LENGTH)
                && text(unit, true, BudgetUnit.MAX_LENGTH) && integer(year, true, FiscalYear.MIN, FiscalYear.MAX)
                && constant(fundCategory, true, FundCategory.class) && constant(kind, false, EvaluationKind.class)
                && constant(evaluator, false, Evaluator.class) && text(goal, false, Goal.MAX_TEXT_LENGTH)
                && integer(goalVersion, false, 1, Integer.MAX_VALUE) && record(budget, true)
                && PlainlyValid.list(indicators, true, WrittenIndicator::plainlyValid) && record(findings, false)
                && record(history, false) && record(exAnte, false) && record(transfer, false)
                && decimal(reportReviewScore, false, DecimalText.MAX_DECIMALS)
                && PlainlyValid.list(frameItems, false, WrittenFrameItem::plainlyValid)
                && decimal(reportedTotal, false, DecimalText.MAX_DECIMALS) && constant(reportedGrade, false, Grade.class);
    }

    static WrittenProject read(Members m) {
        return new WrittenProject(m.text("id"), m.text("name"), m.text("unit"), m.integer("year"),
                m.text("fundCategory"), m.text("kind"), m.text("evaluator"), m.text("goal"), m.integer("goalVersion"),
                object(m, "flags", WrittenFlags::read), object(m, "budget", WrittenBudget::read),
                list(m, "indicators", WrittenIndicator::read), object(m, "findings", WrittenFindings::read),
                object(m, "history", WrittenHistory::read), object(m, "exAnte", WrittenExAnte::read),
                object(m, "transfer", WrittenTransfer::read), m.decimal("reportReviewScore"),
                list(m, "frameItems", WrittenFrameItem::read), m.decimal("reportedTotal"), m.text("reportedGrade"));
    }

    /** An object member read into its record, or null. */
    static <T> @Nullable T object(Members m, String name, Function<Members, T> reader) {
        Members members = m.object(name);
        return members == null ? null : reader.apply(members);
    }

    /** An array of objects read into records, or null; an element that is not an object is null. */
    static <T> @Nullable List<@Nullable T> list(Members m, String name, Function<Members, T> reader) {
        return m.list(name, (node, at) -> {
            Members element = Members.of(node, at, name, m.problems());
            return element == null ? null : reader.apply(element);
        });
    }
}
