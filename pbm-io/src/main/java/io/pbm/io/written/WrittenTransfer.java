package io.pbm.io.written;

import static io.pbm.io.json.PlainlyValid.list;
import static io.pbm.io.json.PlainlyValid.record;
import static io.pbm.io.json.PlainlyValid.text;

import io.pbm.core.goal.Indicator;
import io.pbm.core.project.Project;
import io.pbm.io.json.Members;
import io.pbm.io.json.PlainlyValid;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code transfer} as written: the higher-level transfer's id and its indicators' targets (R-GOAL-6). */
record WrittenTransfer(
        @NotBlank @Size(max = Project.MAX_ID_LENGTH) @Nullable String id,
        @NotNull @Nullable List<@NotNull @Valid @Nullable Target> indicators) implements PlainlyValid {

    @Override
    public boolean plainlyValid() {
        return text(id, true, Project.MAX_ID_LENGTH) && list(indicators, true, Target::plainlyValid);
    }

    /**
     * A parent indicator's name and target.
     *
     * @param name  the name
     * @param target  the target
     */
    record Target(@NotBlank @Size(max = Indicator.MAX_NAME_LENGTH) @Nullable String name,
            @NotNull @Valid @Nullable WrittenValue target) implements PlainlyValid {

        @Override
        public boolean plainlyValid() {
            return text(name, true, Indicator.MAX_NAME_LENGTH) && record(target, true);
        }
    }

    static WrittenTransfer read(Members m) {
        return new WrittenTransfer(m.text("id"), m.list("indicators", (node, at) -> {
            Members target = Members.of(node, at, "indicators", m.problems());
            return target == null ? null : new Target(target.text("name"), WrittenValue.of(target.scalar("target")));
        }));
    }
}
