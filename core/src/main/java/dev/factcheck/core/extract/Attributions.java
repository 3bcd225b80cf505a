package dev.factcheck.core.extract;

import dev.factcheck.core.model.Attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Who a figure is credited to: "according to X" and "citing X" for every figure of the sentence,
 * "X said" for the figures it governs (nearest first), and a quotation's speaker for a figure inside
 * it. Reading a sentence's sources also records its speakers in the article's speaker history.
 */
final class Attributions {
    /** A source named in a sentence; its Attribution is built only for a figure that uses it. */
    record Attr(int verb, int subjStart, int subjEnd, boolean trailing, boolean according, Supplier<Attribution> make) {
    }

    private final Vocabulary v;
    private final Speakers speakers;
    private final Subjects subjects;
    private final ArticleContext a;
    private final QuoteSpeakers quotes;

    Attributions(Vocabulary v, Speakers speakers, Subjects subjects, ArticleContext a, QuoteSpeakers quotes) {
        this.v = v;
        this.speakers = speakers;
        this.subjects = subjects;
        this.a = a;
        this.quotes = quotes;
    }

    /** The sources the sentence names; with {@code sources} false, only records its speakers. */
    List<Attr> read(Sentence x, boolean sources) {
        Tokens t = x.t;
        int s = x.start;
        int e = x.end;
        List<Attr> out = new ArrayList<>();
        for (int k = s; k < e; k++) {
            if (!v.isAttributionStarter(t, k) || a.insideQuote(t.start[k])) {
                continue;
            }
            PhraseTable.Entry<String> before = sources ? v.attributionBefore.at(t, k, e) : null;
            if (before != null && x.inClause(k)) {
                int id = x.seg(k);
                int from = k + before.length();
                int b = from;
                while (b < e && (x.seg(b) == id || x.seg(b) == Sentence.PAREN)) {
                    b++;
                }
                if (b > from) {
                    int tb = b;
                    while (tb > from && t.type[tb - 1] == Tokens.PUNCT) {
                        tb--;
                    }
                    int kk = k;
                    int aa = from;
                    int bb = b;
                    int end = tb;
                    out.add(new Attr(k, from, b, false, true, () -> {
                        String name = speakers.source(t, aa, bb);
                        return name == null ? null : new Attribution(Prose.clean(t.text(kk, end)), name, t.text(kk, aa).toLowerCase());
                    }));
                }
                k = b - 1;
                continue;
            }
            PhraseTable.Entry<String> verb = v.attributionVerbs.at(t, k, e);
            if (verb == null && x.inClause(k) && v.speechVerbs.at(t, k, e) != null) {
                int[] np = subjects.subject(x, k);
                if (np != null) {
                    int[] c = speakers.core(t, np[0], np[1]);
                    if (c[1] > c[0] && !isPronoun(t, c)) {
                        Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], Subjects.appositive(t, np, k), a.history, a.names, t.start[np[0]]);
                        if (sp != null) {
                            a.history.add(sp);
                        }
                    }
                }
                continue;
            }
            if (verb == null || !x.inClause(k)) {
                continue;
            }
            int id = x.seg(k);
            int[] np = subjects.subject(x, k);
            boolean inverted = false;
            if (np == null) {
                int from = k + verb.length();
                int b = from;
                while (b < e && x.seg(b) == id) {
                    b++;
                }
                if (b > from && b - from <= 8 && (k == s || x.seg(k - 1) == Sentence.BOUNDARY)) {
                    np = new int[]{from, b};
                    inverted = true;
                }
            }
            if (np == null) {
                continue;
            }
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], inverted ? null : Subjects.appositive(t, np, k), a.history, a.names, t.start[np[0]]);
            if (sp == null) {
                continue;
            }
            int[] c = speakers.core(t, np[0], np[1]);
            if (!sources) {
                if (!isPronoun(t, c)) {
                    a.history.add(sp);
                }
                continue;
            }
            boolean pronoun = isPronoun(t, c);
            int after = k + verb.length();
            String medium = null;
            if (t.lower[k].startsWith("told") || t.lower[k].startsWith("tell")) {
                medium = speakers.medium(t, after, e);
            }
            int textEnd = after;
            if (medium != null) {
                while (textEnd < e && x.seg(textEnd) == id && t.text(textEnd, textEnd + 1).length() > 0
                        && (t.capitalised(textEnd) || t.is(textEnd, "'s") || t.is(textEnd, "the")) && textEnd < after + 6) {
                    textEnd++;
                }
            }
            boolean trailing = inverted || trailingClause(t, after, e);
            int from = inverted ? k : np[0];
            int to = inverted ? np[1] : textEnd;
            int kk = k;
            int verbEnd = k + verb.length();
            int[] subj = np;
            String key = sp.key();
            out.add(new Attr(k, np[0], np[1], trailing, false, () -> {
                String name = pronoun ? key : speakers.source(t, subj[0], subj[1]);
                return name == null ? null : new Attribution(Prose.clean(t.text(from, to)), name, t.text(kk, verbEnd).toLowerCase());
            }));
            if (!isPronoun(t, c)) {
                a.history.add(sp);
            }
        }
        return out;
    }

    /** Whether the core [c[0], c[1]) of a subject is a lone pronoun. */
    private boolean isPronoun(Tokens t, int[] c) {
        return c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]);
    }

    private boolean trailingClause(Tokens t, int after, int e) {
        for (int k = after; k < e && k < after + 9; k++) {
            if (t.is(k, ".") || t.is(k, "!") || t.is(k, "?") || Prose.isQuoteMark(t, k)) {
                return true;
            }
            if (t.is(k, ",") || t.is(k, ";")) {
                return k + 1 >= e || v.trailingWords.contains(t.lower[k + 1]);
            }
            if (t.isNumber(k) || t.is(k, "that") || v.auxiliaries.contains(t.lower[k])) {
                return false;
            }
        }
        return after >= e;
    }

    /** Credits the figure: to the speaker of the quotation it stands in, else to the nearest source that governs it. */
    void attribute(Tokens t, Figure f, List<Attr> attrs, Draft d) {
        QuoteReader.Span q = a.quoteAt(t.start[f.numStart]);
        if (q != null) {
            Speakers.Speaker sp = quotes.speakerOf(q);
            if (sp != null) {
                d.attribution = new Attribution(sp.text(), sp.key(), "said");
            }
            return;
        }
        List<long[]> ranked = new ArrayList<>();
        for (int n = 0; n < attrs.size(); n++) {
            Attr at = attrs.get(n);
            int dist;
            if (at.according()) {
                dist = at.verb() > f.first ? at.verb() - f.end : f.first - at.subjEnd();
            } else if (at.subjStart() == f.end || (at.subjStart() > f.end && at.subjStart() - f.end <= 1 && at.verb() > f.end
                    && !at.trailing())) {
                dist = 0;
            } else if (!at.trailing() && at.verb() < f.first) {
                dist = f.first - at.verb();
            } else if (at.trailing() && at.subjStart() >= f.end) {
                dist = at.subjStart() - f.end;
            } else {
                continue;
            }
            ranked.add(new long[]{dist, n});
        }
        ranked.sort((p, r) -> p[0] != r[0] ? Long.compare(p[0], r[0]) : Long.compare(p[1], r[1]));
        for (long[] r : ranked) {
            Attribution made = attrs.get((int) r[1]).make().get();
            if (made != null) {
                d.attribution = made;
                return;
            }
        }
    }
}
