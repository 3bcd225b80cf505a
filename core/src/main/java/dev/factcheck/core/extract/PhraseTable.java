package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Vocabulary phrases matched against token runs; the longest phrase wins. Read-only once built. */
final class PhraseTable<V> {
    record Entry<V>(String[] words, V value) {
        int length() {
            return words.length;
        }
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    private final Map<String, List<Entry<V>>> byLast = new HashMap<>();
    /** Set by {@link #freeze}: filters over the first and last words, asked before the maps. */
    private WordFilter firsts;
    private WordFilter lasts;
    private static final Comparator<Entry<?>> LONGEST_FIRST = Comparator.comparingInt(e -> -e.words.length);

    void put(String phrase, V value) {
        if (firsts != null) {
            throw new IllegalStateException("phrase table already frozen");
        }
        String[] w = Tokens.words(phrase);
        if (w.length == 0) {
            return;
        }
        Entry<V> e = new Entry<>(w, value);
        insert(byFirst.computeIfAbsent(w[0], k -> new ArrayList<>()), e);
        insert(byLast.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()), e);
    }

    private void insert(List<Entry<V>> list, Entry<V> e) {
        list.removeIf(x -> Arrays.equals(x.words, e.words));
        list.add(e);
        list.sort(LONGEST_FIRST);
    }

    /** The first words of all phrases: a token not among them starts no phrase. */
    java.util.Set<String> firstWords() {
        return byFirst.keySet();
    }

    /**
     * Ends building: from now on a token whose word starts (ends) no phrase is turned away by a
     * {@link WordFilter} bit test, before the map is probed. Most tokens start no phrase of a table.
     */
    void freeze() {
        firsts = new WordFilter(byFirst.keySet());
        lasts = new WordFilter(byLast.keySet());
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
    Entry<V> at(Tokens t, int i, int limit) {
        if (i < 0 || i >= limit || i >= t.size || firsts != null && !firsts.mayContain(t, i)) {
            return null;
        }
        List<Entry<V>> list = byFirst.get(t.lower[i]);
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            int n = e.words.length;
            if (i + n > limit || i + n > t.size) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = t.lower[i + k].equals(e.words[k]);
            }
            if (ok) {
                return e;
            }
        }
        return null;
    }

    /** The longest phrase ending right before token {@code end} and starting at or after {@code floor}. */
    Entry<V> endingAt(Tokens t, int end, int floor) {
        int last = end - 1;
        if (last < floor || last < 0 || last >= t.size || lasts != null && !lasts.mayContain(t, last)) {
            return null;
        }
        List<Entry<V>> list = byLast.get(t.lower[last]);
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            int n = e.words.length;
            int s = end - n;
            if (s < floor || s < 0) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n - 1 && ok; k++) {
                ok = t.lower[s + k].equals(e.words[k]);
            }
            if (ok) {
                return e;
            }
        }
        return null;
    }

    /** Value of a one-word phrase, or null. */
    V word(String lowerWord) {
        if (firsts != null && !firsts.mayContain(lowerWord)) {
            return null;
        }
        List<Entry<V>> list = byFirst.get(lowerWord);
        if (list == null) {
            return null;
        }
        for (Entry<V> e : list) {
            if (e.words.length == 1) {
                return e.value;
            }
        }
        return null;
    }

    boolean hasWord(String lowerWord) {
        return word(lowerWord) != null;
    }
}
