package dev.factcheck.core.extract;

import java.util.Map;

/**
 * What happened to what is counted ({@code predicates.yaml}): the nearest predicate phrase governing
 * the figure in its clause, a predicate inside the noun phrase, one after the base of a share, a
 * change verb before a share, and the default when there is none.
 */
final class PredicateFinder {
    private final Vocabulary v;

    PredicateFinder(Vocabulary v) {
        this.v = v;
    }

    /** The predicate with this key; one made up (a state, with place and no anchor) for a key the vocabulary lacks; null for null. */
    Vocabulary.Predicate byKey(String key) {
        if (key == null) {
            return null;
        }
        Vocabulary.Predicate p = v.predicatesByKey.get(key);
        return p != null ? p : new Vocabulary.Predicate(key, key, "state", true, false, false, Map.of());
    }

    /** A predicate between the figure and its noun ("a million displaced Palestinians"). */
    Vocabulary.Predicate modifier(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, to);
            if (p != null) {
                return p.value();
            }
        }
        return null;
    }

    /**
     * The nearest predicate phrase to the figure in its clause, searched after {@code from} and before
     * the figure; after wins ties. {@code where}, when given, receives the phrase's tokens.
     */
    Vocabulary.Predicate near(Clause c, int from, int[] where) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        Figure f = c.figure();
        int id = c.id();
        PhraseTable.Entry<Vocabulary.Predicate> after = null;
        int afterAt = -1;
        int dist = 0;
        for (int k = from; k < e && dist < 9; k++) {
            if (x.inParenthesis(k)) {
                continue;
            }
            if (x.seg(k) != id) {
                break;
            }
            dist++;
            if (t.is(k, "to") && k + 1 < e && t.isWord(k + 1) && v.predicates.at(t, k + 1, e) != null) {
                break;
            }
            if (t.is(k, "and") && k + 1 < e && (t.isNumber(k + 1) || v.numberWords.containsKey(t.lower[k + 1]))) {
                while (k + 1 < e && x.seg(k + 1) == id && !v.auxiliaries.contains(t.lower[k + 1])) {
                    k++;
                }
                continue;
            }
            if (v.attributionVerbs.at(t, k, e) != null && !v.attributionPredicates.contains(t.lower[k])) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, e);
            if (p != null) {
                after = p;
                afterAt = k;
                break;
            }
        }
        int afterDist = dist;
        PhraseTable.Entry<Vocabulary.Predicate> before = null;
        int beforeAt = -1;
        boolean content = false;
        dist = 0;
        for (int k = f.first - 1; k >= s && dist < 7; k--) {
            if (x.inParenthesis(k)) {
                continue;
            }
            if (x.seg(k) != id) {
                break;
            }
            dist++;
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.endingAt(t, k + 1, s);
            if (p != null && x.seg(k + 1 - p.length()) == id) {
                before = p;
                beforeAt = k + 1 - p.length();
                break;
            }
            if (!content && v.prepositions.contains(t.lower[k]) && !(t.is(k, "of") && k - 1 >= s && t.isWord(k - 1)
                    && !v.prepositions.contains(t.lower[k - 1]) && !v.determiners.contains(t.lower[k - 1]))) {
                break;
            }
            if (t.isWord(k) && !v.determiners.contains(t.lower[k])) {
                content = true;
            }
        }
        int beforeDist = dist;
        if (after == null && before == null) {
            return null;
        }
        boolean useAfter = after != null && (before == null || (afterDist <= beforeDist && beforeDist > 1));
        if (where != null) {
            where[0] = useAfter ? afterAt : beforeAt;
            where[1] = useAfter ? afterAt + after.length() : beforeAt + before.length();
        }
        return useAfter ? after.value() : before.value();
    }

    /** A predicate right after the base of a share ("a quarter of its buildings swept away"). */
    Vocabulary.Predicate afterBase(Clause c, int from) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int e = x.end;
        for (int k = from; k < Math.min(e, from + 4); k++) {
            if (x.seg(k) != c.id()) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, e);
            if (p != null) {
                return p.value();
            }
        }
        return null;
    }

    /** A change verb close before the figure ("rose 3.6 percent", "cut ... by two points") or "up/down" or "higher/lower" after. */
    boolean changeContext(Sentence x, Figure f) {
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        for (int k = f.first - 1; k >= Math.max(s, f.first - 5); k--) {
            if (v.changeVerbs.contains(t.lower[k])) {
                return !(k + 1 < f.first && t.is(k + 1, "to")) && !t.is(f.first - 1, "to");
            }
            if (t.type[k] == Tokens.PUNCT) {
                break;
            }
        }
        return f.end < e && (v.changeAfter.contains(t.lower[f.end]) || t.is(f.end, "more") && t.is(f.end + 1, "than"));
    }

    /** The predicate of a figure nothing else gives one: total for counts, rate for percentages. */
    static String defaultFor(Figure f) {
        if (f.isTime()) {
            return "duration";
        }
        return switch (f.unit) {
            case "count" -> "total";
            case "percent", "percentage point" -> "rate";
            case "fraction" -> "share";
            default -> f.unit.length() == 3 && f.unit.equals(f.unit.toUpperCase()) ? "amount" : f.unit;
        };
    }
}
