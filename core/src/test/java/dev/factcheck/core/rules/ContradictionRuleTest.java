package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factcheck.core.model.QuantityKind.FIXED;
import static dev.factcheck.core.model.QuantityKind.PROPOSAL;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class ContradictionRuleTest {
    private static final String HELD = "hostages/held";
    private final Facts facts = new Facts();
    private final Article wire = source("Wire", "2024-04-08");
    private final Article other = source("Other", "2024-04-08");

    @Test
    void disjointFiguresOnTheSameDayAreAnError() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.exact(other, HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getClaims()).containsExactly("c1", "c2");
            assertThat(f.getMessage()).contains("129 (Wire, 2024-04-08)").contains("133 (Other, 2024-04-08)");
        });
    }

    @Test
    void differentTalliesAreAWarningNamingBoth() {
        facts.claim(wire, "people/killed/israel/2023-10-07", FIXED, 1200, 1200.0, 1200.0, b -> b.attribution(by("Israeli tallies")));
        facts.claim(other, "people/killed/israel/2023-10-07", FIXED, 1139, 1139.0, 1139.0, b -> b.attribution(by("Al Jazeera tally")));
        assertThat(facts.run("contradiction")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("Israeli tallies").contains("Al Jazeera tally");
        });
    }

    @Test
    void oneAttributedAndOneUnattributedFigureIsAnError() {
        facts.claim(wire, HELD, REMAINING, 129, 129.0, 129.0, b -> b.attribution(by("Israeli army")));
        facts.exact(other, HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).singleElement()
                .extracting(Finding::getSeverity).isEqualTo(Severity.ERROR);
    }

    @Test
    void compatibleQualifiersAgree() {
        facts.claim(wire, "palestinians/killed/gaza", REMAINING, 33000, 33000.0, null, b -> b);
        facts.claim(other, "palestinians/killed/gaza", REMAINING, 33100, 33100.0, null, b -> b);
        facts.claim(wire, "hostages/first-stage", REMAINING, 40, 36.0, 44.0, b -> b);
        facts.exact(other, "hostages/first-stage", REMAINING, 42);
        facts.claim(wire, "displaced/rafah", REMAINING, 1_000_000, 1_000_000.0, 1_000_000.0, b -> b);
        facts.claim(other, "displaced/rafah", REMAINING, 1_000_000, 1_000_000.0, null, b -> b);
        assertThat(facts.run("contradiction")).isEmpty();
    }

    @Test
    void roundingToleranceAbsorbsTinyDifferences() {
        facts.exact(wire, "population/gaza", REMAINING, 2_300_000);
        facts.exact(other, "population/gaza", REMAINING, 2_305_000);
        assertThat(facts.run("contradiction")).isEmpty();
    }

    @Test
    void differentDaysAreNotComparedUnlessTheWindowIsWidened() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.exact(source("Later", "2024-04-09"), HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).isEmpty();
        assertThat(facts.with("contradiction: {windowDays: 1}").run("contradiction")).hasSize(1);
    }

    @Test
    void differentUnitsAreNeverCompared() {
        facts.claim(wire, "talks/duration", REMAINING, 48, 48.0, 48.0, b -> b.unit("hour"));
        facts.claim(other, "talks/duration", REMAINING, 2, 2.0, 2.0, b -> b.unit("day"));
        assertThat(facts.run("contradiction")).isEmpty();
    }

    @Test
    void proposalTermsAreNotFactsThatContradict() {
        facts.exact(wire, "hostages/first-stage", PROPOSAL, 40);
        facts.exact(other, "hostages/first-stage", PROPOSAL, 33);
        assertThat(facts.run("contradiction")).isEmpty();
    }

    @Test
    void twoFiguresInOneArticleAreLeftToInternalInconsistency() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.exact(wire, HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).isEmpty();
    }

    @Test
    void theDraftsClaimComesFirst() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.exact(draft("Our draft", "2024-04-08"), HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).singleElement()
                .extracting(Finding::getClaims).isEqualTo(List.of("c2", "c1"));
    }

    @Test
    void eachPairIsReportedOnce() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.exact(other, HELD, REMAINING, 133);
        facts.exact(source("Third", "2024-04-08"), HELD, REMAINING, 133);
        List<Finding> findings = facts.run("contradiction");
        assertThat(findings).extracting(Finding::getClaims)
                .containsExactlyInAnyOrder(List.of("c1", "c2"), List.of("c1", "c3"));
    }

    @Test
    void undatedClaimsAreNotCompared() {
        Article undated = source("Undated", null);
        facts.claim(undated, HELD, REMAINING, 129, 129.0, 129.0, b -> b.asOf(null));
        facts.exact(other, HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).isEmpty();
    }
}
