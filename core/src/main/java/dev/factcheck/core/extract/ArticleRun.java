package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One extraction: reads one article front to back. A first pass ({@link ArticleScan}) collects what
 * the whole article says; then each sentence is split into clauses, its figures read
 * ({@link FigureReader}), its time words ({@link TimeReader}) and sources ({@link Attributions}), and
 * each figure that is a claim is read ({@link ClaimReader}) and keyed ({@link QuantityKeys}); last,
 * the quotes get their speakers ({@link QuoteSpeakers}). Not shared between threads.
 */
final class ArticleRun {
    private final Vocabulary v;
    private final FigureReader figures;
    private final TimeReader times;
    private final ArticleScan scan;
    private final ArticleContext a;
    private final QuoteSpeakers quoteSpeakers;
    private final Attributions attributions;
    private final ClaimReader claimReader;
    private final QuantityKeys keys;
    private final Changes changes;
    private final List<Claim> claims = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private String sentenceText;
    private int sentenceTextStart = -1;

    ArticleRun(Vocabulary v, SentenceSplitter splitter, FigureReader figures, TimeReader times, Speakers speakers,
               QuoteReader quoteReader, LoadedArticle loaded) {
        this.v = v;
        this.figures = figures;
        this.times = times;
        this.scan = new ArticleScan(v, times, speakers);
        this.a = new ArticleContext(splitter, quoteReader, loaded);
        Subjects subjects = new Subjects(v);
        this.quoteSpeakers = new QuoteSpeakers(v, speakers, subjects, a);
        this.attributions = new Attributions(v, speakers, subjects, a, quoteSpeakers);
        this.claimReader = new ClaimReader(v, a, attributions);
        this.keys = new QuantityKeys(v);
        this.changes = new Changes(v);
    }

    Extraction run() {
        scan.scan(a);
        for (int pi = 0; pi < a.paragraphs.size(); pi++) {
            Tokens t = a.tokens[pi];
            for (SentenceSplitter.Span s : a.paragraphs.get(pi).sentences()) {
                int start = t.indexAt(s.start());
                int end = t.indexAt(s.end());
                sentence(pi, t, start, end, s);
            }
        }
        quoteSpeakers.addQuotes(quotes);
        claims.sort(Comparator.comparingInt(Claim::getOffset));
        quotes.sort(Comparator.comparingInt(Quote::getOffset));
        return new Extraction(claims, quotes);
    }

    private void sentence(int pi, Tokens t, int s, int e, SentenceSplitter.Span span) {
        if (s >= e) {
            return;
        }
        quoteSpeakers.resolveEndingIn(span);
        Sentence x = Sentence.of(v, pi, t, s, e);
        List<TimeReader.Mention> mentions = times.read(t, s, e, a.time, a.lastAsOf);
        List<Figure> found = figures.read(t, s, e);
        boolean candidates = false;
        for (Figure f : found) {
            candidates |= f.nonClaim == null;
        }
        List<Attributions.Attr> attrs = attributions.read(x, candidates);
        if (candidates) {
            x.markCues(v);
        }
        LocalDate sentenceAsOf = null;
        String sentenceAnchor = null;
        String sentenceAnchorLabel = null;
        for (TimeReader.Mention m : mentions) {
            if (m.isEvent() && m.type() != TimeReader.Type.ANAPHORA && m.anchor() != null && sentenceAnchor == null) {
                sentenceAnchor = m.anchor();
                sentenceAnchorLabel = m.label();
            }
        }
        for (Figure f : found) {
            if (f.nonClaim != null) {
                continue;
            }
            Draft d = claimReader.claim(x, f, mentions, attrs);
            if (d == null) {
                continue;
            }
            if (d.asOf != null && !d.asOf.equals(a.published())) {
                sentenceAsOf = d.asOf;
            }
            add(d, x);
        }
        for (TimeReader.Mention m : mentions) {
            if ((m.type() == TimeReader.Type.RELATIVE || m.type() == TimeReader.Type.PREVIOUS_DAY) && m.date() != null
                    && sentenceAsOf == null) {
                sentenceAsOf = m.date();
            }
        }
        a.lastAsOf = sentenceAsOf != null ? sentenceAsOf : a.published();
        if (sentenceAnchor != null) {
            a.lastAnchor = sentenceAnchor;
            a.lastAnchorLabel = sentenceAnchorLabel;
        }
    }

    private void add(Draft d, Sentence x) {
        Tokens t = x.t;
        Figure f = d.figure;
        if (sentenceText == null || sentenceTextStart != t.start[x.start]) {
            sentenceText = Prose.clean(a.prose.substring(t.start[x.start], t.end[x.end - 1]));
            sentenceTextStart = t.start[x.start];
        }
        Claim c = Claim.builder(a.article)
                .offset(d.offset, d.end)
                .position(a.source.line(d.offset), a.source.column(d.offset))
                .sentence(sentenceText)
                .span(d.span)
                .figure(Prose.clean(a.prose.substring(t.start[f.first], t.end[Math.max(f.first, f.end - 1)])))
                .value(f.value, f.lower, f.upper)
                .unit(f.unit)
                .quantity(QuantityKeys.key(d), keys.label(d), d.kind)
                .named(!ClaimReader.UNNAMED.equals(d.counted))
                .change(changes.of(x, f))
                .asOf(d.asOf)
                .eventAnchor(d.anchor)
                .attribution(d.attribution)
                .partOfOffset(d.partOf)
                .build();
        claims.add(c);
        if (f.isCount() || ClaimReader.isShare(f)) {
            a.lastDraft = d;
            a.lastDraftParagraph = a.paragraphOf(d.offset);
        }
    }
}
