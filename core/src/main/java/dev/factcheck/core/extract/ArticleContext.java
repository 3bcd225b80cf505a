package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.article.SourceText;
import dev.factcheck.core.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading one article keeps from sentence to sentence: the text, its paragraphs, tokens and
 * quotations; what the first pass found (home place, names after titles, years and dates named); the
 * speakers met so far; the last asOf and event anchor; and the previous claim, for elided nouns and
 * parts. Not shared between threads.
 */
final class ArticleContext {
    final Article article;
    final SourceText source;
    final String prose;
    final List<SentenceSplitter.Paragraph> paragraphs;
    final Tokens[] tokens;
    /** Years and day-and-month dates the article names, filled by the first pass. */
    final TimeReader.Context time;
    final List<QuoteReader.Span> quoteSpans;
    /** Speakers in the order the text names them. */
    final List<Speakers.Speaker> history = new ArrayList<>();
    /** Names that follow a title ("Israeli Prime Minister Benjamin Netanyahu"). */
    final List<Speakers.Speaker> names = new ArrayList<>();
    /** The gazetteer place the article is about, or null. */
    String homePlace;

    LocalDate lastAsOf;
    String lastAnchor;
    String lastAnchorLabel;
    /** The previous count or share claim, and its paragraph. */
    Draft lastDraft;
    int lastDraftParagraph = -1;

    ArticleContext(SentenceSplitter splitter, QuoteReader quoteReader, LoadedArticle loaded) {
        this.article = loaded.article();
        this.source = loaded.text();
        this.prose = source.prose();
        this.paragraphs = splitter.split(prose, source.original(), source.bodyStart());
        this.tokens = new Tokens[paragraphs.size()];
        for (int i = 0; i < tokens.length; i++) {
            SentenceSplitter.Paragraph p = paragraphs.get(i);
            tokens[i] = Tokens.of(prose, p.start(), p.end());
        }
        this.time = new TimeReader.Context(article.getPublished());
        this.quoteSpans = quoteReader.read(prose, paragraphs);
        this.lastAsOf = article.getPublished();
    }

    LocalDate published() {
        return article.getPublished();
    }

    int paragraphOf(int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset >= paragraphs.get(i).start() && offset <= paragraphs.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The sentence of paragraph {@code pi} that holds {@code offset}, or null. */
    SentenceSplitter.Span sentenceAt(int pi, int offset) {
        for (SentenceSplitter.Span s : paragraphs.get(pi).sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** Whether {@code offset} is inside the quoted text of a quotation (not its marks). */
    boolean insideQuote(int offset) {
        for (QuoteReader.Span q : quoteSpans) {
            if (offset > q.open && offset < q.end - 1) {
                for (int[] p : q.parts) {
                    if (offset >= p[0] && offset < p[1]) {
                        return true;
                    }
                }
            }
            if (q.open > offset) {
                break;
            }
        }
        return false;
    }

    /** The quotation whose text holds {@code offset}, or null. */
    QuoteReader.Span quoteAt(int offset) {
        for (QuoteReader.Span q : quoteSpans) {
            for (int[] p : q.parts) {
                if (offset >= p[0] && offset < p[1]) {
                    return q;
                }
            }
        }
        return null;
    }
}
