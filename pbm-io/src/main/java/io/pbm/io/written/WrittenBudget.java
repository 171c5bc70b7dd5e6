package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.decimal;

import io.pbm.core.DecimalText;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * {@code budget} as written: amounts in 元 (2 decimals), the explanation of inconsistent amounts
 * (R-AUDIT-4) and, for a table check, the reported execution score (R-AUDIT-2).
 */
record WrittenBudget(
        @Decimal(maxDecimals = 2) @Nullable String initial,
        @NotNull @Decimal(maxDecimals = 2) @Nullable String adjusted,
        @Decimal(maxDecimals = 2) @Nullable String received,
        @NotNull @Decimal(maxDecimals = 2) @Nullable String spent,
        @Decimal(maxDecimals = 2) @Nullable String nextYearRequest,
        @Nullable String explanation,
        @Decimal @Nullable String reportedExecutionScore) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return decimal(initial, false, 2) && decimal(adjusted, true, 2) && decimal(received, false, 2)
                && decimal(spent, true, 2) && decimal(nextYearRequest, false, 2)
                && decimal(reportedExecutionScore, false, DecimalText.MAX_DECIMALS);
    }

    static WrittenBudget read(Members m) {
        return new WrittenBudget(m.decimal("initial"), m.decimal("adjusted"), m.decimal("received"), m.decimal("spent"),
                m.decimal("nextYearRequest"), m.text("explanation"), m.decimal("reportedExecutionScore"));
    }
}
