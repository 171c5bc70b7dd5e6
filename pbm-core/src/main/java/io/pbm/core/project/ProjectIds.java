package io.pbm.core.project;

import io.pbm.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.ToLongFunction;

/**
 * The ids seen in one batch, to reject a repeated id in a stream of millions of projects without
 * keeping the projects — used by pbm-io's readers and by the rules' pipeline: an open-addressing hash set of
 * 64-bit words, at most three quarters full, so it costs 10.7 to 21.3 bytes per id (about 16 on
 * average) — and it is always exact.
 *
 * <p>Each id becomes one 64-bit word:
 * <ul>
 *   <li>An id of at most 17 characters from {@code 0-9} and {@code -} — the common shape of project
 *       codes, such as {@code 652826-2023-017} — is <em>packed</em> into the word without loss (a
 *       positional number in base 12 with digits 1 to 11: distinct ids give distinct words). Equal
 *       words mean equal ids: no collision is possible.
 *   <li>Any other id is <em>hashed</em>: the word holds 31 bits of a 64-bit hash and the offset of the
 *       id's UTF-8 bytes in an append-only byte arena. Ids whose hashes agree are told apart by
 *       comparing their bytes — the collision fall-back — so two different ids are never taken for one,
 *       however the hash behaves (a test forces every hash to collide). Such an id costs its UTF-8
 *       length and one or two bytes more.
 * </ul>
 * The arena holds at most 2 GiB of ids (seven million ids of a hundred Chinese characters; far more of
 * the usual shapes); beyond it {@link #add} refuses.
 *
 * <p>Not thread-safe: one per batch, used by one thread.
 */
public final class ProjectIds {

    private static final long PACKED = 1L << 62;
    private static final int MAX_PACKED_LENGTH = 17;
    private static final long OFFSET_MASK = 0xFFFF_FFFFL;
    private static final int HASH_MASK = 0x7FFF_FFFF;

    private final ToLongFunction<String> hash;
    private long[] slots = new long[1 << 10];
    private int size;
    private byte[] arena = new byte[0];
    private int arenaEnd;

    /** Creates an empty registry with pbm's 64-bit hash. */
    public ProjectIds() {
        this(ProjectIds::hash64);
    }

    /**
     * Creates an empty registry with another hash — for tests that force collisions.
     *
     * @param hash  the 64-bit hash of an id
     */
    ProjectIds(ToLongFunction<String> hash) {
        this.hash = hash;
    }

    /**
     * Adds an id.
     *
     * @param id  the id, stripped, at most 100,000 characters
     * @return true if it is new, false if it was added before
     * @throws InvalidValueException if the arena of hashed ids is full
     */
    public boolean add(String id) {
        java.util.Objects.requireNonNull(id, "id is null");
        long packed = pack(id);
        if (size + 1 > slots.length / 4 * 3) {
            grow();
        }
        return packed != 0 ? addPacked(packed) : addHashed(id);
    }

    /**
     * The ids added.
     *
     * @return the count
     */
    public int size() {
        return size;
    }

    /**
     * The bytes the registry holds: its table and its arena.
     *
     * @return the footprint in bytes
     */
    public long footprint() {
        return (long) slots.length * Long.BYTES + arena.length;
    }

    private boolean addPacked(long key) {
        int mask = slots.length - 1;
        for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                slots[i] = key;
                size++;
                return true;
            }
            if (slots[i] == key) {
                return false;
            }
        }
    }

    private boolean addHashed(String id) {
        int h = (int) (hash.applyAsLong(id) >>> 33) & HASH_MASK;
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        for (int i = (int) mix(h) & mask; ; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                slots[i] = Long.MIN_VALUE | ((long) h << 32) | append(bytes);
                size++;
                return true;
            }
            if (slot < 0 && (int) (slot >>> 32 & HASH_MASK) == h && sameBytes((int) (slot & OFFSET_MASK), bytes)) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long key : old) {
            if (key != 0) {
                int i = (int) home(key) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
            }
        }
    }

    /** Where a word's probe starts: from the packed id, or from the hash a hashed word keeps. */
    private static long home(long key) {
        return key < 0 ? mix((int) (key >>> 32 & HASH_MASK)) : mix(key);
    }

    /** Appends an id's length (7 bits a byte) and bytes; returns where it starts. */
    private int append(byte[] bytes) {
        int needed = 3 + bytes.length;
        if ((long) arenaEnd + needed > Integer.MAX_VALUE - 16) {
            throw new InvalidValueException("ids", Integer.toString(size), "at most 2 GiB of distinct ids");
        }
        if (arenaEnd + needed > arena.length) {
            arena = Arrays.copyOf(arena, (int) Math.min(Integer.MAX_VALUE - 16L,
                    Math.max(arenaEnd + (long) needed, Math.max(4096L, arena.length * 2L))));
        }
        int start = arenaEnd;
        int length = bytes.length;
        while (length >= 0x80) {
            arena[arenaEnd++] = (byte) (length & 0x7F | 0x80);
            length >>>= 7;
        }
        arena[arenaEnd++] = (byte) length;
        System.arraycopy(bytes, 0, arena, arenaEnd, bytes.length);
        arenaEnd += bytes.length;
        return start;
    }

    private boolean sameBytes(int offset, byte[] bytes) {
        int at = offset;
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = arena[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return length == bytes.length && Arrays.equals(arena, at, at + length, bytes, 0, length);
    }

    /**
     * Packs an id of at most 17 characters of {@code 0-9} and {@code -} into 61 bits, without loss;
     * 0 for any other id.
     */
    static long pack(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_PACKED_LENGTH) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' + 1 : c == '-' ? 11 : 0;
            if (digit == 0) {
                return 0;
            }
            value = value * 12 + digit;
        }
        return PACKED | value;
    }

    /** FNV-1a over the UTF-16 characters, then MurmurHash3's finaliser. */
    static long hash64(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long key) {
        long k = key;
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
