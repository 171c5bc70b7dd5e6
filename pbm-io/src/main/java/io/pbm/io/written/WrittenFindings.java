package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.integer;

import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/** {@code findings} as written: the supervision findings behind the vetoes (R-VETO-1…4) and R-LINK-4. */
record WrittenFindings(
        @Nullable Boolean auditProblems,
        @Nullable Boolean majorMisuse,
        @Nullable Boolean authenticityFailed,
        @Min(0) @Nullable Integer unrectifiedFailedMonitoringRounds,
        @Nullable Boolean unrectifiedProblems) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return integer(unrectifiedFailedMonitoringRounds, false, 0, Integer.MAX_VALUE);
    }

    static WrittenFindings read(Members m) {
        return new WrittenFindings(m.bool("auditProblems"), m.bool("majorMisuse"), m.bool("authenticityFailed"),
                m.integer("unrectifiedFailedMonitoringRounds"), m.bool("unrectifiedProblems"));
    }
}
