package dev.factcheck.core.model;

import org.kie.api.definition.type.ClassReactive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article's metadata, as a rule sees it. The path is relative to its articles directory, with
 * {@code /} separators. Any field but the path and role may be null when the front matter lacks it.
 */
@ClassReactive
public final class Article {
    private final String path;
    private final String title;
    private final String outlet;
    private final LocalDate published;
    private final String publishedText;
    private final String url;
    private final Role role;

    public Article(String path, String title, String outlet, LocalDate published, String publishedText,
                   String url, Role role) {
        this.path = Objects.requireNonNull(path, "path");
        this.title = title;
        this.outlet = outlet;
        this.published = published;
        this.publishedText = publishedText;
        this.url = url;
        this.role = role == null ? Role.SOURCE : role;
    }

    public String getPath() {
        return path;
    }

    public String getTitle() {
        return title;
    }

    public String getOutlet() {
        return outlet;
    }

    /** The publication day, or null when the article does not say. */
    public LocalDate getPublished() {
        return published;
    }

    /** The {@code published} value exactly as the front matter gives it (a date or a date-time). */
    public String getPublishedText() {
        return publishedText;
    }

    public String getUrl() {
        return url;
    }

    public Role getRole() {
        return role;
    }

    public boolean isDraft() {
        return role == Role.DRAFT;
    }

    /** Outlet, or the file name when the outlet is unknown: how a person names this article. */
    public String getDisplayName() {
        return outlet != null ? outlet : path;
    }

    @Override
    public String toString() {
        return path;
    }
}
