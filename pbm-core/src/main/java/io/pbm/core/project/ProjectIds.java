package io.pbm.core.project;

import io.pbm.core.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The ids seen in one batch, to reject a repeated id in a stream of millions of projects without
 * keeping the projects — used by pbm-io's readers and by the rules' pipeline. It is always exact: two
 * different ids are never taken for one, whatever the ids and however the hash behaves.
 *
 * <p>Each id becomes one 64-bit word in an open-addressing table (linear probing) that is kept between
 * 53 % and 80 % full: it grows by half when passed, so a word costs 10 to 15 bytes.
 * <ul>
 *   <li>An id of at most 20 characters from {@code 0-9} and {@code -} — the common shape of project
 *       codes, such as {@code 650000-2023-0000001} — is <em>packed</em> without loss: its last 17
 *       characters become a base-12 number with digits 1 to 11 (61.9 bits), the first three at most a
 *       second such number of 11 bits; two of those bits ride in the word's free top bits, the other nine
 *       choose one of 512 tables (mixed with the word, so the tables fill evenly) and are not stored at
 *       all. Distinct ids give distinct (table, word) pairs: no collision is possible. Such an id costs
 *       10 to 15 bytes.
 *   <li>Any other id is <em>hashed</em>: the word holds 32 bits of a 64-bit hash and where the id's
 *       encoding lies in an arena of fixed 16 KiB chunks (no doubling slack, no copying). Ids whose
 *       hashes agree are told apart by comparing their encodings — the collision fall-back — and an
 *       encoding is injective (kind and length in its header), so equal encodings mean equal ids. The
 *       encoding packs two characters a byte for ids of digits and {@code -._/}, four characters in
 *       three bytes for ids of {@code 0-9A-Za-z-_} (budget-system codes, UUIDs), and is UTF-8 otherwise
 *       (UTF-16 if the id holds a surrogate, since UTF-8 turns a lone one into {@code ?}).
 *       Such an id costs its encoding (a 21-character budget code: 17 bytes) and 10 to 15 bytes more.
 * </ul>
 * The arena holds at most 262,144 chunks (4 GiB of ids of the usual shapes); beyond it {@link #add}
 * refuses.
 *
 * <p>Not thread-safe: one per batch, used by one thread.
 */
public final class ProjectIds {

    /** Bits of a packed id that choose its table instead of being stored. */
    static final int TABLE_BITS = 9;
    private static final int TABLES = 1 << TABLE_BITS;
    private static final int MAX_PACKED_LENGTH = 20;
    private static final int LOW_LENGTH = 17;
    private static final long LOW_MASK = (1L << 62) - 1;
    private static final int MIN_CAPACITY = 8;
    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MAX_CHUNKS = 1 << (32 - CHUNK_BITS);
    /** What a JVM spends on an array besides its elements (compressed references: 16 bytes at most). */
    private static final int ARRAY_HEADER = 16;

    /** The longest id whose header can count its bytes (at most three a character, times four for the kind). */
    static final int MAX_LENGTH = ((1 << 29) - 1) / 3;
    static final int UTF8 = 0;
    static final int NIBBLES = 1;
    static final int SIXBITS = 2;
    static final int UTF16 = 3;
    private static final String NIBBLE_CHARS = "0123456789-._/";
    private static final String SIXBIT_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    private static final byte[] NIBBLE_CODE = codes(NIBBLE_CHARS);
    private static final byte[] SIXBIT_CODE = codes(SIXBIT_CHARS);

    private final ToLongFunction<String> hash;
    private final int maxChunks;
    private final long[][] packed = new long[TABLES][];
    private final int[] packedSizes = new int[TABLES];
    private long packedFootprint;
    private long[] hashed = new long[0];
    private int hashedSize;
    private byte[][] chunks = new byte[0][];
    private int chunkCount;
    private int chunkEnd;
    private long chunkFootprint;
    private int size;

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
        this(hash, MAX_CHUNKS);
    }

    /**
     * Creates an empty registry with another hash and a smaller arena — for tests that fill it.
     *
     * @param hash  the 64-bit hash of an id
     * @param maxChunks  the most chunks the arena may take
     */
    ProjectIds(ToLongFunction<String> hash, int maxChunks) {
        this.hash = hash;
        this.maxChunks = maxChunks;
    }

    /**
     * Adds an id.
     *
     * @param id  the id, stripped, at most 100,000 characters, not null
     * @return true if it is new, false if it was added before
     * @throws InvalidValueException if the arena of hashed ids is full
     */
    public boolean add(String id) {
        Objects.requireNonNull(id, "id is null");
        int high = high(id);
        boolean added = high >= 0 ? addPacked(high, low(id)) : addHashed(id);
        if (added) {
            size++;
        }
        return added;
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
     * The bytes the registry holds: its tables and its arena, array headers included.
     *
     * @return the footprint in bytes
     */
    public long footprint() {
        return 2L * ARRAY_HEADER + (long) TABLES * (Integer.BYTES + Integer.BYTES) + packedFootprint
                + ARRAY_HEADER + (long) hashed.length * Long.BYTES
                + ARRAY_HEADER + (long) chunks.length * Integer.BYTES + chunkFootprint;
    }

    private boolean addPacked(int high, long low) {
        long word = low | (long) (high & 3) << 62;
        int t = ((high >>> 2) ^ (int) (mix(low) >>> (64 - TABLE_BITS))) & (TABLES - 1);
        long[] table = packed[t];
        if (table == null || packedSizes[t] + 1 > table.length / 5 * 4) {
            packedFootprint -= table == null ? -ARRAY_HEADER : (long) table.length * Long.BYTES;
            table = grow(table, false);
            packedFootprint += (long) table.length * Long.BYTES;
            packed[t] = table;
        }
        int n = table.length;
        for (int i = home(packedHome(word), n); ; i = i + 1 == n ? 0 : i + 1) {
            long slot = table[i];
            if (slot == 0) {
                table[i] = word;
                packedSizes[t]++;
                return true;
            }
            if (slot == word) {
                return false;
            }
        }
    }

    private boolean addHashed(String id) {
        long h = (hash.applyAsLong(id) >>> 32 | 1) << 32;
        byte[] encoded = encode(id);
        if (hashedSize + 1 > hashed.length / 5 * 4) {
            hashed = grow(hashed.length == 0 ? null : hashed, true);
        }
        long[] table = hashed;
        int n = table.length;
        for (int i = home(hashedHome(h), n); ; i = i + 1 == n ? 0 : i + 1) {
            long slot = table[i];
            if (slot == 0) {
                table[i] = h | append(encoded);
                hashedSize++;
                return true;
            }
            if ((slot & 0xFFFF_FFFF_0000_0000L) == h && same((int) slot, encoded)) {
                return false;
            }
        }
    }

    /** A table half as big again (the words rehomed), or a new one. */
    private static long[] grow(long[] old, boolean hashedWords) {
        if (old == null) {
            return new long[MIN_CAPACITY];
        }
        long[] table = new long[old.length + old.length / 2];
        int n = table.length;
        for (long word : old) {
            if (word != 0) {
                int i = home(hashedWords ? hashedHome(word) : packedHome(word), n);
                while (table[i] != 0) {
                    i = i + 1 == n ? 0 : i + 1;
                }
                table[i] = word;
            }
        }
        return table;
    }

    /**
     * The 32 probing bits of a packed word: the low half of its mix, for the high bits agree within a
     * table (they chose it).
     */
    private static int packedHome(long word) {
        return (int) mix(word);
    }

    /** The 32 probing bits of a hashed word: the hash bits it keeps. */
    private static int hashedHome(long word) {
        return (int) (word >>> 32);
    }

    /** Where a probe starts: 32 bits of hash scaled to the table (no power of two needed). */
    private static int home(int hash, int n) {
        return (int) ((hash & 0xFFFF_FFFFL) * n >>> 32);
    }

    /** Appends an encoding to the arena; returns its address (chunk and offset in 32 bits). */
    private int append(byte[] encoded) {
        int length = encoded.length;
        if (chunkCount == 0 || chunkEnd + length > chunks[chunkCount - 1].length) {
            if (chunkCount == maxChunks) {
                throw new InvalidValueException("ids", Integer.toString(size), "at most " + maxChunks
                        + " chunks of distinct ids");
            }
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, Math.max(16, chunkCount * 2));
            }
            // An encoding longer than a chunk gets a chunk of its own, to keep offsets within 14 bits.
            byte[] chunk = new byte[Math.max(CHUNK, length)];
            chunks[chunkCount++] = chunk;
            chunkFootprint += ARRAY_HEADER + chunk.length;
            chunkEnd = 0;
        }
        int address = (chunkCount - 1) << CHUNK_BITS | chunkEnd;
        System.arraycopy(encoded, 0, chunks[chunkCount - 1], chunkEnd, length);
        chunkEnd += length;
        return address;
    }

    private boolean same(int address, byte[] encoded) {
        byte[] chunk = chunks[address >>> CHUNK_BITS];
        int at = address & (CHUNK - 1);
        return encodedLength(chunk, at) == encoded.length
                && Arrays.equals(chunk, at, at + encoded.length, encoded, 0, encoded.length);
    }

    /** The length of the encoding at an offset, read from its header. */
    static int encodedLength(byte[] bytes, int offset) {
        int at = offset;
        int header = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[at++];
            header |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return at - offset + bodyLength(header & 3, header >>> 2);
    }

    private static int bodyLength(int kind, int count) {
        return kind == NIBBLES ? (count + 1) / 2 : kind == SIXBITS ? (count * 6 + 7) / 8 : count;
    }

    /**
     * Whether an id holds a surrogate: UTF-8 turns a lone one into {@code ?}, so ids that hold any are
     * kept in UTF-16, which loses nothing.
     */
    private static boolean hasSurrogate(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (Character.isSurrogate(id.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An injective encoding of an id: a header (its kind and its length in characters — in bytes for
     * UTF-8 and UTF-16 — 7 bits a byte) and its characters: two a byte or four in three bytes where they
     * allow, else in UTF-8, or in UTF-16 if the id holds a surrogate (UTF-8 would lose a lone one).
     */
    static byte[] encode(String id) {
        int length = id.length();
        if (length > MAX_LENGTH) {
            throw new InvalidValueException("id", length + " characters", "at most " + MAX_LENGTH + " characters");
        }
        int kind = NIBBLES;
        for (int i = 0; i < length && kind != UTF8; i++) {
            char c = id.charAt(i);
            if (kind == NIBBLES && (c >= 128 || NIBBLE_CODE[c] < 0)) {
                kind = SIXBITS;
            }
            if (kind == SIXBITS && (c >= 128 || SIXBIT_CODE[c] < 0)) {
                kind = UTF8;
            }
        }
        if (kind == UTF8 && hasSurrogate(id)) {
            kind = UTF16;
        }
        byte[] utf8 = kind == UTF8 ? id.getBytes(StandardCharsets.UTF_8) : null;
        int count = kind == UTF8 ? utf8.length : kind == UTF16 ? 2 * length : length;
        int header = count << 2 | kind;
        int headerLength = 1;
        for (int rest = header >>> 7; rest != 0; rest >>>= 7) {
            headerLength++;
        }
        int bodyLength = bodyLength(kind, count);
        byte[] encoded = new byte[headerLength + bodyLength];
        int at = 0;
        while (header >= 0x80) {
            encoded[at++] = (byte) (header & 0x7F | 0x80);
            header >>>= 7;
        }
        encoded[at++] = (byte) header;
        if (kind == UTF8) {
            System.arraycopy(utf8, 0, encoded, at, count);
        } else if (kind == UTF16) {
            for (int i = 0; i < length; i++) {
                char c = id.charAt(i);
                encoded[at++] = (byte) (c >>> 8);
                encoded[at++] = (byte) c;
            }
        } else {
            int bits = kind == NIBBLES ? 4 : 6;
            byte[] code = kind == NIBBLES ? NIBBLE_CODE : SIXBIT_CODE;
            int buffer = 0;
            int buffered = 0;
            for (int i = 0; i < length; i++) {
                buffer = buffer << bits | code[id.charAt(i)];
                buffered += bits;
                if (buffered >= 8) {
                    buffered -= 8;
                    encoded[at++] = (byte) (buffer >>> buffered);
                }
            }
            if (buffered > 0) {
                encoded[at] = (byte) (buffer << (8 - buffered));
            }
        }
        return encoded;
    }

    /**
     * The base-12 number (digits 1 to 11) of a packable id's characters before its last 17 — 0 if there
     * are none; -1 if the id cannot be packed (empty, longer than 20, or not all {@code 0-9} and {@code -}).
     */
    static int high(String id) {
        int length = id.length();
        if (length == 0 || length > MAX_PACKED_LENGTH) {
            return -1;
        }
        int high = 0;
        int split = length - LOW_LENGTH;
        for (int i = 0; i < length; i++) {
            int digit = digit(id.charAt(i));
            if (digit == 0) {
                return -1;
            }
            if (i < split) {
                high = high * 12 + digit;
            }
        }
        return high;
    }

    /** The base-12 number (digits 1 to 11) of a packable id's last 17 characters at most: never 0. */
    static long low(String id) {
        long low = 0;
        for (int i = Math.max(0, id.length() - LOW_LENGTH); i < id.length(); i++) {
            low = low * 12 + digit(id.charAt(i));
        }
        return low;
    }

    private static int digit(char c) {
        return c >= '0' && c <= '9' ? c - '0' + 1 : c == '-' ? 11 : 0;
    }

    private static byte[] codes(String chars) {
        byte[] codes = new byte[128];
        Arrays.fill(codes, (byte) -1);
        for (int i = 0; i < chars.length(); i++) {
            codes[chars.charAt(i)] = (byte) i;
        }
        return codes;
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
