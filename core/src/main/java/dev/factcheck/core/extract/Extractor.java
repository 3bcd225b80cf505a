package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;

/**
 * Turns one article into the claims and quotes the rules see. Implementations are stateless and
 * thread-safe: the engine calls one instance from several threads, one article per call.
 */
public interface Extractor {
    Extraction extract(LoadedArticle article);
}
