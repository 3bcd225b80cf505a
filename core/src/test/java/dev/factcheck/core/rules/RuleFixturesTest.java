package dev.factcheck.core.rules;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.extract.Extractor;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.policy.PolicyOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/** Runs every fixture of {@code fixtures/<rule-id>/<case>/} through the whole check, real extractor included. */
class RuleFixturesTest {
    static List<Fixtures.Case> cases() {
        return Fixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureGivesExactlyTheExpectedFindings(Fixtures.Case c) throws Exception {
        Extractor extractor = RealExtractor.get();
        PolicyOptions asReported = new PolicyOptions(Map.of(), "false", null, List.of(), true, null);
        CheckResult result = new Factcheck(req -> extractor)
                .check(CheckRequest.of(c.dir()).withPolicy(asReported).withThreads(1));
        Assumptions.assumeFalse(c.rule().startsWith("quote-") && result.quotes().isEmpty(),
                "the extractor on this branch finds no quotes yet");
        Map<String, String[]> subjects = Fixtures.subjects(result);
        List<Finding> actual = new ArrayList<>(result.findings().stream()
                .filter(f -> c.expected().compares(f.getRule())).toList());
        List<Fixtures.ExpectedFinding> missing = new ArrayList<>();
        for (Fixtures.ExpectedFinding e : c.expected().findings()) {
            Optional<Finding> hit = actual.stream().filter(f -> Fixtures.matches(e, f, subjects)).findFirst();
            if (hit.isPresent()) {
                actual.remove(hit.get());
            } else {
                missing.add(e);
            }
        }
        boolean passes = missing.isEmpty() && actual.isEmpty();
        String bug = c.expected().knownExtractionBug();
        if (bug != null) {
            if (passes) {
                fail("%s passes now: remove its knownExtractionBug (%s)", c, bug);
            }
            Assumptions.abort("known extraction bug: " + bug);
        }
        if (!passes) {
            fail("%s (%s)%n  missing: %s%n  unexpected: %s%n  claims: %s%n  quotes: %s", c, c.expected().note(), missing,
                    actual.stream().map(f -> Fixtures.describe(f, subjects)).toList(),
                    result.claims().stream().map(RuleFixturesTest::describe).collect(Collectors.joining("\n    ", "\n    ", "")),
                    result.quotes().stream().map(q -> q.getId() + " " + q.getArticlePath() + " “" + q.getText() + "” — "
                            + q.getSpeaker() + " [" + q.getSpeakerKey() + "/" + q.getSpeakerSide() + "]")
                            .collect(Collectors.joining("\n    ", "\n    ", "")));
        }
    }

    private static String describe(Claim c) {
        return c.getId() + " " + c.getArticlePath() + ":" + c.getLine() + " " + c.getFigure() + " [" + c.getLower() + ", "
                + c.getUpper() + "] " + c.getQuantityKey() + " " + c.getKind().id() + " asOf " + c.getAsOf()
                + (c.getSourceName() == null ? "" : " by " + c.getSourceName())
                + (c.getPartOfOffset() >= 0 ? " partOf@" + c.getPartOfOffset() : "");
    }
}
