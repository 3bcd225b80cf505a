package dev.factcheck.core.extract;

/**
 * A figure in its sentence: the sentence, the figure, and the id of the clause (segment) it stands in.
 * Every stage that reads around a figure (noun, predicate, agent, time, place) works over one of these.
 */
record Clause(Sentence sentence, Figure figure, int id) {

    static Clause of(Sentence x, Figure f) {
        int id = x.seg(f.numStart);
        if (id < 0) {
            id = x.nearestSeg(f.numStart);
        }
        return new Clause(x, f, id);
    }

    Tokens t() {
        return sentence.t;
    }

    int start() {
        return sentence.start;
    }

    int end() {
        return sentence.end;
    }

    int seg(int k) {
        return sentence.seg(k);
    }

    /**
     * The tokens the figure's clause reaches: its own segment and the parentheses inside it, the clause a
     * relative clause hangs on ("…, of whom 49 …"), and a short opening adverbial ("On Sunday, …").
     */
    boolean[] reach(Vocabulary v) {
        Sentence x = sentence;
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        boolean[] in = new boolean[e - s];
        int[] own = x.range(id);
        for (int k = s; k < e; k++) {
            in[k - s] = x.seg(k) == id || (x.seg(k) == Sentence.PAREN && k > own[0] && k < own[1]);
        }
        if (own[0] > s) {
            int first = own[0];
            boolean rel = v.relativeOpeners.contains(t.lower[first]) || (t.is(first, "of") && (t.is(first + 1, "whom") || t.is(first + 1, "which")));
            if (rel) {
                int prev = first - 1;
                while (prev >= s && x.seg(prev) < 0) {
                    prev--;
                }
                if (prev >= s) {
                    int pid = x.seg(prev);
                    for (int k = s; k < e; k++) {
                        if (x.seg(k) == pid) {
                            in[k - s] = true;
                        }
                    }
                }
            }
            int[] lead = x.range(0);
            if (lead[0] >= 0 && lead[1] - lead[0] <= 6 && v.adverbialOpeners.contains(t.lower[lead[0]])) {
                for (int k = lead[0]; k < lead[1]; k++) {
                    in[k - s] = true;
                }
            }
        }
        return in;
    }
}
