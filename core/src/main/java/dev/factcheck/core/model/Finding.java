package dev.factcheck.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A finding of one rule: its id and severity, the message an editor reads, and the claims or quotes
 * it is about (the first is the one the finding points at). Location fields copy the first one's.
 */
public final class Finding {
    private final String id;
    private final String rule;
    private final Severity severity;
    private final String message;
    private final List<String> claims;
    private final String article;
    private final int line;
    private final int column;
    private final String subject;
    private final Severity ruleSeverity;
    private final Disposition disposition;

    public Finding(String id, String rule, Severity severity, String message, List<String> claims, String article,
                   int line, int column, String subject) {
        this(id, rule, severity, message, claims, article, line, column, subject, severity, null);
    }

    private Finding(String id, String rule, Severity severity, String message, List<String> claims, String article,
                    int line, int column, String subject, Severity ruleSeverity, Disposition disposition) {
        this.id = id;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
        this.claims = List.copyOf(claims);
        this.article = article;
        this.line = line;
        this.column = column;
        this.subject = subject;
        this.ruleSeverity = ruleSeverity;
        this.disposition = disposition;
    }

    public Finding withId(String newId) {
        return new Finding(newId, rule, severity, message, claims, article, line, column, subject, ruleSeverity,
                disposition);
    }

    /** The same finding at another severity; {@link #getRuleSeverity()} keeps what the rule said. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(id, rule, newSeverity, message, claims, article, line, column, subject, ruleSeverity,
                disposition);
    }

    public Finding withDisposition(Disposition newDisposition) {
        return new Finding(id, rule, severity, message, claims, article, line, column, subject, ruleSeverity,
                newDisposition);
    }

    public String getId() {
        return id;
    }

    public String getRule() {
        return rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getMessage() {
        return message;
    }

    /** Ids of the claims and quotes involved; the first is the one the finding is about. */
    public List<String> getClaims() {
        return claims;
    }

    /** Path of the article the finding points at. */
    public String getArticle() {
        return article;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    /** The text of the claim or quote the finding is about, as the fingerprint reads it. */
    public String getSubject() {
        return subject;
    }

    /** The severity the rule reported, before overrides and the lowering of source-only findings. */
    public Severity getRuleSeverity() {
        return ruleSeverity;
    }

    /** Why the finding does not count against the build, or null when it is open. */
    public Disposition getDisposition() {
        return disposition;
    }

    /** Whether the finding counts against the build (neither acknowledged, suppressed nor disabled). */
    public boolean isOpen() {
        return disposition == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && rule.equals(f.rule) && severity == f.severity && message.equals(f.message)
                && claims.equals(f.claims);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, message, claims);
    }

    @Override
    public String toString() {
        return article + ":" + line + ":" + column + ": " + severity.id() + ": [" + rule + "] " + message;
    }
}
