package dev.factcheck.benchmark;

import dev.factcheck.core.article.ArticleLoader;
import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.article.PageCruft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Articles of the benchmark corpus, loaded as the check loads them, for the microbenchmarks. */
public final class Samples {
    private Samples() {
    }

    /** Writes a corpus of {@code n} articles to a temporary directory and loads them all. */
    public static List<LoadedArticle> load(int n, long seed) throws IOException {
        Path dir = Files.createTempDirectory("factcheck-samples");
        new Corpus(seed, n).write(dir);
        ArticleLoader loader = new ArticleLoader(List.of(), List.of(), StandardCharsets.UTF_8, PageCruft.defaults());
        List<LoadedArticle> out = new ArrayList<>();
        for (ArticleLoader.ArticleFile f : loader.discover(List.of(dir.resolve(Corpus.ARTICLES)))) {
            out.add(loader.load(f).article());
        }
        return out;
    }
}
