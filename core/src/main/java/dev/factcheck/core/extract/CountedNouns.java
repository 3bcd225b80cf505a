package dev.factcheck.core.extract;

/**
 * What a figure counts: the head noun after it ("129 hostages", "600 of its soldiers"), or a noun
 * before it that is its subject ("the death toll rose to 5,894"); what a share is of, what a sum of
 * money or a reading measures, what event a duration measures; and whether the noun is elided
 * ("of whom 49 are still held") or the figure is part of an earlier one.
 */
final class CountedNouns {
    private final Vocabulary v;

    CountedNouns(Vocabulary v) {
        this.v = v;
    }

    /** "including 27", "of whom 49", "among them 12", "Of those, 8", "9 of them". */
    boolean partitive(Clause c) {
        Tokens t = c.t();
        int s = c.start();
        Figure f = c.figure();
        int p = f.first - 1;
        if (p >= s && (t.is(p, "including") || t.is(p, "whom") || t.is(p, "which") && t.is(p - 1, "of"))) {
            return true;
        }
        if (p - 1 >= s && t.is(p - 1, "among") && (t.is(p, "them") || t.is(p, "whom") || t.is(p, "those"))) {
            return true;
        }
        if (p >= s && t.is(p, ",") && p - 2 >= s && (t.is(p - 2, "of") || t.is(p - 2, "among"))
                && (t.is(p - 1, "those") || t.is(p - 1, "them") || t.is(p - 1, "these") || t.is(p - 1, "whom"))) {
            return true;
        }
        return f.end + 1 < t.size && t.is(f.end, "of") && (t.is(f.end + 1, "them") || t.is(f.end + 1, "those") || t.is(f.end + 1, "whom"));
    }

    /** Whether nothing after the figure names what it counts, so the previous claim's noun applies. */
    boolean elided(Clause c) {
        Tokens t = c.t();
        int e = c.end();
        int k = c.figure().end;
        if (k >= e) {
            return true;
        }
        if (t.type[k] == Tokens.PUNCT || v.functionWords.contains(t.lower[k]) || t.is(k, "of")) {
            return true;
        }
        return v.predicates.at(t, k, e) != null || t.lower[k].endsWith("ing") || t.lower[k].endsWith("ed");
    }

    /**
     * The counted noun after the figure ("129 hostages", "600 of its soldiers", "more than a million
     * displaced Palestinians"), with its tokens in {@code where}; a noun before the figure gives 0, 0.
     */
    Vocabulary.Noun noun(Clause c, int[] where) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        Figure f = c.figure();
        int id = c.id();
        int k = f.end;
        if (k < e && (t.is(k, "the") || t.is(k, "a") || t.is(k, "an"))) {
            return null;
        }
        if (k + 1 < e && t.is(k, "-") && t.attached(k) && t.attached(k + 1) && t.isWord(k + 1)) {
            PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k + 1, e);
            where[0] = k + 1;
            where[1] = k + 2;
            if (n != null) {
                return n.value();
            }
            String w = t.lower[k + 1];
            if (!t.is(k + 2, "-") && w.length() > 2 && !w.endsWith("ed") && !w.endsWith("ing")) {
                String plural = w.endsWith("y") ? w.substring(0, w.length() - 1) + "ies" : w.endsWith("s") ? w + "es" : w + "s";
                return new Vocabulary.Noun(plural, plural, null);
            }
            return null;
        }
        Vocabulary.Noun found = null;
        String fallback = null;
        int fallbackAt = -1;
        int limit = Math.min(e, k + 7);
        for (; k < limit; k++) {
            if (x.seg(k) != id && x.seg(k) != Sentence.PAREN) {
                break;
            }
            if (x.seg(k) == Sentence.PAREN) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k, e);
            if (n != null) {
                found = n.value();
                where[0] = k;
                where[1] = k + n.length();
                k += n.length() - 1;
                if (k + 1 < e && v.counted.at(t, k + 1, e) != null) {
                    continue;
                }
                return found;
            }
            if (found != null) {
                return found;
            }
            String w = t.lower[k];
            if (t.isNumber(k) && k - 1 >= f.end && (t.is(k - 1, "the") || t.is(k - 1, "of"))) {
                continue;
            }
            if (v.nounSkip.contains(w) && !v.nounStop.contains(w) || t.is(k, "of") || (t.is(k, "the") && k > f.end && t.is(k - 1, "of"))) {
                continue;
            }
            if (t.is(k, "-") && t.attached(k) || t.capitalised(k) || v.placeAdjectives.at(t, k, e) != null) {
                continue;
            }
            if (v.predicates.at(t, k, e) != null && k + 1 < e && t.isWord(k + 1) && !v.nounStop.contains(t.lower[k + 1])) {
                continue;
            }
            if (t.type[k] != Tokens.WORD || v.nounStop.contains(w) || v.predicates.at(t, k, e) != null) {
                break;
            }
            if (w.length() > 2 && (w.endsWith("s") || f.value == 1) && !w.endsWith("ss") && !w.endsWith("ed")
                    && !w.endsWith("ing") && !w.endsWith("ly")) {
                fallback = w;
                fallbackAt = k;
                continue;
            }
            if (fallback != null) {
                break;
            }
        }
        if (found != null) {
            return found;
        }
        if (fallback != null) {
            where[0] = fallbackAt;
            where[1] = fallbackAt + 1;
            return new Vocabulary.Noun(fallback, fallback, null);
        }
        // the noun may come before: "the death toll rose to 5,000", "the number of dead climbed to 1,832"
        int first = f.first;
        int[] own = x.range(id);
        boolean participle = own[0] >= 0 && t.lower[own[0]].endsWith("ing");
        int n = 0;
        for (int j = first - 1; j >= s && n < 12; j--, n++) {
            if (x.seg(j) != id && x.seg(j) != Sentence.PAREN && !(participle && x.seg(j) == Sentence.BOUNDARY)) {
                if (!participle || x.seg(j) != id - 1) {
                    break;
                }
            }
            PhraseTable.Entry<Vocabulary.Noun> cn = v.counted.at(t, j, first);
            boolean inPhrase = j - 1 >= s && (v.locatives.contains(t.lower[j - 1]) || j - 2 >= s && t.is(j - 1, "the")
                    && v.locatives.contains(t.lower[j - 2]));
            if (cn != null && !inPhrase && (cn.value().predicate() != null || bare(t, s, f, j))) {
                where[0] = 0;
                where[1] = 0;
                return cn.value();
            }
        }
        return null;
    }

    /** Whether a counted noun before the figure is its subject: "cases ... rose to 69,176", "a crowd of 65,600". */
    private boolean bare(Tokens t, int s, Figure f, int nounAt) {
        int p = f.first - 1;
        if (p < s) {
            return false;
        }
        if (f.qualifier != null && (v.changeVerbs.contains(f.qualifier.toLowerCase(java.util.Locale.ROOT).split(" ")[0])
                || v.subjectHedges.contains(f.qualifier.toLowerCase(java.util.Locale.ROOT)))) {
            return true;
        }
        if (t.is(p, "of") && nounAt < p && p - nounAt <= 2) {
            return true;
        }
        if (nounAt - 2 >= s && t.is(nounAt - 1, "of") && v.subjectTotals.contains(t.lower[nounAt - 2])) {
            return true;
        }
        for (int k = nounAt - 1; k >= Math.max(s, nounAt - 3); k--) {
            if (t.is(k, "of") && k - 1 >= s && v.subjectTotalsFar.contains(t.lower[k - 1])) {
                return true;
            }
        }
        return v.subjectLinks.contains(t.lower[p]) && !t.is(p - 1, "up");
    }

    /** "52 percent of the vote", "a third of the population", "40 percent of Gaza": what the share is of. */
    Vocabulary.Noun base(Sentence x, Figure f, int[] at) {
        Tokens t = x.t;
        int e = x.end;
        int k = f.end;
        boolean direct = f.unit.equals("fraction") && (t.is(k, "the") || t.is(k, "its") || t.is(k, "their")
                || t.isWord(k) && !t.is(k, "of"));
        if (k >= e || !t.is(k, "of") && !direct) {
            return null;
        }
        if (!direct) {
            k++;
        }
        while (k < e && (t.is(k, "the") || t.is(k, "its") || t.is(k, "their") || t.is(k, "all") || v.nounSkip.contains(t.lower[k])
                && !t.capitalised(k))) {
            k++;
        }
        for (int j = k; j < Math.min(e, k + 4); j++) {
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.at(t, j, e);
            PhraseTable.Entry<Vocabulary.Noun> c = v.counted.at(t, j, e);
            if (m != null || c != null) {
                PhraseTable.Entry<Vocabulary.Noun> best = m != null && (c == null || m.length() >= c.length()) ? m : c;
                at[0] = j;
                at[1] = j + best.length();
                Vocabulary.Noun n = best.value();
                return new Vocabulary.Noun(n.key(), n.label(), n.predicate(), n.keepChange());
            }
            if (t.capitalised(j)) {
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, j, e);
                if (p != null) {
                    at[0] = j;
                    at[1] = j + p.length();
                    return new Vocabulary.Noun("territory", "territory", "share");
                }
            }
            if (t.type[j] != Tokens.WORD || v.nounStop.contains(t.lower[j])) {
                break;
            }
        }
        return null;
    }

    /** The nearest measure noun before the figure in its sentence ("inflation eased to 3.4 percent"). */
    Vocabulary.Noun measureBefore(Sentence x, int first) {
        Tokens t = x.t;
        int s = x.start;
        for (int end = first; end > s; end--) {
            if (t.is(end - 1, ";")) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.endingAt(t, end, s);
            if (m != null) {
                return m.value();
            }
        }
        return null;
    }

    /** What a reading measures: "magnitude 7.8 quake", "414 millimetres of rain". */
    Vocabulary.Noun measureNoun(Sentence x, Figure f) {
        Tokens t = x.t;
        int e = x.end;
        for (int j = f.end; j < Math.min(e, f.end + 3); j++) {
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.at(t, j, e);
            if (m != null) {
                return m.value();
            }
        }
        Vocabulary.Noun before = measureBefore(x, f.first);
        if (before != null) {
            return before;
        }
        for (int j = f.end; j < Math.min(e, f.end + 3); j++) {
            PhraseTable.Entry<Vocabulary.EventNoun> ev = v.events.at(t, j, e);
            if (ev != null) {
                return new Vocabulary.Noun(ev.value().key(), null, null);
            }
        }
        return null;
    }

    /** What a sum of money is: "$1 billion to fund relief", "4 billion euros in military aid", "a budget of $1.2bn". */
    Vocabulary.Noun moneyNoun(Sentence x, Figure f) {
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        for (int j = f.end; j < Math.min(e, f.end + 5); j++) {
            if (t.type[j] == Tokens.PUNCT) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.at(t, j, e);
            if (m != null) {
                return m.value();
            }
        }
        for (int end = f.first; end > s; end--) {
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.endingAt(t, end, s);
            if (m != null && v.predicates.at(t, end - m.length(), end) == null) {
                return m.value();
            }
        }
        return null;
    }

    /** What a duration measures: "60-day ceasefire", "21 months of fighting", else the nearest event noun of the clause. */
    String eventNoun(Clause c) {
        Sentence x = c.sentence();
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        Figure f = c.figure();
        int k = f.end;
        if (k < e && t.is(k, "of")) {
            k++;
            if (t.is(k, "the")) {
                k++;
            }
        }
        for (int j = k; j < Math.min(e, k + 3); j++) {
            PhraseTable.Entry<Vocabulary.EventNoun> ev = v.events.at(t, j, e);
            if (ev != null) {
                return ev.value().key();
            }
            if (!(t.capitalised(j) || t.isWord(j) && !v.functionWords.contains(t.lower[j]))) {
                break;
            }
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int j = s; j < e; j++) {
            if (x.seg(j) != c.id()) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.EventNoun> ev = v.events.at(t, j, e);
            if (ev != null) {
                int dist = j < f.first ? f.first - j : j - f.end;
                if (dist < bestDist) {
                    best = ev.value().key();
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    /**
     * What changed, in open vocabulary, when a share follows a change verb with no measure the
     * vocabulary knows: the words of the subject right before the verb ("Exports fell 4.1 percent" →
     * exports, "The S&P 500 fell 2.5%" → s&p-500). Null when the verb has no such subject.
     */
    String changeSubject(Sentence x, Figure f) {
        Tokens t = x.t;
        int s = x.start;
        int verb = f.first - 1;
        if (t.is(verb, "by")) {
            verb--;
        }
        if (verb <= s || !v.changeVerbs.contains(t.lower[verb])) {
            return null;
        }
        int k = verb - 1;
        while (k >= s && k >= verb - 4 && (t.isWord(k) || t.isNumber(k) || t.is(k, "&") && t.attached(k))
                && !v.nounStop.contains(t.lower[k]) && !v.determiners.contains(t.lower[k])) {
            k--;
        }
        if (k == verb - 1) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int j = k + 1; j < verb; j++) {
            if (key.length() > 0 && !t.attached(j)) {
                key.append('-');
            }
            key.append(t.lower[j]);
        }
        return key.toString();
    }
}
