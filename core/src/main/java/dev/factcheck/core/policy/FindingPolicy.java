package dev.factcheck.core.policy;

import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.article.InlineDirectives;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.report.Fingerprints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Weighs the rules' findings the way the newsroom configured: severity overrides, the lowering of
 * findings about wire copy only, inline comments, suppressions and acknowledgements. Reports the
 * entries that matched nothing or have expired.
 */
public final class FindingPolicy {
    private final PolicyOptions options;
    private final Acknowledgements acknowledgements;
    private final Suppressions suppressions;

    public FindingPolicy(PolicyOptions options) throws FactcheckException {
        this.options = options;
        this.acknowledgements = Acknowledgements.read(options.acknowledgements());
        this.suppressions = Suppressions.read(options.suppressionFiles());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : options.severityOverrides().entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            if (!v.equals("off") && Severity.parse(v) == null) {
                problems.add("severityOverrides: '" + e.getKey() + "' must be off, info, warning or error, not '"
                        + e.getValue() + "'");
            }
        }
        String lower = options.lowerSourceFindings().strip().toLowerCase(Locale.ROOT);
        if (!Set.of("auto", "true", "false").contains(lower)) {
            problems.add("lowerSourceFindings must be auto, true or false, not '" + options.lowerSourceFindings() + "'");
        }
        if (!problems.isEmpty()) {
            throw new FactcheckException("bad configuration", problems);
        }
    }

    public Acknowledgements acknowledgements() {
        return acknowledgements;
    }

    /** Findings with their final severity and disposition (sorted as given), and notices about entries. */
    public record Outcome(List<Finding> findings, List<String> notices, List<String> unusedSuppressions) {
    }

    public Outcome apply(List<Finding> raw, List<Article> articles, List<Claim> claims, List<Quote> quotes,
                         Map<String, InlineDirectives> inline) {
        Map<String, Role> roleOf = new HashMap<>();
        for (Claim c : claims) {
            roleOf.put(c.getId(), c.getRole());
        }
        for (Quote q : quotes) {
            roleOf.put(q.getId(), q.getArticle().getRole());
        }
        boolean lower = switch (options.lowerSourceFindings().strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> articles.stream().anyMatch(Article::isDraft);
        };
        Map<String, Acknowledgements.Entry> acks = new HashMap<>();
        for (Acknowledgements.Entry e : acknowledgements.entries()) {
            acks.putIfAbsent(e.fingerprint(), e);
        }
        Set<Acknowledgements.Entry> usedAcks = new HashSet<>();
        Set<Suppressions.Entry> usedSuppressions = new HashSet<>();
        List<String> notices = new ArrayList<>();
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            String override = options.severityOverrides().get(f.getRule());
            Severity severity = f.getSeverity();
            if (override != null) {
                if (override.strip().equalsIgnoreCase("off")) {
                    continue;
                }
                severity = Severity.parse(override);
            }
            if (lower && f.getClaims().stream().allMatch(id -> roleOf.get(id) != Role.DRAFT)) {
                severity = severity.lowered();
            }
            Finding g = f.withSeverity(severity);
            g = g.withDisposition(dispose(g, inline, acks, usedAcks, usedSuppressions, notices));
            out.add(g);
        }
        for (Acknowledgements.Entry e : acknowledgements.entries()) {
            if (!usedAcks.contains(e) && !expired(e.until())) {
                notices.add(e.describe() + " matches no finding: remove it, or run factcheck:baseline to refresh the file");
            }
        }
        List<String> unused = new ArrayList<>();
        for (Suppressions.Entry e : suppressions.entries()) {
            if (!usedSuppressions.contains(e) && !expired(e.until())) {
                unused.add(e.describe() + " matched no finding");
            }
        }
        return new Outcome(out, notices, unused);
    }

    private Disposition dispose(Finding f, Map<String, InlineDirectives> inline,
                                Map<String, Acknowledgements.Entry> acks, Set<Acknowledgements.Entry> usedAcks,
                                Set<Suppressions.Entry> usedSuppressions, List<String> notices) {
        if (!options.noInlineConfig()) {
            InlineDirectives d = inline.getOrDefault(f.getArticle(), InlineDirectives.NONE);
            InlineDirectives.Range r = d.find(f.getRule(), f.getLine());
            if (r != null) {
                return new Disposition(Disposition.Kind.DISABLED_INLINE,
                        r.reason() == null ? "disabled by a comment in the article" : r.reason(), null,
                        f.getArticle() + ":" + r.commentLine());
            }
        }
        for (Suppressions.Entry e : suppressions.entries()) {
            if (e.matches(f)) {
                if (expired(e.until())) {
                    notices.add(e.describe() + " expired on " + e.until() + ": it no longer applies to "
                            + f.getArticle() + ":" + f.getLine() + " [" + f.getRule() + "]");
                    continue;
                }
                usedSuppressions.add(e);
                return new Disposition(Disposition.Kind.SUPPRESSED, e.notes(), e.until(), e.source());
            }
        }
        Acknowledgements.Entry ack = acks.get(Fingerprints.of(f));
        if (ack != null) {
            if (expired(ack.until())) {
                notices.add(ack.describe() + " expired on " + ack.until() + ": the finding counts again");
                return null;
            }
            usedAcks.add(ack);
            return new Disposition(Disposition.Kind.ACKNOWLEDGED, ack.reason(), ack.until(), "acknowledgements");
        }
        return null;
    }

    private boolean expired(java.time.LocalDate until) {
        return until != null && until.isBefore(options.today());
    }
}
