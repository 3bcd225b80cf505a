package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a figure holds (the key's {@code @place}): place names after a locative in the figure's
 * clause or right before its noun (several inside one parent give the parent, else the nearest),
 * else a place the clause is in apposition to, else the article's home place.
 */
final class PlaceScope {
    private final Vocabulary v;

    PlaceScope(Vocabulary v) {
        this.v = v;
    }

    /** A place name written in capitals ("GAZA CITY" in a dateline) that the gazetteer does not spell so. */
    static boolean shouted(Vocabulary v, Tokens t, int k, PhraseTable.Entry<Vocabulary.Place> p) {
        return allCaps(t, k, k + p.length()) && !v.upperCaseNames.contains(t.text(k, k + p.length()));
    }

    private static boolean allCaps(Tokens t, int a, int b) {
        String x = t.text(a, b);
        return x.length() > 2 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && !x.equals(x.toLowerCase(java.util.Locale.ROOT));
    }

    /** The place key of the figure; {@code in} is the clause's reach ({@link Clause#reach}). */
    String place(Clause c, boolean[] in, String homePlace) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        Figure f = c.figure();
        int[] own = x.range(c.id());
        List<String> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int lastEnd = -10;
        for (int k = s; k < e; k++) {
            if (!in[k - s] || x.inAttribution(k) || !t.capitalised(k)) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, k, e);
            if (p == null || shouted(v, t, k, p)) {
                continue;
            }
            int end = k + p.length();
            if (end < e && (t.is(end, "'s") || t.is(end, "'"))) {
                k = end - 1;
                continue;
            }
            boolean loc = locative(t, s, k) || (k - 1 > s && (t.is(k - 1, "and") || t.is(k - 1, "or") || t.is(k - 1, ","))
                    && !at.isEmpty() && lastEnd == k - 1);
            boolean mod = end < e && (v.counted.at(t, end, e) != null && end >= f.end && end <= f.end + 3
                    || v.measures.at(t, end, e) != null && !f.isCount());
            if (loc || mod) {
                found.add(p.value().key());
                at.add(k);
                lastEnd = end;
            }
            k = end - 1;
        }
        if (found.isEmpty() && own[0] > s) {
            int first = own[0];
            boolean appositive = t.is(first, "a") || t.is(first, "an") || t.is(first, "where") || t.is(first, "the");
            int prev = first - 1;
            while (prev >= s && x.seg(prev) == Sentence.BOUNDARY) {
                prev--;
            }
            if (appositive && prev >= s) {
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.endingAt(t, prev + 1, s);
                if (p != null && t.capitalised(prev + 1 - p.length())) {
                    return p.value().key();
                }
            }
        }
        if (found.isEmpty()) {
            return homePlace;
        }
        String common = commonAncestor(found);
        if (common != null) {
            return common;
        }
        int best = 0;
        for (int i = 1; i < found.size(); i++) {
            if (Math.abs(at.get(i) - f.first) < Math.abs(at.get(best) - f.first)) {
                best = i;
            }
        }
        return found.get(best);
    }

    /** Whether the place name at k follows a locative ("in", "across", …), past directions, "the city of" and adjectives. */
    private boolean locative(Tokens t, int s, int k) {
        int j = k - 1;
        while (j >= s) {
            if (v.directions.contains(t.lower[j]) || t.is(j, "the") || t.is(j, "-") || t.is(j, "of")
                    || (j - 1 >= s && t.is(j - 1, "-") && t.attached(j)) || (t.isWord(j) && t.is(j + 1, "-"))
                    || v.placeAdjectives.at(t, j, k) != null) {
                j--;
                continue;
            }
            PhraseTable.Entry<Boolean> st = v.settlements.endingAt(t, j + 1, s);
            if (st != null && t.is(j + 1, "of")) {
                j -= st.length();
                continue;
            }
            break;
        }
        return j >= s && v.locatives.contains(t.lower[j]) && !(t.is(j + 1, "of"));
    }

    private String commonAncestor(List<String> keys) {
        List<String> candidates = v.lineage(keys.get(0));
        for (String c : candidates) {
            boolean all = true;
            for (String k : keys) {
                if (!v.lineage(k).contains(c)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return c;
            }
        }
        return null;
    }
}
