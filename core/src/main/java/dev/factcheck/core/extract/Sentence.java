package dev.factcheck.core.extract;

/**
 * One sentence being read: its paragraph, the paragraph's tokens, the sentence's tokens
 * [{@link #start}, {@link #end}), and the clause each token belongs to. Commas, semicolons, colons
 * and dashes split a sentence into numbered clauses (segments); a pair of dashes or brackets is a
 * parenthesis. Once the sentence holds a figure that may be a claim, it also knows where the cues
 * of {@code time.yaml} and {@code sources.yaml} start ({@link #markCues}).
 */
final class Sentence {
    /** The segment of a token inside a parenthesis. */
    static final int PAREN = -1;
    /** The segment of a mark that splits clauses or opens or closes a parenthesis. */
    static final int BOUNDARY = -2;

    final int paragraph;
    final Tokens t;
    final int start;
    final int end;
    private final int[] seg;
    /** Per token: a proposal cue, a cumulative cue, a perfect, or inside an "according to" clause starts there. */
    private boolean[] proposalAt;
    private boolean[] cumulativeAt;
    private boolean[] perfectAt;
    private boolean[] attributionSeg;

    private Sentence(int paragraph, Tokens t, int start, int end, int[] seg) {
        this.paragraph = paragraph;
        this.t = t;
        this.start = start;
        this.end = end;
        this.seg = seg;
    }

    static Sentence of(Vocabulary v, int paragraph, Tokens t, int start, int end) {
        return new Sentence(paragraph, t, start, end, segments(v, t, start, end));
    }

    /** The segment id of token k: 0, 1, … for clauses, {@link #PAREN} or {@link #BOUNDARY}. */
    int seg(int k) {
        return seg[k - start];
    }

    /** Whether token k is in a clause (not in a parenthesis, not a boundary mark). */
    boolean inClause(int k) {
        return seg[k - start] >= 0;
    }

    /** First and last+1 token of the segment with this id (ignoring parentheses inside it); -1 and -1 if there is none. */
    int[] range(int id) {
        int a = -1;
        int b = -1;
        for (int k = start; k < end; k++) {
            if (seg[k - start] == id) {
                if (a < 0) {
                    a = k;
                }
                b = k + 1;
            }
        }
        return new int[]{a, b};
    }

    /** The clause of token k, or of the first clause token after it; 0 if there is none. */
    int nearestSeg(int k) {
        for (int j = k; j < end; j++) {
            if (seg[j - start] >= 0) {
                return seg[j - start];
            }
        }
        return 0;
    }

    /** Whether token k is inside a parenthesis or is the mark that opens or closes one. */
    boolean inParenthesis(int k) {
        int sg = seg[k - start];
        return sg == PAREN || sg == BOUNDARY && ((k + 1 < end && seg[k + 1 - start] == PAREN)
                || (k - 1 >= start && seg[k - 1 - start] == PAREN));
    }

    private static int[] segments(Vocabulary v, Tokens t, int s, int e) {
        int[] seg = new int[e - s];
        int id = 0;
        int saved = 0;
        boolean paren = false;
        String closer = null;
        for (int k = s; k < e; k++) {
            if (t.type[k] != Tokens.PUNCT) {
                // Words and numbers are none of the marks below: they belong to the open parenthesis or segment.
                seg[k - s] = paren ? PAREN : id;
                continue;
            }
            boolean dash = isDash(t, k);
            if (!paren && (t.is(k, "(") || (dash && laterDash(t, k + 1, e)))) {
                seg[k - s] = BOUNDARY;
                saved = id;
                paren = true;
                closer = t.is(k, "(") ? ")" : "dash";
                continue;
            }
            if (paren) {
                boolean close = "dash".equals(closer) ? dash : t.is(k, ")");
                seg[k - s] = close ? BOUNDARY : PAREN;
                if (close) {
                    paren = false;
                    id = saved;
                }
                continue;
            }
            if (t.is(k, ",") && dateComma(v, t, k, s, e)) {
                seg[k - s] = id;
                continue;
            }
            if (t.is(k, ",") || t.is(k, ";") || t.is(k, ":") || dash) {
                seg[k - s] = BOUNDARY;
                id++;
                continue;
            }
            seg[k - s] = id;
        }
        return seg;
    }

    private static boolean isDash(Tokens t, int k) {
        return t.is(k, "—") || t.is(k, "–") || (t.is(k, "-") && t.spaceBefore[k]);
    }

    /** The comma of "October 7, 2023": part of a date, not the end of a clause. */
    private static boolean dateComma(Vocabulary v, Tokens t, int k, int s, int e) {
        if (k - 2 < s || k + 1 >= e || !t.isNumber(k - 1) || !t.isNumber(k + 1) || t.lower[k + 1].length() != 4
                || t.lower[k - 1].length() > 2) {
            return false;
        }
        int m = t.is(k - 2, ".") ? k - 3 : k - 2;
        return m >= s && v.months.containsKey(t.lower[m]) && t.capitalised(m);
    }

    private static boolean laterDash(Tokens t, int from, int e) {
        for (int k = from; k < e; k++) {
            if (isDash(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Marks, once per sentence, the tokens where cues start, for the figures of the sentence to look up. */
    void markCues(Vocabulary v) {
        int s = start;
        int e = end;
        int n = e - s;
        proposalAt = new boolean[n];
        cumulativeAt = new boolean[n];
        perfectAt = new boolean[n];
        attributionSeg = new boolean[n];
        for (int k = s; k < e; k++) {
            proposalAt[k - s] = v.proposalCues.at(t, k, e) != null;
            cumulativeAt[k - s] = v.cumulativeCues.at(t, k, e) != null;
            perfectAt[k - s] = v.perfect.at(t, k, e) != null;
            if (v.attributionBefore.at(t, k, e) != null) {
                int id = seg[k - s];
                for (int j = k; j < e && (seg[j - s] == id || seg[j - s] == PAREN); j++) {
                    attributionSeg[j - s] = true;
                }
            }
        }
    }

    boolean proposalAt(int k) {
        return proposalAt[k - start];
    }

    boolean cumulativeAt(int k) {
        return cumulativeAt[k - start];
    }

    boolean perfectAt(int k) {
        return perfectAt[k - start];
    }

    /** Whether token k is inside an "according to …" clause. */
    boolean inAttribution(int k) {
        return attributionSeg[k - start];
    }
}
