package dev.factcheck.core;

import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable outcome of one check, sorted and numbered: every report format and the
 * pass/fail decision read from it.
 */
public record CheckResult(List<Article> articles, List<Claim> claims, List<Quote> quotes, List<Finding> findings,
                          List<ArticleProblem> warnings, Map<String, RuleInfo> rules) {
    public CheckResult {
        articles = List.copyOf(articles);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        rules = Map.copyOf(rules);
    }

    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.getSeverity(), 1, Integer::sum);
        }
        return counts;
    }

    /** Findings at or above the severity: the ones a threshold counts. */
    public long countAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.getSeverity().atLeast(severity)).count();
    }
}
