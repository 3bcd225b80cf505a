package dev.factcheck.core.extract;

import dev.factcheck.core.article.ArticleLoader;
import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.article.PageCruft;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: articles from strings or from a directory, loaded the way the plugin loads them. */
final class Articles {
    private Articles() {
    }

    static LoadedArticle of(String published, String body) {
        String text = (published == null ? "---\noutlet: Test Wire\n---\n" : "---\noutlet: Test Wire\npublished: " + published + "\n---\n") + body;
        try {
            Path dir = Files.createTempDirectory("factcheck-extract");
            Path file = dir.resolve("article.md");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                return load(dir).get(0);
            } finally {
                Files.delete(file);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LoadedArticle> load(Path dir) {
        ArticleLoader loader = new ArticleLoader(null, null, StandardCharsets.UTF_8, PageCruft.defaults());
        try {
            List<LoadedArticle> out = new ArrayList<>();
            for (ArticleLoader.ArticleFile af : loader.discover(List.of(dir))) {
                ArticleLoader.Loaded l = loader.load(af);
                if (l.article() != null) {
                    out.add(l.article());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeds folder: system property factcheck.seeds, or shared/seeds beside a parent of the working dir. */
    static Path seeds() {
        String prop = System.getProperty("factcheck.seeds");
        if (prop != null && Files.isDirectory(Path.of(prop, "articles"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared").resolve("seeds");
            if (Files.isDirectory(s.resolve("articles"))) {
                return s;
            }
        }
        return null;
    }
}
