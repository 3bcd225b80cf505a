package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.factcheck.core.model.QuantityKind.CUMULATIVE;
import static dev.factcheck.core.model.QuantityKind.FIXED;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class StaleFigureRuleTest {
    private static final String KILLED = "palestinians/killed/gaza";
    private static final String HELD = "hostages/held";
    private static final String OCT7 = "people/killed/israel/2023-10-07";
    private final Facts facts = new Facts();
    private final Article april = source("Wire", "2024-04-08");
    private final Article july = source("AFP", "2025-07-14");
    private final Article ours = draft("Our draft", "2025-07-20");

    @Test
    void draftRepeatingAnOldTotalPointsAtTheNewestSupersedingFigure() {
        facts.claim(april, KILLED, CUMULATIVE, 33100, 33100.0, null, b -> b);
        facts.exact(source("Mid", "2024-12-01"), KILLED, CUMULATIVE, 45000);
        facts.exact(july, KILLED, CUMULATIVE, 58386);
        facts.claim(ours, KILLED, CUMULATIVE, 33000, 33000.0, null, b -> b);
        assertThat(facts.run("stale-figure")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getClaims()).containsExactly("c4", "c3");
            assertThat(f.getMessage()).contains("more than 33,000 — superseded by 58,386 (AFP, 2025-07-14)");
        });
    }

    @Test
    void draftRepeatingAnOldRemainderIsStale() {
        facts.exact(april, HELD, REMAINING, 129);
        facts.exact(july, HELD, REMAINING, 49);
        facts.exact(ours, HELD, REMAINING, 129);
        assertThat(facts.run("stale-figure")).singleElement()
                .extracting(Finding::getClaims).isEqualTo(List.of("c3", "c2"));
    }

    @Test
    void aSourceCanBeStaleToo() {
        facts.exact(july, HELD, REMAINING, 49);
        facts.exact(source("Late wire", "2025-08-01"), HELD, REMAINING, 129);
        assertThat(facts.run("stale-figure")).extracting(Finding::getClaims).containsExactly(List.of("c2", "c1"));
    }

    @Test
    void aSourceWithinTheGracePeriodDoesNotCount() {
        facts.exact(july, KILLED, CUMULATIVE, 58386);
        facts.claim(draft("Next day", "2025-07-15"), KILLED, CUMULATIVE, 33000, 33000.0, null, b -> b);
        assertThat(facts.run("stale-figure")).isEmpty();
        assertThat(facts.with("stale-figure: {graceDays: 0}").run("stale-figure")).hasSize(1);
    }

    @Test
    void aHigherTotalOrLowerRemainderIsNewerNotStale() {
        facts.exact(july, KILLED, CUMULATIVE, 58386);
        facts.exact(ours, KILLED, CUMULATIVE, 59000);
        facts.exact(july, HELD, REMAINING, 49);
        facts.exact(ours, HELD, REMAINING, 48);
        assertThat(facts.run("stale-figure")).isEmpty();
    }

    @Test
    void aFigureDatedInThePastIsHistoryNotStale() {
        facts.exact(july, KILLED, CUMULATIVE, 58386);
        facts.claim(ours, KILLED, CUMULATIVE, 33000, 33000.0, null, b -> b.asOf(LocalDate.of(2024, 4, 8)));
        assertThat(facts.run("stale-figure")).isEmpty();
    }

    @Test
    void laterSourcesAndOtherDraftsAreNoAuthority() {
        facts.exact(april, HELD, REMAINING, 129);
        facts.exact(july, HELD, REMAINING, 49);
        facts.exact(draft("Old draft", "2024-01-01"), HELD, REMAINING, 10);
        assertThat(facts.run("stale-figure")).isEmpty();
    }

    @Test
    void fixedFiguresAreNotStaleBetweenSources() {
        facts.exact(april, OCT7, FIXED, 1200);
        facts.exact(july, OCT7, FIXED, 1219);
        assertThat(facts.run("stale-figure")).isEmpty();
    }

    @Test
    void aDraftRepeatingARevisedFixedFigureIsWarned() {
        facts.exact(april, OCT7, FIXED, 1200);
        facts.exact(july, OCT7, FIXED, 1219);
        facts.exact(ours, OCT7, FIXED, 1200);
        assertThat(facts.run("stale-figure")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getClaims()).containsExactly("c3", "c2");
            assertThat(f.getMessage()).contains("revised to 1,219 (AFP, 2025-07-14)");
        });
        assertThat(facts.with("stale-figure: {fixedSeverity: off}").run("stale-figure")).isEmpty();
    }

    @Test
    void aDraftCitingAnotherTallyOfAFixedFigureIsAChoiceNotStale() {
        facts.claim(july, OCT7, FIXED, 1219, 1219.0, 1219.0, b -> b.attribution(by("AFP tally")));
        facts.claim(ours, OCT7, FIXED, 1200, 1200.0, 1200.0, b -> b.attribution(by("Israeli tallies")));
        assertThat(facts.run("stale-figure")).isEmpty();
    }

    @Test
    void kindsAreConfigurable() {
        facts.exact(april, HELD, REMAINING, 129);
        facts.exact(july, HELD, REMAINING, 49);
        facts.exact(ours, HELD, REMAINING, 129);
        assertThat(facts.with("stale-figure: {kinds: [cumulative]}").run("stale-figure")).isEmpty();
    }
}
