package dev.factcheck.core.extract;

/** The story's own sources, which are not claims: "two senior Hamas officials said", "three people familiar with the talks". */
final class OwnSources {
    private final Vocabulary v;

    OwnSources(Vocabulary v) {
        this.v = v;
    }

    /** Whether the figure counts the story's sources; {@code nounEnd} is where its noun ends, if known. */
    boolean counts(Sentence x, Figure f, int nounEnd) {
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        int k = f.end;
        boolean source = false;
        boolean people = false;
        for (int j = k; j < Math.min(e, k + 5); j++) {
            PhraseTable.Entry<Boolean> n = v.anonymousNouns.at(t, j, e);
            PhraseTable.Entry<Boolean> p = n == null ? v.anonymousPeople.at(t, j, e) : null;
            if (n != null || p != null) {
                if (j + 1 < e && t.isWord(j + 1) && v.counted.at(t, j + 1, e) != null) {
                    return false;
                }
                source = n != null;
                people = p != null;
                nounEnd = j + (n != null ? n.length() : p.length());
                break;
            }
            if (v.nounStop.contains(t.lower[j]) && !t.is(j, "the") || t.type[j] == Tokens.PUNCT && !t.is(j, ".") && !t.is(j, "-")
                    || v.predicates.at(t, j, e) != null) {
                break;
            }
        }
        if (!source && !people) {
            return false;
        }
        for (int j = nounEnd; j < Math.min(e, nounEnd + 9); j++) {
            if (v.anonymousStrongCues.at(t, j, e) != null) {
                return true;
            }
        }
        if (!source) {
            return false;
        }
        if (v.attributionBefore.endingAt(t, f.first, s) != null) {
            return true;
        }
        int p = f.first - 1;
        if (p >= s && t.is(p, "and")) {
            return true;
        }
        for (int j = nounEnd; j < Math.min(e, nounEnd + 9); j++) {
            if (v.anonymousCues.at(t, j, e) != null) {
                return true;
            }
        }
        return false;
    }
}
