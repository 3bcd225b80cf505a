package dev.factcheck.core.rules;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.extract.Extractor;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.policy.PolicyOptions;
import dev.factcheck.core.testing.SharedFolders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The acceptance check of the rule pack on the real seed articles ({@code ../shared/seeds}, or the
 * {@code factcheck.seeds} system property): findings 1–3 of the seeds README with their severities,
 * and nothing else. Skipped when the seeds are absent.
 */
class SeedArticlesTest {
    private static final String REUTERS = "2024-04-08-reuters-cairo-talks-deadlocked.md";
    private static final String ALJAZEERA = "2024-04-08-aljazeera-no-progress-cairo.md";
    private static final String AFP = "2025-07-14-afp-doha-talks-deadlocked.md";

    private Path articles;
    private Extractor extractor;

    @BeforeEach
    void needsSeedsAndExtractor() {
        Optional<Path> seeds = SharedFolders.seeds();
        Assumptions.assumeTrue(seeds.isPresent(), "no ../shared/seeds beside the project");
        articles = seeds.get().resolve("articles");
        Assumptions.assumeTrue(Files.isDirectory(articles), "no seeds/articles");
        extractor = RealExtractor.get();
    }

    @Test
    void seedsGiveTheEditorsFindingsAndNothingElse() throws Exception {
        CheckResult result = new Factcheck(req -> extractor).check(CheckRequest.of(articles).withThreads(1));
        Map<String, String[]> subjects = Fixtures.subjects(result);
        List<Fixtures.ExpectedFinding> expected = List.of(
                finding("contradiction", Severity.ERROR, List.of(ALJAZEERA + ": 133", REUTERS + ": 129")),
                finding("contradiction", Severity.WARNING, List.of(ALJAZEERA + ": 1,139", REUTERS + ": 1,200"),
                        "different tallies"),
                finding("revised-figure", Severity.INFO, List.of(REUTERS + ": 253", AFP + ": 251")),
                finding("revised-figure", Severity.INFO, List.of(ALJAZEERA + ": 253", AFP + ": 251")),
                finding("revised-figure", Severity.INFO, List.of(REUTERS + ": 1,200", AFP + ": 1,219")),
                finding("revised-figure", Severity.INFO, List.of(ALJAZEERA + ": 1,139", AFP + ": 1,219")));
        assertExactly(result, subjects, expected);
        for (Finding f : result.findings()) {
            assertThat(f.getSeverity()).as(f.toString()).isEqualTo(f.getRuleSeverity());
        }
    }

    @Test
    void aLateDraftRepeatingOldFiguresIsStale(@TempDir Path drafts) throws Exception {
        Files.writeString(drafts.resolve("draft.md"), """
                ---
                outlet: Our desk
                published: 2025-07-20
                role: draft
                ---
                Talks resumed in Doha on Sunday.

                More than 33,000 Palestinians have been killed in Gaza, according to the health ministry.

                The army says 129 hostages remain in Gaza.
                """);
        PolicyOptions asReported = new PolicyOptions(Map.of(), "false", null, List.of(), true, null);
        CheckResult result = new Factcheck(req -> extractor)
                .check(CheckRequest.of(articles, drafts).withPolicy(asReported).withThreads(1));
        Map<String, String[]> subjects = Fixtures.subjects(result);
        List<Finding> stale = result.findings().stream().filter(f -> f.getRule().equals("stale-figure")).toList();
        List<Fixtures.ExpectedFinding> expected = List.of(
                finding("stale-figure", Severity.ERROR, List.of("draft.md: 33,000", AFP + ": 58,386"),
                        "superseded by 58,386 (AFP, 2025-07-14)"),
                finding("stale-figure", Severity.ERROR, List.of("draft.md: 129", AFP + ": 49"), "superseded by 49"));
        assertExactly(stale, subjects, expected);
    }

    private static Fixtures.ExpectedFinding finding(String rule, Severity severity, List<String> about, String... message) {
        return new Fixtures.ExpectedFinding(rule, severity, about, List.of(message));
    }

    private static void assertExactly(CheckResult result, Map<String, String[]> subjects,
                                      List<Fixtures.ExpectedFinding> expected) {
        assertExactly(result.findings(), subjects, expected);
    }

    private static void assertExactly(List<Finding> findings, Map<String, String[]> subjects,
                                      List<Fixtures.ExpectedFinding> expected) {
        List<Finding> left = new ArrayList<>(findings);
        List<Fixtures.ExpectedFinding> missing = new ArrayList<>();
        for (Fixtures.ExpectedFinding e : expected) {
            Optional<Finding> hit = left.stream().filter(f -> Fixtures.matches(e, f, subjects)).findFirst();
            hit.ifPresentOrElse(left::remove, () -> missing.add(e));
        }
        if (!missing.isEmpty() || !left.isEmpty()) {
            fail("missing: %s%nunexpected: %s", missing, left.stream().map(f -> Fixtures.describe(f, subjects)).toList());
        }
    }
}
