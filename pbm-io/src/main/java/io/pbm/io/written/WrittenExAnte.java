package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.decimal;

import io.pbm.core.DecimalText;
import io.pbm.io.json.Decimal;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** {@code exAnte} as written: the five dimension scores (R-EXANTE-1) and the third-party re-assessment (R-EXANTE-4). */
record WrittenExAnte(
        @NotNull @Decimal @Nullable String necessity,
        @NotNull @Decimal @Nullable String economy,
        @NotNull @Decimal @Nullable String goalSoundness,
        @NotNull @Decimal @Nullable String feasibility,
        @NotNull @Decimal @Nullable String fundingCompliance,
        @Nullable Boolean thirdPartyReassessed) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return decimal(necessity, true, DecimalText.MAX_DECIMALS) && decimal(economy, true, DecimalText.MAX_DECIMALS)
                && decimal(goalSoundness, true, DecimalText.MAX_DECIMALS)
                && decimal(feasibility, true, DecimalText.MAX_DECIMALS)
                && decimal(fundingCompliance, true, DecimalText.MAX_DECIMALS);
    }

    static WrittenExAnte read(Members m) {
        return new WrittenExAnte(m.decimal("necessity"), m.decimal("economy"), m.decimal("goalSoundness"),
                m.decimal("feasibility"), m.decimal("fundingCompliance"), m.bool("thirdPartyReassessed"));
    }
}
