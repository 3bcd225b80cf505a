package dev.factcheck.core.accuracy;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every score of one report against one gold file. */
public record Scorecard(List<FindingScorer.RuleScore> rules, ClaimScorer.ClaimScore claims,
                        QuoteScorer.QuoteScore quotes, List<String> stories) {
    /** The rules scored by default; {@code revised-figure} only on request. */
    public static final List<String> DEFAULT_RULES = List.of("contradiction", "stale-figure");

    public static Scorecard score(Gold gold, CheckReport report, List<String> rules) {
        List<FindingScorer.RuleScore> ruleScores = rules.stream().map(r -> FindingScorer.score(r, gold, report)).toList();
        return new Scorecard(ruleScores, ClaimScorer.score(gold, report), QuoteScorer.score(gold, report),
                stories(gold));
    }

    /** The rule's score, or an error when that rule was not scored. */
    public FindingScorer.RuleScore rule(String id) {
        return rules.stream().filter(r -> r.rule().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rule not scored: " + id));
    }

    /** The stories the gold file speaks of, sorted. */
    private static List<String> stories(Gold gold) {
        TreeSet<String> stories = new TreeSet<>();
        Stream.of(gold.findings().stream().map(GoldFinding::story),
                        gold.claimsSample().stream().map(GoldClaim::story),
                        gold.quotesSample().stream().map(GoldQuote::story))
                .flatMap(s -> s).filter(s -> !s.isEmpty()).forEach(stories::add);
        return List.copyOf(stories);
    }
}
