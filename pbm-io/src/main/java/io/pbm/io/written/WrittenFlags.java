package io.pbm.io.written;

import io.pbm.io.json.Members;
import org.jspecify.annotations.Nullable;

/**
 * {@code flags} as written: {@code new}, {@code key}, {@code oneTime}, {@code major} — plain booleans,
 * whose only possible fault, a wrong type, is found while reading them.
 */
record WrittenFlags(@Nullable Boolean newProject, @Nullable Boolean key, @Nullable Boolean oneTime,
        @Nullable Boolean major) {

    static WrittenFlags read(Members m) {
        return new WrittenFlags(m.bool("new"), m.bool("key"), m.bool("oneTime"), m.bool("major"));
    }
}
