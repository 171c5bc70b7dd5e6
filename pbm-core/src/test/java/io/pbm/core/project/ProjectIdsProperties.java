package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The duplicate-id registry is exact — a packed id never collides, hashed ids that collide are told
 * apart by their bytes — and grows by about 16 bytes an id.
 */
class ProjectIdsProperties {

    @Provide
    Arbitrary<List<String>> ids() {
        Arbitrary<String> packable = Arbitraries.strings().withChars("0123456789-").ofMinLength(1).ofMaxLength(17);
        Arbitrary<String> other = Arbitraries.strings().withChars("0123456789-AB县").ofMinLength(1).ofMaxLength(25);
        Arbitrary<String> few = Arbitraries.of("652826-2023-017", "652826-2023-018", "XJ-2023-001", "项目甲", "0", "-");
        return Arbitraries.oneOf(packable, other, few).list().ofMaxSize(300);
    }

    @Property
    void theRegistryAgreesWithAHashSet(@ForAll("ids") List<String> ids) {
        agreesWithAHashSet(new ProjectIds(), ids);
    }

    @Property
    void hashedIdsThatCollideAreToldApartByTheirBytes(@ForAll("ids") List<String> ids) {
        // Every hash the same: only the collision fall-back can tell ids apart.
        agreesWithAHashSet(new ProjectIds(id -> 42L), ids);
    }

    private static void agreesWithAHashSet(ProjectIds registry, List<String> ids) {
        Set<String> model = new HashSet<>();
        for (String id : ids) {
            assertEquals(model.add(id), registry.add(id), id);
        }
        assertEquals(model.size(), registry.size());
    }

    @Property
    void packingLosesNothing(@ForAll("packable") String a, @ForAll("packable") String b) {
        long pa = ProjectIds.pack(a);
        long pb = ProjectIds.pack(b);
        assertTrue(pa > 0 && pb > 0);
        assertEquals(a.equals(b), pa == pb, a + " / " + b);
    }

    @Provide
    Arbitrary<String> packable() {
        return Arbitraries.strings().withChars("0123456789-").ofMinLength(1).ofMaxLength(17)
                .edgeCases(c -> c.add("0").add("00").add("-").add("99999999999999999").add("-----------------"));
    }

    @Test
    void onlyShortCodesOfDigitsAndHyphensArePacked() {
        assertNotEquals(0, ProjectIds.pack("652826-2023-017"));
        assertNotEquals(0, ProjectIds.pack("99999999999999999"));
        assertEquals(0, ProjectIds.pack("999999999999999999"));
        assertEquals(0, ProjectIds.pack("XJ-1"));
        assertEquals(0, ProjectIds.pack(""));
    }

    @Test
    void aHundredThousandCodesCostAbout16BytesEach() {
        ProjectIds registry = new ProjectIds();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            assertTrue(registry.add("652826-2023-" + i));
        }
        // At most three quarters full, doubled when passed: between 10.7 and 21.3 bytes an id.
        assertTrue(registry.footprint() <= 22L * n, "bytes: " + registry.footprint());
        for (int i = 0; i < n; i += 997) {
            assertTrue(!registry.add("652826-2023-" + i));
        }
    }

    @Test
    void otherIdsCostTheirBytesBesides() {
        ProjectIds registry = new ProjectIds();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            assertTrue(registry.add("XJ-2023-" + i));
        }
        assertTrue(registry.footprint() <= (22L + 2 * 13) * n, "bytes: " + registry.footprint());
        assertTrue(!registry.add("XJ-2023-77"));
    }
}
