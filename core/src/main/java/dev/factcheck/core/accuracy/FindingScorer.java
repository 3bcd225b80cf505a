package dev.factcheck.core.accuracy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores one rule's reported findings against the gold findings of the same kind. A gold finding is
 * found when one reported finding names, among its claims, every (file, value) of it. A reported
 * finding is right when it covers at least one gold finding, every claim it names belongs to a gold
 * finding it covers, and it does not name the same claims as an earlier finding.
 */
public final class FindingScorer {
    private FindingScorer() {
    }

    /** Why a reported finding is right or not. */
    public enum Verdict {
        RIGHT("right"),
        DUPLICATE("duplicate of an earlier finding"),
        LUMPED_IN("covers a gold finding but names another claim too"),
        NO_GOLD("covers no gold finding");

        private final String words;

        Verdict(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A reported finding with its claims, the gold findings it covers, its verdict and the traps it falls in. */
    public record Judged(ReportFinding finding, List<ReportClaim> claims, List<GoldFinding> covers, Verdict verdict,
                         List<LeftOut> traps) {
        public boolean right() {
            return verdict == Verdict.RIGHT;
        }

        public String story() {
            return claims.isEmpty() ? Stories.of(finding.article()) : claims.get(0).story();
        }
    }

    /** One rule's score: the gold findings found and missed, and every reported finding judged. */
    public record RuleScore(String rule, List<GoldFinding> found, List<GoldFinding> missed, List<Judged> reported) {
        public Ratio recall() {
            return new Ratio(found.size(), found.size() + missed.size());
        }

        public Ratio precision() {
            return new Ratio((int) reported.stream().filter(Judged::right).count(), reported.size());
        }

        /** Wrong findings that pair claims an editor left out on purpose. */
        public int traps() {
            return (int) reported.stream().filter(j -> !j.right() && !j.traps().isEmpty()).count();
        }

        public RuleScore forStory(String story) {
            return new RuleScore(rule, found.stream().filter(g -> g.story().equals(story)).toList(),
                    missed.stream().filter(g -> g.story().equals(story)).toList(),
                    reported.stream().filter(j -> j.story().equals(story)).toList());
        }
    }

    public static RuleScore score(String rule, Gold gold, CheckReport report) {
        Map<String, ReportClaim> claimsById = report.claimsById();
        List<GoldFinding> golds = gold.findingsOf(rule);
        List<Judged> judged = new ArrayList<>();
        Set<Set<String>> named = new HashSet<>();
        Set<GoldFinding> found = new HashSet<>();
        for (ReportFinding f : report.findingsOf(rule)) {
            List<ReportClaim> claims = f.claims().stream().map(claimsById::get).filter(Objects::nonNull).toList();
            List<GoldFinding> covers = golds.stream().filter(g -> covers(claims, g.claims())).toList();
            found.addAll(covers);
            boolean first = named.add(claimKeys(claims));
            judged.add(new Judged(f, claims, covers, verdict(claims, covers, first), traps(claims, gold.leftOut())));
        }
        return new RuleScore(rule, golds.stream().filter(found::contains).toList(),
                golds.stream().filter(g -> !found.contains(g)).toList(), judged);
    }

    /** Whether the claims name every (file, value) of the gold claims. */
    static boolean covers(List<ReportClaim> claims, List<GoldClaim> gold) {
        return !gold.isEmpty() && gold.stream().allMatch(g -> claims.stream().anyMatch(g::matches));
    }

    private static Verdict verdict(List<ReportClaim> claims, List<GoldFinding> covers, boolean first) {
        if (covers.isEmpty()) {
            return Verdict.NO_GOLD;
        }
        boolean allBelong = claims.stream().allMatch(c -> covers.stream()
                .anyMatch(g -> g.claims().stream().anyMatch(gc -> gc.matches(c))));
        if (!allBelong) {
            return Verdict.LUMPED_IN;
        }
        return first ? Verdict.RIGHT : Verdict.DUPLICATE;
    }

    /** The claims a finding names as (file, value): two findings naming the same ones are duplicates. */
    private static Set<String> claimKeys(List<ReportClaim> claims) {
        Set<String> keys = new HashSet<>();
        claims.forEach(c -> keys.add(c.article() + "|" + c.value()));
        return keys;
    }

    /** The left-out entries of which the claims name at least two (file, value) pairs (all, for a pair). */
    static List<LeftOut> traps(List<ReportClaim> claims, List<LeftOut> leftOut) {
        return leftOut.stream().filter(lo -> {
            long named = lo.claims().stream().filter(g -> claims.stream().anyMatch(g::matches)).count();
            return lo.claims().size() >= 2 && named >= 2;
        }).toList();
    }
}
