package dev.factcheck.core.article;

import dev.factcheck.core.model.Article;

import java.nio.file.Path;
import java.util.List;

/** An article's metadata with its text, as the extractor receives it. */
public record LoadedArticle(Article article, Path file, SourceText text, List<String> warnings) {
    public LoadedArticle {
        warnings = List.copyOf(warnings);
    }
}
