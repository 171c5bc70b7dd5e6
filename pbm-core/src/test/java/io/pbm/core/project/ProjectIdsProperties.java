package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The duplicate-id registry is exact — a packed id never collides, hashed ids that collide are told
 * apart by their encodings — whatever the ids' shapes and lengths.
 */
class ProjectIdsProperties {

    @Provide
    Arbitrary<List<String>> ids() {
        return ids(300);
    }

    @Provide
    Arbitrary<List<String>> fewerIds() {
        // Fewer: when every hash agrees, each id is compared with all before it.
        return ids(100);
    }

    private static Arbitrary<List<String>> ids(int most) {
        Arbitrary<String> packable = Arbitraries.strings().withChars("0123456789-").ofMinLength(1).ofMaxLength(21);
        Arbitrary<String> nibbles = Arbitraries.strings().withChars("019-._/").ofMaxLength(30);
        Arbitrary<String> codes = Arbitraries.strings().withChars("0159ARXZaz-_").ofMinLength(18).ofMaxLength(34);
        Arbitrary<String> other = Arbitraries.strings().withChars("0123456789-AB县 é\uD83D\uDE00").ofMaxLength(25);
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(40);
        // Longer than an arena chunk: repeated, since jqwik is slow to draw 16,000 characters one by one.
        Arbitrary<String> long_ = Arbitraries.strings().withChars("0A县").ofMinLength(1).ofMaxLength(3)
                .map(s -> s.repeat(16_400 / s.length()));
        Arbitrary<String> few = Arbitraries.of("650000-2023-0000001", "650000-2023-0000002", "65000023R00000012345X",
                "65000023R00000012345Y", "XJ-2023-001", "项目甲", "", "0", "00", "-", "A", "AA");
        return Arbitraries.frequencyOf(
                        Tuple.of(4, packable), Tuple.of(2, nibbles), Tuple.of(3, codes),
                        Tuple.of(2, other), Tuple.of(1, any), Tuple.of(4, few))
                .list().ofMaxSize(most)
                .flatMap(list -> long_.list().ofMaxSize(2).map(extra -> concat(list, extra)));
    }

    private static List<String> concat(List<String> list, List<String> extra) {
        List<String> all = new java.util.ArrayList<>(list);
        for (String e : extra) {
            all.add(e);
            all.add(e.substring(1));
            all.add(e);
        }
        return all;
    }

    @Property(tries = 200)
    void theRegistryAgreesWithAHashSet(@ForAll("ids") List<String> ids) {
        agreesWithAHashSet(new ProjectIds(), ids);
    }

    @Property(tries = 200)
    void hashedIdsThatCollideAreToldApartByTheirEncodings(@ForAll("fewerIds") List<String> ids) {
        // Every hash the same: only the collision fall-back can tell hashed ids apart.
        agreesWithAHashSet(new ProjectIds(id -> 42L), ids);
    }

    private static void agreesWithAHashSet(ProjectIds registry, List<String> ids) {
        Set<String> model = new HashSet<>();
        for (String id : ids) {
            assertEquals(model.add(id), registry.add(id), id);
            assertEquals(model.size(), registry.size());
        }
        for (String id : ids) {
            assertTrue(!registry.add(id), id);
        }
    }

    @Property
    void packingLosesNothing(@ForAll("packable") String a, @ForAll("packable") String b) {
        int ha = ProjectIds.high(a);
        int hb = ProjectIds.high(b);
        assertTrue(ha >= 0 && hb >= 0 && ha < 1 << 11 && hb < 1 << 11);
        long la = ProjectIds.low(a);
        long lb = ProjectIds.low(b);
        assertTrue(la > 0 && lb > 0 && la >>> 62 == 0 && lb >>> 62 == 0);
        assertEquals(a.equals(b), ha == hb && la == lb, a + " / " + b);
    }

    @Provide
    Arbitrary<String> packable() {
        return Arbitraries.strings().withChars("0123456789-").ofMinLength(1).ofMaxLength(20)
                .edgeCases(c -> c.add("0").add("00").add("-").add("99999999999999999999").add("--------------------")
                        .add("00000000000000000").add("000000000000000000"));
    }

    @Property
    void encodingLosesNothingAndStatesItsLength(@ForAll("anyId") String a, @ForAll("anyId") String b) {
        byte[] ea = ProjectIds.encode(a);
        byte[] eb = ProjectIds.encode(b);
        assertEquals(ea.length, ProjectIds.encodedLength(ea, 0));
        assertEquals(a.equals(b), java.util.Arrays.equals(ea, eb), a + " / " + b);
    }

    @Provide
    Arbitrary<String> anyId() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("01-._/").ofMaxLength(6),
                Arbitraries.strings().withChars("01Aa-_").ofMaxLength(6),
                Arbitraries.strings().withChars("01A县").ofMaxLength(6));
    }
}
