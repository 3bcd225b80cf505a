package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;

import java.util.Objects;

/**
 * The extractor for news copy: a hand-written scanner over sentences and tokens, driven by the
 * {@link Vocabulary}. Finds every figure that is a claim (with its interval, unit, quantity key and
 * kind, date and source) and every direct quotation (with speaker and medium). Stateless and
 * thread-safe: every call reads one article with its own state.
 */
public final class NewsExtractor implements Extractor {
    private final Vocabulary vocabulary;
    private final SentenceSplitter splitter;
    private final FigureReader figures;
    private final TimeReader times;
    private final Speakers speakers;
    private final QuoteReader quotes;

    public NewsExtractor(Vocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.splitter = new SentenceSplitter(vocabulary);
        this.figures = new FigureReader(vocabulary);
        this.times = new TimeReader(vocabulary);
        this.speakers = new Speakers(vocabulary);
        this.quotes = new QuoteReader();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public Extraction extract(LoadedArticle article) {
        return new ArticleRun(vocabulary, splitter, figures, times, speakers, quotes, article).run();
    }
}
