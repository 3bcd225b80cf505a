package dev.factcheck.core;

import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable outcome of one check, sorted and numbered: every report format and the
 * pass/fail decision read from it. {@code warnings} lists every problem met with an input file;
 * the {@link ArticleProblem#fatal() fatal} ones are articles that were left out (see {@link #errors()}). {@code fromCache} counts articles whose extraction came from the
 * cache (for the log only: reports never show it, so they stay identical between runs).
 */
public record CheckResult(List<Article> articles, List<Claim> claims, List<Quote> quotes, List<Finding> findings,
                          List<ArticleProblem> warnings, Map<String, RuleInfo> rules, List<String> notices,
                          List<String> unusedSuppressions, int fromCache) {
    public CheckResult(List<Article> articles, List<Claim> claims, List<Quote> quotes, List<Finding> findings,
                       List<ArticleProblem> warnings, Map<String, RuleInfo> rules) {
        this(articles, claims, quotes, findings, warnings, rules, List.of(), List.of(), 0);
    }

    public CheckResult {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        rules = Map.copyOf(rules);
        notices = List.copyOf(notices);
        unusedSuppressions = List.copyOf(unusedSuppressions);
    }

    /** Open findings (neither acknowledged, suppressed nor disabled) by severity. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            if (f.isOpen()) {
                counts.merge(f.getSeverity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Open findings at or above the severity: the ones a threshold counts. */
    public long countAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.isOpen() && f.getSeverity().atLeast(severity)).count();
    }

    /** Articles that could not be read at all (bad front matter): the check ran without them. */
    public List<ArticleProblem> errors() {
        return warnings.stream().filter(ArticleProblem::fatal).toList();
    }

    public long countAcknowledged() {
        return findings.stream().filter(f -> f.getDisposition() != null
                && f.getDisposition().kind() == Disposition.Kind.ACKNOWLEDGED).count();
    }

    /** Findings suppressed by a suppression file or disabled by a comment in the article. */
    public long countSuppressed() {
        return findings.stream().filter(f -> f.getDisposition() != null
                && f.getDisposition().kind() != Disposition.Kind.ACKNOWLEDGED).count();
    }
}
