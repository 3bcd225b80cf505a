package dev.factcheck.core.rules;

import dev.factcheck.core.extract.Extractor;
import dev.factcheck.core.extract.NewsExtractor;
import dev.factcheck.core.extract.Vocabulary;

/** The extractor the end-to-end rule tests run: the project's real one, with the default vocabulary. */
final class RealExtractor {
    private static Extractor extractor;

    private RealExtractor() {
    }

    static synchronized Extractor get() {
        if (extractor == null) {
            extractor = new NewsExtractor(Vocabulary.defaults());
        }
        return extractor;
    }
}
