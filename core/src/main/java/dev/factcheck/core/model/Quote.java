package dev.factcheck.core.model;

import org.kie.api.definition.type.ClassReactive;

import java.util.Objects;

/**
 * One direct quotation in one article: its words, who said it (as written and normalised) and the
 * medium it was said through ({@code Reuters}, {@code Israel's Army Radio}, {@code Telegram}).
 * {@code normalizedText} ignores case, punctuation, quote marks and ellipses, so rules compare on it.
 */
@ClassReactive
public final class Quote {
    private final String id;
    private final int seq;
    private final Article article;
    private final int offset;
    private final int end;
    private final int line;
    private final int column;
    private final String text;
    private final String normalizedText;
    private final String speaker;
    private final String speakerKey;
    private final String speakerSide;
    private final String medium;
    /** What the quote rules derive from the words (passages, speaker words), computed once per quote. */
    private volatile Object derived;

    public Quote(Article article, int offset, int end, int line, int column, String text, String normalizedText,
                 String speaker, String speakerKey, String speakerSide, String medium) {
        this(null, 0, article, offset, end, line, column, text, normalizedText, speaker, speakerKey, speakerSide, medium);
    }

    private Quote(String id, int seq, Article article, int offset, int end, int line, int column, String text,
                  String normalizedText, String speaker, String speakerKey, String speakerSide, String medium) {
        this.id = id;
        this.seq = seq;
        this.article = Objects.requireNonNull(article, "article");
        this.offset = offset;
        this.end = end;
        this.line = line;
        this.column = column;
        this.text = text;
        this.normalizedText = normalizedText;
        this.speaker = speaker;
        this.speakerKey = speakerKey;
        this.speakerSide = speakerSide;
        this.medium = medium;
    }

    public Quote withId(String newId, int newSeq) {
        return new Quote(newId, newSeq, article, offset, end, line, column, text, normalizedText, speaker, speakerKey,
                speakerSide, medium);
    }

    /**
     * Something derived from this quote's own fields, computed on first use and kept with the quote:
     * rules compare one quote with hundreds of others, and parsing its words each time, or finding
     * them in a shared map, costs more than the comparison. One derivation per quote (the quote
     * rules' parse of its words); not part of the quote's value.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(java.util.function.Function<Quote, T> compute) {
        Object d = derived;
        if (d == null) {
            d = compute.apply(this);
            derived = d;
        }
        return (T) d;
    }

    /** What {@link #derived} has computed and kept so far, or null. */
    @SuppressWarnings("unchecked")
    public <T> T derivedIfKnown() {
        return (T) derived;
    }

    public String getId() {
        return id;
    }

    public int getSeq() {
        return seq;
    }

    public Article getArticle() {
        return article;
    }

    public String getArticlePath() {
        return article.getPath();
    }

    public int getOffset() {
        return offset;
    }

    public int getEnd() {
        return end;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    public String getText() {
        return text;
    }

    public String getNormalizedText() {
        return normalizedText;
    }

    /** The speaker as written: {@code a Hamas official}, {@code Israeli Foreign Minister Israel Katz}. */
    public String getSpeaker() {
        return speaker;
    }

    /** The speaker reduced to a comparable key ({@code israel katz}); null when unknown. */
    public String getSpeakerKey() {
        return speakerKey;
    }

    /** The party an anonymous speaker belongs to ({@code hamas}, {@code israel}); null when unknown. */
    public String getSpeakerSide() {
        return speakerSide;
    }

    public String getMedium() {
        return medium;
    }

    @Override
    public String toString() {
        return (id == null ? "" : id + " ") + article.getPath() + ":" + line + ":" + column + " \"" + text + "\" — "
                + speaker;
    }
}
