package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.factcheck.core.model.QuantityKind.CUMULATIVE;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class ImpossibleTrendRuleTest {
    private static final String KILLED = "people/killed/gaza";
    private static final String HELD = "hostages/held";
    private final Facts facts = new Facts();
    private final Article monday = source("Wire", "2025-07-14");
    private final Article tuesday = source("Other", "2025-07-15");

    @Test
    void aRunningTotalThatFallsOvernightIsAnError() {
        facts.exact(monday, KILLED, CUMULATIVE, 58386);
        facts.exact(tuesday, KILLED, CUMULATIVE, 57000);
        assertThat(facts.run("impossible-trend")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getClaims()).containsExactly("c2", "c1");
            assertThat(f.getMessage()).contains("fell from 58,386 (Wire, 2025-07-14)").contains("to 57,000");
        });
    }

    @Test
    void aRunningTotalThatFallsWithinOneArticleIsAnError() {
        facts.claim(tuesday, KILLED, CUMULATIVE, 500, 500.0, 500.0, b -> b.asOf(LocalDate.of(2025, 7, 12)));
        facts.exact(tuesday, KILLED, CUMULATIVE, 450);
        assertThat(facts.run("impossible-trend")).extracting(Finding::getClaims).containsExactly(List.of("c2", "c1"));
    }

    @Test
    void risingTotalsAndFallingRemaindersAreNormal() {
        facts.exact(source("April", "2024-04-08"), KILLED, CUMULATIVE, 33100);
        facts.exact(monday, KILLED, CUMULATIVE, 58386);
        facts.exact(source("April", "2024-04-08"), HELD, REMAINING, 129);
        facts.exact(monday, HELD, REMAINING, 49);
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void aFallAcrossMoreThanTheGracePeriodIsAStaleFigureInstead() {
        facts.exact(monday, KILLED, CUMULATIVE, 58386);
        facts.exact(source("Late", "2025-07-20"), KILLED, CUMULATIVE, 57000);
        assertThat(facts.run()).extracting(Finding::getRule).containsExactly("stale-figure");
    }

    @Test
    void differentTalliesAreNotATrend() {
        facts.claim(monday, KILLED, CUMULATIVE, 58386, 58386.0, 58386.0, b -> b.attribution(by("health ministry")));
        facts.claim(tuesday, KILLED, CUMULATIVE, 50000, 50000.0, 50000.0, b -> b.attribution(by("UN")));
        assertThat(facts.run("impossible-trend")).isEmpty();
    }

    @Test
    void aRemainderThatRisesIsAWarningUnlessSwitchedOff() {
        facts.exact(monday, HELD, REMAINING, 49);
        facts.exact(tuesday, HELD, REMAINING, 60);
        assertThat(facts.run("impossible-trend")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("rose from 49");
        });
        assertThat(facts.with("impossible-trend: {remainingRiseSeverity: 'off'}").run("impossible-trend")).isEmpty();
    }

    @Test
    void oneFindingPerLaterClaimNamingTheNewestEarlierFigure() {
        facts.claim(tuesday, KILLED, CUMULATIVE, 600, 600.0, 600.0, b -> b.asOf(LocalDate.of(2025, 7, 10)));
        facts.claim(tuesday, KILLED, CUMULATIVE, 620, 620.0, 620.0, b -> b.asOf(LocalDate.of(2025, 7, 12)));
        facts.exact(tuesday, KILLED, CUMULATIVE, 450);
        assertThat(facts.run("impossible-trend")).extracting(Finding::getClaims).containsExactly(List.of("c3", "c2"));
    }
}
