package dev.factcheck.core.extract;

import java.util.Collection;

/**
 * A set of words kept as one bit per hash value (a one-hash Bloom filter): a word whose bit is clear
 * is certainly not in the set, so most look-ups of words that are not in it cost a bit test on the
 * word's cached hash code instead of a map probe. A set bit proves nothing; the caller then asks the
 * real set. Sized at 32 or more bits per word, so about 3 % of other words pass. Immutable.
 */
final class WordFilter {
    private final long[] bits;
    private final int mask;

    WordFilter(Collection<String> words) {
        int size = Long.SIZE;
        while (size < 32L * words.size() && size < (1 << 24)) {
            size <<= 1;
        }
        bits = new long[size / Long.SIZE];
        mask = size - 1;
        for (String w : words) {
            int h = slot(w);
            bits[h >>> 6] |= 1L << h;
        }
    }

    private int slot(String w) {
        return slot(w.hashCode());
    }

    private int slot(int hashCode) {
        return (hashCode ^ (hashCode >>> 16)) & mask;
    }

    /** False when {@code word} is certainly not one of the words; true when it may be. */
    boolean mayContain(String word) {
        int h = slot(word);
        return (bits[h >>> 6] & (1L << h)) != 0;
    }

    /** {@code mayContain(t.lower[i])}, from the hash code the tokeniser computed. */
    boolean mayContain(Tokens t, int i) {
        int h = slot(t.hash[i]);
        return (bits[h >>> 6] & (1L << h)) != 0;
    }
}
