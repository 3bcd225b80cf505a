package dev.factcheck.core.accuracy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the reported claims of the sampled articles. A sampled claim is found when the report has a
 * claim in that file with the same value; in the sampled files, a reported claim that matches no
 * sampled or optional claim is wrong.
 */
public final class ClaimScorer {
    private ClaimScorer() {
    }

    /** Sampled claims found and missed; the report's claims in the sampled files, and the wrong ones among them. */
    public record ClaimScore(List<GoldClaim> found, List<GoldClaim> missed, List<ReportClaim> reported,
                             List<ReportClaim> wrong) {
        public Ratio recall() {
            return new Ratio(found.size(), found.size() + missed.size());
        }

        public Ratio precision() {
            return new Ratio(reported.size() - wrong.size(), reported.size());
        }

        public ClaimScore forStory(String story) {
            return new ClaimScore(found.stream().filter(g -> g.story().equals(story)).toList(),
                    missed.stream().filter(g -> g.story().equals(story)).toList(),
                    reported.stream().filter(c -> c.story().equals(story)).toList(),
                    wrong.stream().filter(c -> c.story().equals(story)).toList());
        }
    }

    public static ClaimScore score(Gold gold, CheckReport report) {
        List<GoldClaim> sample = gold.claimsSample();
        Set<String> files = sample.stream().map(GoldClaim::file).collect(Collectors.toSet());
        List<ReportClaim> reported = report.claims().stream().filter(c -> files.contains(c.article())).toList();
        List<GoldClaim> found = sample.stream().filter(g -> reported.stream().anyMatch(g::matches)).toList();
        List<GoldClaim> missed = sample.stream().filter(g -> !found.contains(g)).toList();
        List<ReportClaim> wrong = reported.stream()
                .filter(c -> sample.stream().noneMatch(g -> g.matches(c))
                        && gold.claimsOptional().stream().noneMatch(g -> g.matches(c)))
                .toList();
        return new ClaimScore(found, missed, reported, wrong);
    }
}
