package dev.factcheck.core.extract;

import dev.factcheck.core.model.Quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who said each quotation and through what medium: the noun phrase next to a speech verb after the
 * quote, else before it in the same sentence, else the previous quote's speaker when the quote
 * continues the same or the next paragraph. Builds the article's quotes, joining the parts of a quote
 * interrupted only by its attribution.
 */
final class QuoteSpeakers {
    /** Who said a quotation, and through what medium; {@code own} is false when it is only inherited. */
    private record Said(Speakers.Speaker speaker, String medium, boolean own) {
    }

    private final Vocabulary v;
    private final Speakers speakers;
    private final Subjects subjects;
    private final ArticleContext a;
    private final Map<QuoteReader.Span, Said> said = new HashMap<>();

    QuoteSpeakers(Vocabulary v, Speakers speakers, Subjects subjects, ArticleContext a) {
        this.v = v;
        this.speakers = speakers;
        this.subjects = subjects;
        this.a = a;
    }

    /** Resolves the speaker of every quotation that ends in this sentence (so they enter the speaker history in text order). */
    void resolveEndingIn(SentenceSplitter.Span span) {
        for (QuoteReader.Span q : a.quoteSpans) {
            if (q.end > span.start() && q.end <= span.end() + 1) {
                saidOf(q);
            }
        }
    }

    Speakers.Speaker speakerOf(QuoteReader.Span q) {
        Said s = saidOf(q);
        return s == null ? null : s.speaker();
    }

    private Said saidOf(QuoteReader.Span q) {
        Said known = said.get(q);
        if (known != null) {
            return known;
        }
        Said found = after(q);
        if (found == null) {
            found = before(q);
        }
        if (found == null) {
            int i = a.quoteSpans.indexOf(q);
            if (i > 0) {
                QuoteReader.Span prev = a.quoteSpans.get(i - 1);
                boolean opensParagraph = a.paragraphs.get(q.firstParagraph).start() == q.open;
                if (prev.lastParagraph == q.firstParagraph || (prev.lastParagraph == q.firstParagraph - 1 && opensParagraph)) {
                    Said p = saidOf(prev);
                    if (p != null) {
                        found = new Said(p.speaker(), p.medium(), false);
                    }
                }
            }
        }
        if (found == null) {
            found = new Said(null, null, false);
        }
        said.put(q, found);
        return found;
    }

    /** The speaker named after the quote: "…," a Hamas official told Reuters; "…," said the official. */
    private Said after(QuoteReader.Span q) {
        int pi = q.lastParagraph;
        Tokens t = a.tokens[pi];
        SentenceSplitter.Span sent = a.sentenceAt(pi, q.end - 1);
        if (sent == null || q.end >= sent.end()) {
            return null;
        }
        int from = t.indexAt(q.end);
        int b = t.indexAt(sent.end());
        while (from < b && (t.is(from, ",") || t.is(from, ".") || t.is(from, "!") || t.is(from, "?"))) {
            from++;
        }
        if (from >= b) {
            return null;
        }
        int limit = from + 14;
        for (int k = from; k < Math.min(b, limit); k++) {
            if (Prose.isQuoteMark(t, k)) {
                int close = k + 1;
                while (close < b && !Prose.isQuoteMark(t, close)) {
                    close++;
                }
                if (close >= b) {
                    return null;
                }
                from = close + 1;
                while (from < b && t.type[from] == Tokens.PUNCT) {
                    from++;
                }
                k = from - 1;
                limit = from + 14;
                continue;
            }
            PhraseTable.Entry<Boolean> verb = v.speechVerbs.at(t, k, b);
            if (verb == null) {
                continue;
            }
            int[] np;
            int[] appositive = null;
            if (k == from) {
                int x = k + verb.length();
                int y = x;
                while (y < b && !t.is(y, ",") && !t.is(y, ".") && !Prose.isQuoteMark(t, y)) {
                    y++;
                }
                np = new int[]{x, y};
            } else {
                np = new int[]{from, k};
                int comma = -1;
                for (int j = from; j < k; j++) {
                    if (t.is(j, ",")) {
                        comma = j;
                        break;
                    }
                }
                if (comma > from) {
                    int end = k;
                    while (end > comma && (t.is(end - 1, ",") || t.type[end - 1] == Tokens.PUNCT)) {
                        end--;
                    }
                    if (t.is(comma + 1, "a") || t.is(comma + 1, "an") || t.is(comma + 1, "the")) {
                        int apEnd = comma + 1;
                        while (apEnd < end && !t.is(apEnd, ",")) {
                            apEnd++;
                        }
                        appositive = new int[]{comma + 1, apEnd};
                    }
                    np = new int[]{from, comma};
                }
            }
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], appositive, a.history, a.names, t.start[np[0] < t.size ? np[0] : from]);
            if (sp == null) {
                return null;
            }
            remember(sp, t, np);
            return new Said(sp, medium(t, k, b), true);
        }
        return null;
    }

    /** The speaker named before the quote in its sentence: "An official … said …, telling AFP: "…""; "cited … as saying". */
    private Said before(QuoteReader.Span q) {
        int pi = q.firstParagraph;
        Tokens t = a.tokens[pi];
        SentenceSplitter.Span sent = a.sentenceAt(pi, q.open);
        if (sent == null) {
            return null;
        }
        int s = t.indexAt(sent.start());
        int o = t.indexAt(q.open);
        if (o <= s) {
            return null;
        }
        int e = t.indexAt(sent.end());
        Sentence x = Sentence.of(v, pi, t, s, e);
        for (int k = s; k < o; k++) {
            if (Prose.isQuoteMark(t, k)) {
                int close = k + 1;
                while (close < o && !Prose.isQuoteMark(t, close)) {
                    close++;
                }
                k = close;
                continue;
            }
            PhraseTable.Entry<Boolean> verb = v.speechVerbs.at(t, k, o);
            if (verb == null) {
                continue;
            }
            if (v.citeVerbs.contains(t.lower[k]) && !t.is(k + 1, "as")) {
                for (int j = k + 1; j + 1 < o; j++) {
                    if (t.is(j, "as") && (t.is(j + 1, "saying") || t.is(j + 1, "telling"))) {
                        Speakers.Speaker sp = speakers.speaker(t, k + 1, j, null, a.history, a.names, t.start[k + 1]);
                        if (sp != null) {
                            remember(sp, t, new int[]{k + 1, j});
                            return new Said(sp, medium(t, j, o), true);
                        }
                    }
                }
            }
            int[] np = x.inClause(k) ? subjects.subject(x, k) : null;
            if (np == null) {
                continue;
            }
            int[] appositive = null;
            if (k - 1 > np[1] && t.is(k - 1, ",")) {
                appositive = new int[]{np[1] + 1, k - 1};
            }
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], appositive, a.history, a.names, t.start[np[0]]);
            if (sp == null) {
                continue;
            }
            remember(sp, t, np);
            return new Said(sp, medium(t, k, o), true);
        }
        return null;
    }

    private void remember(Speakers.Speaker sp, Tokens t, int[] np) {
        int[] c = speakers.core(t, np[0], np[1]);
        if (c[1] > c[0] && !(c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]))) {
            a.history.add(sp);
        }
    }

    /** The medium named after a speech verb: "told Reuters", "telling AFP", "wrote on Telegram", "by The Guardian". */
    private String medium(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Prose.isQuoteMark(t, k)) {
                continue;
            }
            String w = t.lower[k];
            if (v.toldVerbs.contains(w)) {
                return mediumName(t, k + 1, to);
            }
            if ((w.equals("on") || w.equals("by") || w.equals("with") || w.equals("to")) && k > from) {
                String m = mediumName(t, k + 1, to);
                if (m != null && !v.placeNames.hasWord(t.lower[k + 1]) || m != null && w.equals("by")) {
                    return m;
                }
            }
        }
        return null;
    }

    private String mediumName(Tokens t, int k, int to) {
        String m = speakers.medium(t, k, to);
        if (m == null) {
            return null;
        }
        String s = m.strip();
        return s.isEmpty() ? null : s;
    }

    /** The article's quotes, in text order of the spans; quotes of fewer than two words are left out. */
    void addQuotes(List<Quote> quotes) {
        List<QuoteReader.Span> spans = a.quoteSpans;
        int i = 0;
        while (i < spans.size()) {
            QuoteReader.Span q = spans.get(i);
            Said sq = saidOf(q);
            StringBuilder text = new StringBuilder(q.text(a.prose));
            int end = q.end;
            int j = i + 1;
            while (j < spans.size()) {
                QuoteReader.Span n = spans.get(j);
                Said sn = saidOf(n);
                if (n.firstParagraph != q.lastParagraph || sn.own() || sq.speaker() == null) {
                    break;
                }
                text.append(" … ").append(n.text(a.prose));
                end = n.end;
                j++;
            }
            i = j;
            String quoted = text.toString().strip();
            if (quoted.split("\\s+").length < 2) {
                continue;
            }
            Speakers.Speaker sp = sq.speaker();
            quotes.add(new Quote(a.article, q.open, end, a.source.line(q.open), a.source.column(q.open), quoted,
                    QuoteReader.normalise(quoted), sp == null ? null : sp.text(), sp == null ? null : sp.key(),
                    sp == null ? null : sp.side(), sq.medium()));
        }
    }
}
