package io.pbm.io.policy;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.pbm.io.DocumentException;
import io.pbm.io.hostile.Garbage;
import io.pbm.rules.policy.Presets;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Garbage through the policy reader (issue #8, "Fuzzing"): random bytes, soups of JSON tokens made of a
 * policy file's own names and values, and whole policy files (every parameter of XINJIANG, or an
 * {@code extends} file) cut short or with bytes changed. A policy file is one record: it is read, or
 * refused with one {@link DocumentException} listing its problems — nothing else escapes.
 */
class GarbagePolicyProperties {

    private static final String FULL = PolicyFile.toJson(Presets.XINJIANG);
    private static final String EXTENDS = PolicyFile.toJson(Presets.MOF_2020.withGradeScale(io.pbm.core.grade.GradeScale.XINJIANG), Presets.MOF_2020);

    /** The names and scalar values of a full policy file, and JSON's punctuation. */
    private static final List<String> TOKENS = tokens(FULL);

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> soup = Arbitraries.of(TOKENS).list().ofMaxSize(60).map(t -> String.join("", t));
        return Arbitraries.oneOf(
                Garbage.bytes(300),
                soup.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                soup.map(s -> ("{\"format\": \"pbm-policy/1\", " + s).getBytes(StandardCharsets.UTF_8)),
                Garbage.damaged(FULL.getBytes(StandardCharsets.UTF_8)),
                Garbage.damaged(EXTENDS.getBytes(StandardCharsets.UTF_8)));
    }

    @Property
    void garbageIsAPolicyOrRefusedWithADocumentException(@ForAll("files") byte[] file) {
        try {
            assertNotNull(PolicyFile.read(new ByteArrayInputStream(file)));
        } catch (DocumentException refused) {
            Garbage.checkRefusal(refused);
        }
    }

    private static List<String> tokens(String json) {
        TreeSet<String> tokens = new TreeSet<>(List.of("{", "}", "[", "]", ",", ":", " ", "null", "true", "-1",
                "1e999999999", "\"\"", "99999999999999999999", "\"MOF_2020\"", "\"XINJIANG\"", "\"extends\""));
        Matcher m = Pattern.compile("\"[^\"]*\"|-?\\d+(\\.\\d+)?|true|false").matcher(json);
        while (m.find()) {
            tokens.add(m.group());
        }
        return List.copyOf(tokens);
    }
}
