package dev.factcheck.core.extract;

/** The noun phrase that is the subject of a verb: "the civil defense agency said", "Mousa Abu Marzouk, a senior Hamas official, said". */
final class Subjects {
    private final Vocabulary v;

    Subjects(Vocabulary v) {
        this.v = v;
    }

    /** The appositive between a subject and its verb ("Mousa Abu Marzouk, a senior Hamas official, said"), or null. */
    static int[] appositive(Tokens t, int[] np, int verb) {
        if (verb - 1 > np[1] && t.is(verb - 1, ",") && t.is(np[1], ",")) {
            return new int[]{np[1] + 1, verb - 1};
        }
        return null;
    }

    /** The subject of the verb at k, [start, end): the segment before it, skipping an appositive set off by commas; or null. */
    int[] subject(Sentence x, int k) {
        Tokens t = x.t;
        int s = x.start;
        int b = k;
        if (b - 1 >= s && t.is(b - 1, ",")) {
            int p = b - 1;
            int start = p - 1;
            while (start >= s && x.seg(start) != Sentence.BOUNDARY) {
                start--;
            }
            // start is the comma opening the appositive, or s-1
            if (start >= s && t.is(start, ",")) {
                int ap = start + 1;
                if (ap < p && !t.capitalised(ap) && t.isWord(ap)) {
                    b = start;
                } else {
                    return null;
                }
            } else {
                return null;
            }
        }
        while (b - 1 >= s && t.isWord(b - 1) && !t.capitalised(b - 1) && (v.auxiliaries.contains(t.lower[b - 1])
                || t.is(b - 1, "also") || t.is(b - 1, "later") || t.is(b - 1, "earlier") || t.is(b - 1, "now"))) {
            if (t.is(b - 1, "been") || t.is(b - 1, "be") || (b == k && (t.is(b - 1, "is") || t.is(b - 1, "are")
                    || t.is(b - 1, "was") || t.is(b - 1, "were")))) {
                return null;
            }
            b--;
        }
        int a = b - 1;
        if (a < s || !x.inClause(a)) {
            return null;
        }
        int id = x.seg(a);
        while (a - 1 >= s && x.seg(a - 1) == id && !t.is(a - 1, "that") && !Prose.isQuoteMark(t, a - 1)) {
            a--;
        }
        for (int j = b - 1; j > a; j--) {
            if ((t.is(j, "who") || t.is(j, "whom") || t.is(j, "which")) && !t.capitalised(j)) {
                boolean clause = false;
                for (int y = a; y < j; y++) {
                    clause |= t.isWord(y) && v.clauseWords.contains(t.lower[y]);
                }
                if (!clause) {
                    b = j;
                }
            }
        }
        while (a < b && (t.is(a, "and") || t.is(a, "but") || t.is(a, "as") || t.is(a, "while") || Prose.isQuoteMark(t, a))) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (b - a > 14) {
            a = b - 14;
        }
        while (a < b && (t.is(a, "'s") || t.is(a, "-"))) {
            a++;
        }
        for (int j = b - 1; j >= a; j--) {
            if (t.isWord(j) && v.clauseWords.contains(t.lower[j]) && !t.capitalised(j)) {
                a = j + 1;
                break;
            }
            if (t.isNumber(j) && j + 1 < b && (t.is(j + 1, "the") || t.is(j + 1, "a") || t.is(j + 1, "an"))) {
                a = j + 1;
                break;
            }
            if (v.predicates.at(t, j, b) != null && !t.capitalised(j) && j > a) {
                a = j + 1;
                break;
            }
        }
        for (int j = a; j < b; j++) {
            if ((t.isNumber(j) || v.numberWords.containsKey(t.lower[j])) && (j + 1 >= b || v.anonymousNouns.at(t, j + 1, b) == null
                    && !(j + 2 < b && v.anonymousNouns.at(t, j + 2, b) != null) && !(j + 3 < b && v.anonymousNouns.at(t, j + 3, b) != null))) {
                return null;
            }
        }
        return a < b ? new int[]{a, b} : null;
    }
}
