package dev.factcheck.core.pipeline;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.policy.PolicyOptions;
import dev.factcheck.core.testing.SharedFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On the seed articles, acknowledging the two 7 October tallies lets the build pass at
 * {@code violationSeverity=warning} only once every other warning is acknowledged too.
 */
class SeedAcknowledgementTest {
    private static Path seeds;
    private static CheckResult plain;
    private static final Threshold AT_WARNING = new Threshold(Severity.WARNING, 0);

    @BeforeAll
    static void checkSeeds() throws Exception {
        seeds = SharedFolders.seeds().map(s -> s.resolve("articles")).orElse(null);
        assumeTrue(seeds != null && Files.isDirectory(seeds), "../shared/seeds not present: skipped");
        plain = Factcheck.standard().check(CheckRequest.of(seeds));
    }

    private static Finding talliesFinding(CheckResult result) {
        Map<String, Claim> claims = result.claims().stream().collect(Collectors.toMap(Claim::getId, Function.identity()));
        return result.findings().stream().filter(f -> f.getRule().equals("contradiction")
                && f.getClaims().stream().map(id -> claims.get(id).getValue()).collect(Collectors.toSet())
                .equals(java.util.Set.of(1200.0, 1139.0))).findFirst().orElseThrow();
    }

    private static String entry(Finding f, String reason) {
        return "  - rule: " + f.getRule() + "\n    article: \"" + f.getArticle() + "\"\n    claim: \""
                + f.getSubject().replace("\"", "\\\"") + "\"\n    reason: \"" + reason + "\"\n";
    }

    private static CheckResult withAcknowledgements(Path dir, List<Finding> findings) throws Exception {
        StringBuilder yaml = new StringBuilder("acknowledgements:\n");
        for (Finding f : findings) {
            yaml.append(entry(f, f == findings.get(0) ? "Two tallies; we cite both with their sources." : "Reviewed."));
        }
        Path file = dir.resolve("acks.yaml");
        Files.writeString(file, yaml);
        return Factcheck.standard().check(CheckRequest.of(seeds).withPolicy(
                new PolicyOptions(Map.of(), "auto", file, List.of(), false, LocalDate.of(2026, 1, 1))));
    }

    @Test
    void acknowledgingOnlyTheTalliesStillFailsAtWarning(@TempDir Path dir) throws Exception {
        Finding tallies = talliesFinding(plain);
        assertThat(tallies.getSeverity()).isEqualTo(Severity.WARNING);
        CheckResult result = withAcknowledgements(dir, List.of(tallies));
        assertThat(AT_WARNING.evaluate(result).failed()).isTrue();
        Finding acknowledged = talliesFinding(result);
        assertThat(acknowledged.getDisposition().kind()).isEqualTo(Disposition.Kind.ACKNOWLEDGED);
        assertThat(acknowledged.getDisposition().reason()).isEqualTo("Two tallies; we cite both with their sources.");
    }

    @Test
    void acknowledgingEveryWarningAndErrorPassesAtWarning(@TempDir Path dir) throws Exception {
        Finding tallies = talliesFinding(plain);
        List<Finding> all = new java.util.ArrayList<>(List.of(tallies));
        plain.findings().stream().filter(f -> f != tallies && f.getSeverity().atLeast(Severity.WARNING)).forEach(all::add);
        CheckResult result = withAcknowledgements(dir, all);
        assertThat(AT_WARNING.evaluate(result).failed()).isFalse();
        assertThat(result.findings()).hasSameSizeAs(plain.findings());
        assertThat(result.countAcknowledged()).isEqualTo(all.size());
        assertThat(result.notices()).isEmpty();
    }
}
