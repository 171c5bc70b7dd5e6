package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.constant;
import static io.pbm.io.json.PlainlyValid.integer;
import static io.pbm.io.json.PlainlyValid.list;

import io.pbm.core.FiscalYear;
import io.pbm.core.grade.Grade;
import io.pbm.io.json.ConstantOf;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code history} as written: evaluated years (R-PLAN-1), last year's self-evaluation (R-GOAL-5), last year's grade (R-MON-6). */
record WrittenHistory(
        @Nullable List<@NotNull @Min(FiscalYear.MIN) @Max(FiscalYear.MAX) @Nullable Integer> evaluatedYears,
        @Nullable Boolean lastYearSelfEvaluated,
        @ConstantOf(Grade.class) @Nullable String previousGrade) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return list(evaluatedYears, false, y -> integer(y, true, FiscalYear.MIN, FiscalYear.MAX))
                && constant(previousGrade, false, Grade.class);
    }

    static WrittenHistory read(Members m) {
        return new WrittenHistory(m.list("evaluatedYears", (node, at) -> m.integer(node, at, "evaluatedYears")),
                m.bool("lastYearSelfEvaluated"), m.text("previousGrade"));
    }
}
