package dev.factcheck.core.model;

import org.kie.api.definition.type.ClassReactive;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One figure stated in one article: what it counts (the quantity key), the interval its wording
 * allows, as of when, and who says so. Immutable; built by an extractor, numbered by the engine.
 *
 * <p>For rule authors: {@code quantityKey}, {@code kind}, {@code asOf}, {@code value}, {@code lower},
 * {@code upper}, {@code articlePath}, {@code role}, {@code sourceName} and {@code seq} are the fields
 * to join and compare on, and {@code change} says whether the figure is a level (null) or a change;
 * {@link #overlaps(Claim, double)} decides whether two figures agree. Claims that are not
 * {@linkplain #isNamed() named} are never given to the rules.
 */
@ClassReactive
public final class Claim {
    private final String id;
    private final int seq;
    private final Article article;
    private final int offset;
    private final int end;
    private final int line;
    private final int column;
    private final String sentence;
    private final String span;
    private final String figure;
    private final double value;
    private final Double lower;
    private final Double upper;
    private final String unit;
    private final String quantityKey;
    private final String quantityLabel;
    private final QuantityKind kind;
    private final LocalDate asOf;
    private final String eventAnchor;
    private final Attribution attribution;
    private final int partOfOffset;
    private final boolean named;
    private final Change change;

    private Claim(Builder b, String id, int seq) {
        this.id = id;
        this.seq = seq;
        this.article = Objects.requireNonNull(b.article, "article");
        this.offset = b.offset;
        this.end = b.end;
        this.line = b.line;
        this.column = b.column;
        this.sentence = b.sentence;
        this.span = b.span;
        this.figure = b.figure;
        this.value = b.value;
        this.lower = b.lower;
        this.upper = b.upper;
        this.unit = b.unit == null ? "count" : b.unit;
        this.quantityKey = Objects.requireNonNull(b.quantityKey, "quantityKey");
        this.quantityLabel = b.quantityLabel == null ? b.quantityKey : b.quantityLabel;
        this.kind = b.kind == null ? QuantityKind.STATE : b.kind;
        this.asOf = b.asOf;
        this.eventAnchor = b.eventAnchor;
        this.attribution = b.attribution;
        this.partOfOffset = b.partOfOffset;
        this.named = b.named;
        this.change = b.change;
    }

    public static Builder builder(Article article) {
        return new Builder(article);
    }

    /** The same claim with the report id and sequence number the engine gives it. */
    public Claim withId(String newId, int newSeq) {
        return new Claim(toBuilder(), newId, newSeq);
    }

    public Builder toBuilder() {
        Builder b = new Builder(article);
        b.offset = offset;
        b.end = end;
        b.line = line;
        b.column = column;
        b.sentence = sentence;
        b.span = span;
        b.figure = figure;
        b.value = value;
        b.lower = lower;
        b.upper = upper;
        b.unit = unit;
        b.quantityKey = quantityKey;
        b.quantityLabel = quantityLabel;
        b.kind = kind;
        b.asOf = asOf;
        b.eventAnchor = eventAnchor;
        b.attribution = attribution;
        b.partOfOffset = partOfOffset;
        b.named = named;
        b.change = change;
        return b;
    }

    /**
     * Whether the two figures can both be true: their intervals overlap once each is widened by
     * {@code relativeTolerance} of its own magnitude (rounding). Figures in different units never
     * overlap.
     */
    public boolean overlaps(Claim other, double relativeTolerance) {
        if (!unit.equals(other.unit)) {
            return false;
        }
        double lo1 = lower == null ? Double.NEGATIVE_INFINITY : lower * (1 - relativeTolerance);
        double hi1 = upper == null ? Double.POSITIVE_INFINITY : upper * (1 + relativeTolerance);
        double lo2 = other.lower == null ? Double.NEGATIVE_INFINITY : other.lower * (1 - relativeTolerance);
        double hi2 = other.upper == null ? Double.POSITIVE_INFINITY : other.upper * (1 + relativeTolerance);
        return lo1 <= hi2 && lo2 <= hi1;
    }

    /** Whether this figure's interval lies wholly above the other's, beyond the tolerance. */
    public boolean above(Claim other, double relativeTolerance) {
        if (!unit.equals(other.unit) || lower == null || other.upper == null) {
            return false;
        }
        return lower * (1 - relativeTolerance) > other.upper * (1 + relativeTolerance);
    }

    /** Whether the two claims state the same interval (a figure repeated, not changed). */
    public boolean sameInterval(Claim other) {
        return unit.equals(other.unit) && Objects.equals(lower, other.lower) && Objects.equals(upper, other.upper);
    }

    public String getId() {
        return id;
    }

    /** Order of the claim in the report (1-based): rules use it to visit each pair once. */
    public int getSeq() {
        return seq;
    }

    public Article getArticle() {
        return article;
    }

    public String getArticlePath() {
        return article.getPath();
    }

    public Role getRole() {
        return article.getRole();
    }

    public boolean isDraft() {
        return article.isDraft();
    }

    public String getOutlet() {
        return article.getOutlet();
    }

    public LocalDate getPublished() {
        return article.getPublished();
    }

    /** Character offset of the figure in the original file. */
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

    public String getSentence() {
        return sentence;
    }

    /** The figure with the words that say what it counts: {@code 129 hostages remain}. */
    public String getSpan() {
        return span;
    }

    /** The figure as worded, qualifier included: {@code more than 33,100}. */
    public String getFigure() {
        return figure;
    }

    public double getValue() {
        return value;
    }

    /** Lowest value the wording allows, or null when unbounded. */
    public Double getLower() {
        return lower;
    }

    /** Highest value the wording allows, or null when unbounded. */
    public Double getUpper() {
        return upper;
    }

    /** {@code count}, {@code percent}, a currency code, or a unit of time such as {@code day}. */
    public String getUnit() {
        return unit;
    }

    public String getQuantityKey() {
        return quantityKey;
    }

    public String getQuantityLabel() {
        return quantityLabel;
    }

    public QuantityKind getKind() {
        return kind;
    }

    /** The day the figure describes, or null when neither text nor front matter dates it. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The event the figure is anchored to ({@code 2023-10-07}), kept apart from {@link #getAsOf()}. */
    public String getEventAnchor() {
        return eventAnchor;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public boolean isAttributed() {
        return attribution != null;
    }

    /** Normalised name of the counting body, or null when the figure is unattributed. */
    public String getSourceName() {
        return attribution == null ? null : attribution.getSource();
    }

    /** Offset of the claim that this one is a part of ("49 held, including 27 dead"), or -1. */
    public int getPartOfOffset() {
        return partOfOffset;
    }

    /**
     * Whether the text names what the figure counts. A figure whose sentence names nothing counted
     * ("The answer is 42.") is reported but never given to the rules: its quantity key means nothing.
     */
    public boolean isNamed() {
        return named;
    }

    /** The change the claim states ("rose from 3.9% to 4.2%"), or null when it states a level (the usual case). */
    public Change getChange() {
        return change;
    }

    /** How an editor cites this claim: {@code 58,386 (AFP, 2025-07-14)}. */
    public String getCitation() {
        StringBuilder sb = new StringBuilder(figure == null ? span : figure).append(" (").append(article.getDisplayName());
        if (article.getPublished() != null) {
            sb.append(", ").append(article.getPublished());
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return (id == null ? "" : id + " ") + article.getPath() + ":" + line + ":" + column + " " + span
                + " [" + quantityKey + "]";
    }

    /** Builds a claim; every setter returns the builder. */
    public static final class Builder {
        private final Article article;
        private int offset;
        private int end;
        private int line;
        private int column;
        private String sentence;
        private String span;
        private String figure;
        private double value;
        private Double lower;
        private Double upper;
        private String unit;
        private String quantityKey;
        private String quantityLabel;
        private QuantityKind kind;
        private LocalDate asOf;
        private String eventAnchor;
        private Attribution attribution;
        private int partOfOffset = -1;
        private boolean named = true;
        private Change change;

        private Builder(Article article) {
            this.article = article;
        }

        public Builder offset(int offset, int end) {
            this.offset = offset;
            this.end = end;
            return this;
        }

        public Builder position(int line, int column) {
            this.line = line;
            this.column = column;
            return this;
        }

        public Builder sentence(String sentence) {
            this.sentence = sentence;
            return this;
        }

        public Builder span(String span) {
            this.span = span;
            return this;
        }

        public Builder figure(String figure) {
            this.figure = figure;
            return this;
        }

        public Builder value(double value, Double lower, Double upper) {
            this.value = value;
            this.lower = lower;
            this.upper = upper;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder quantity(String key, String label, QuantityKind kind) {
            this.quantityKey = key;
            this.quantityLabel = label;
            this.kind = kind;
            return this;
        }

        public Builder asOf(LocalDate asOf) {
            this.asOf = asOf;
            return this;
        }

        public Builder eventAnchor(String eventAnchor) {
            this.eventAnchor = eventAnchor;
            return this;
        }

        public Builder attribution(Attribution attribution) {
            this.attribution = attribution;
            return this;
        }

        public Builder partOfOffset(int partOfOffset) {
            this.partOfOffset = partOfOffset;
            return this;
        }

        /** Whether the text names what the figure counts (true unless set). */
        public Builder named(boolean named) {
            this.named = named;
            return this;
        }

        /** The change the claim states, or null (the default) for a level. */
        public Builder change(Change change) {
            this.change = change;
            return this;
        }

        public Claim build() {
            return new Claim(this, null, 0);
        }
    }
}
