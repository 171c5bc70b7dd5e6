package io.pbm.core.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pbm.core.InvalidValueException;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Worked examples of the duplicate-id registry, one for each shape of id, and what each costs. */
class ProjectIdsTest {

    /** An empty registry: 512 table references and sizes, and three empty arrays. */
    private static final long EMPTY = 16 + 16 + 512 * 8 + 16 + 16;

    private static final IntFunction<String> SAMPLE = i -> String.format("650000-2023-%07d", i);
    private static final IntFunction<String> BUDGET_CODE = i -> "65000023R" + (10_000_000_000L + i) + "X";

    @Test
    void anEmptyRegistryHoldsItsTableDirectoryOnly() {
        ProjectIds ids = new ProjectIds();
        assertEquals(0, ids.size());
        assertEquals(EMPTY, ids.footprint());
    }

    @Test
    void theFirstPackedIdTakesATableOfEightWords() {
        ProjectIds ids = new ProjectIds();
        assertTrue(ids.add("650000-2023-0000001"));
        assertEquals(EMPTY + 16 + 8 * 8, ids.footprint());
        assertFalse(ids.add("650000-2023-0000001"));
        assertEquals(1, ids.size());
    }

    @Test
    void theFirstHashedIdTakesATableOfEightWordsAndOneChunk() {
        ProjectIds ids = new ProjectIds();
        assertTrue(ids.add("65000023R00000012345X"));
        assertEquals(EMPTY + 8 * 8 + 16 * 4 + 16 + (1 << 14), ids.footprint());
        assertFalse(ids.add("65000023R00000012345X"));
        assertEquals(1, ids.size());
    }

    @Test
    void sampleIdsOfNineteenCharactersArePacked() {
        assertEquals((6 + 1) * 12 + 5 + 1, ProjectIds.high("650000-2023-0000001"));
        assertEquals(ProjectIds.low("0000-2023-0000001"), ProjectIds.low("650000-2023-0000001"));
        assertEquals(0, ProjectIds.high("0000-2023-0000001"));
        assertEquals(1, ProjectIds.low("0"));
        assertEquals(11, ProjectIds.low("-"));
        assertEquals(12 + 2, ProjectIds.low("01"));
    }

    @Test
    void onlyCodesOfAtMostTwentyDigitsAndHyphensArePacked() {
        assertEquals(11 * 144 + 11 * 12 + 11, ProjectIds.high("--------------------"));
        assertEquals(-1, ProjectIds.high("999999999999999999999"));
        assertEquals(-1, ProjectIds.high("XJ-1"));
        assertEquals(-1, ProjectIds.high("65000023R00000012345"));
        assertEquals(-1, ProjectIds.high("0/"));
        assertEquals(-1, ProjectIds.high(":"));
        assertEquals(-1, ProjectIds.high("项"));
        assertEquals(-1, ProjectIds.high(""));
    }

    @Test
    void packedIdsThatShareTheirLastSeventeenCharactersAreToldApart() {
        ProjectIds ids = new ProjectIds();
        String tail = "0-2023-0000000001";
        for (String head : new String[] {"", "0", "1", "-", "00", "01", "10", "000", "999", "---"}) {
            assertTrue(ids.add(head + tail), head);
        }
        for (String head : new String[] {"", "0", "1", "-", "00", "01", "10", "000", "999", "---"}) {
            assertFalse(ids.add(head + tail), head);
        }
        assertEquals(10, ids.size());
    }

    @Test
    void nearCollisionsOfEveryShapeAreToldApartWhenEveryHashAgrees() {
        ProjectIds ids = new ProjectIds(id -> 42L);
        String[] near = {
            "65000023R00000012345X", "65000023R00000012345Y", "65000023r00000012345X", "65000023R00000012345",
            "650000-2023-00000001-", "650000-2023-00000001.", "650000-2023-00000001/", "650000-2023-00000001_",
            "550e8400-e29b-41d4-a716-446655440000", "550e8400-e29b-41d4-a716-446655440001",
            "项目甲", "项目乙", "项目甲 ", "", "0", "00", "A", "AA", "_", "é", "e",
            "\uD83D", "\uDE00", "?", "\uD83D\uDE00", "??", "\uDE00\uD83D", "\uD83D?"};
        for (String id : near) {
            assertTrue(ids.add(id), id);
        }
        for (String id : near) {
            assertFalse(ids.add(id), id);
        }
        assertEquals(near.length, ids.size());
    }

    @Test
    void idsOfDigitsAndPunctuationAreEncodedTwoCharactersAByte() {
        // Header: 21 characters, kind 1; then 11 bytes of nibbles, the last half padded.
        byte[] encoded = ProjectIds.encode("650000-2023-00000001.");
        assertEquals(1 + 11, encoded.length);
        assertEquals(21 << 2 | ProjectIds.NIBBLES, encoded[0]);
        assertEquals(0x65, encoded[1]);
        assertEquals((byte) 0xB0, encoded[11]);
        assertArrayEquals(new byte[] {3 << 2 | ProjectIds.NIBBLES, (byte) 0xAB, (byte) 0xD0},
                ProjectIds.encode("-./"));
        assertArrayEquals(new byte[] {ProjectIds.NIBBLES}, ProjectIds.encode(""));
    }

    @Test
    void budgetCodesAndUuidsAreEncodedFourCharactersInThreeBytes() {
        byte[] encoded = ProjectIds.encode("65000023R00000012345X");
        assertEquals(1 + 16, encoded.length);
        assertEquals(21 << 2 | ProjectIds.SIXBITS, encoded[0]);
        // '6' '5' '0' '0' → 000110 000101 000000 000000
        assertArrayEquals(new byte[] {0x18, 0x50, 0x00}, java.util.Arrays.copyOfRange(encoded, 1, 4));
        // 'A' 'a' 'z' '_' → 001010 100100 111101 111111
        assertArrayEquals(new byte[] {4 << 2 | ProjectIds.SIXBITS, 0x2A, 0x4F, 0x7F}, ProjectIds.encode("Aaz_"));
        assertEquals(2 + 27, ProjectIds.encode("550e8400-e29b-41d4-a716-446655440000").length);
    }

    @Test
    void otherIdsAreEncodedInUtf8() {
        assertArrayEquals(new byte[] {3 << 2, (byte) 0xE9, (byte) 0xA1, (byte) 0xB9}, ProjectIds.encode("项"));
        assertArrayEquals(new byte[] {2 << 2, 'A', '+'}, ProjectIds.encode("A+"));
        byte[] longId = ProjectIds.encode("项".repeat(100_000));
        assertEquals(3 + 300_000, longId.length);
        assertEquals(longId.length, ProjectIds.encodedLength(longId, 0));
    }

    @Test
    void idsWithASurrogateAreEncodedInUtf16ForUtf8WouldLoseALoneOne() {
        assertArrayEquals(new byte[] {2 << 2 | ProjectIds.UTF16, (byte) 0xD8, 0x3D}, ProjectIds.encode("\uD83D"));
        assertArrayEquals(new byte[] {6 << 2 | ProjectIds.UTF16, 0, 'A', (byte) 0xD8, 0x3D, (byte) 0xDE, 0x00},
                ProjectIds.encode("A\uD83D\uDE00"));
    }

    @Test
    void anIdLongerThanAChunkGetsAChunkOfItsOwn() {
        ProjectIds ids = new ProjectIds();
        String big = "项".repeat(20_000);
        assertTrue(ids.add("A"));
        assertTrue(ids.add(big));
        assertTrue(ids.add("B"));
        assertFalse(ids.add(big));
        assertFalse(ids.add("A"));
        assertFalse(ids.add("B"));
        assertTrue(ids.add(big + "甲"));
        assertEquals(EMPTY + 8 * 8 + 16 * 4 + 4 * 16 + 2 * (1 << 14) + 60_003 + 60_006, ids.footprint());
    }

    @Test
    void aFullArenaRefusesNamingTheIds() {
        ProjectIds ids = new ProjectIds(ProjectIds::hash64, 2);
        assertTrue(ids.add("A".repeat(20_000)));
        assertTrue(ids.add("B".repeat(20_000)));
        assertTrue(ids.add("650000-2023-0000001"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ids.add("C".repeat(20_000)));
        assertTrue(e.getMessage().contains("ids"), e.getMessage());
        assertEquals(3, ids.size());
    }

    @Test
    void aNullIdIsRejected() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new ProjectIds().add(null));
        assertEquals("id is null", e.getMessage());
    }

    @Test
    void aMillionSampleIdsCostAtMost16BytesEach() {
        // footprint() is deterministic: 512 tables, most of 3,444 words, some of 2,296 (53 % to 80 % full).
        ProjectIds ids = new ProjectIds();
        int n = 1_000_000;
        char[] id = "650000-2023-0000000".toCharArray();
        for (int i = 1; i <= n; i++) {
            for (int at = id.length - 1; ++id[at] > '9'; at--) {
                id[at] = '0';
            }
            assertTrue(ids.add(new String(id)));
        }
        assertEquals(n, ids.size());
        assertEquals(14_091_424, ids.footprint());
        assertTrue(ids.footprint() <= 16L * n, "bytes: " + ids.footprint());
        assertFalse(ids.add(SAMPLE.apply(1)));
        assertFalse(ids.add(SAMPLE.apply(n)));
        assertTrue(ids.add(SAMPLE.apply(n + 1)));
    }

    @Test
    void aHundredThousandBudgetCodesCostTheirSeventeenBytesAndATableWord() {
        ProjectIds ids = new ProjectIds();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            assertTrue(ids.add(BUDGET_CODE.apply(i)));
        }
        assertTrue(ids.footprint() <= (17L + 16) * n, "bytes: " + ids.footprint());
        for (int i = 0; i < n; i += 997) {
            assertFalse(ids.add(BUDGET_CODE.apply(i)));
        }
        assertEquals(n, ids.size());
    }
}
