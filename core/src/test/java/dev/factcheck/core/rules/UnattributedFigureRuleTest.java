package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import static dev.factcheck.core.model.QuantityKind.CUMULATIVE;
import static dev.factcheck.core.model.QuantityKind.PROPOSAL;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.model.QuantityKind.STATE;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class UnattributedFigureRuleTest {
    private final Facts facts = new Facts();
    private final Article ours = draft("Our draft", "2025-07-20");

    @Test
    void aDraftsCasualtyFigureWithoutASourceIsAWarning() {
        facts.exact(ours, "hostages/held", REMAINING, 49);
        assertThat(facts.run("unattributed-figure")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getClaims()).containsExactly("c1");
            assertThat(f.getMessage()).contains("49").contains("without a source");
        });
    }

    @Test
    void aPreciseFigureWithoutASourceIsAWarning() {
        facts.exact(ours, "voters/registered", STATE, 12_345);
        assertThat(facts.run("unattributed-figure")).hasSize(1);
    }

    @Test
    void attributedFiguresAndSourcesAreFine() {
        facts.claim(ours, "palestinians/killed/gaza", CUMULATIVE, 58386, 58386.0, 58386.0,
                b -> b.attribution(by("health ministry")));
        facts.exact(source("Wire", "2025-07-14"), "palestinians/killed/gaza", CUMULATIVE, 58386);
        assertThat(facts.run("unattributed-figure")).isEmpty();
    }

    @Test
    void roundUncontestedFiguresProposalsAndOtherUnitsAreFine() {
        facts.exact(ours, "population/gaza", STATE, 2_300_000);
        facts.exact(ours, "hostages/first-stage", PROPOSAL, 40);
        facts.claim(ours, "ceasefire/duration", PROPOSAL, 60, 60.0, 60.0, b -> b.unit("day"));
        facts.claim(ours, "budget/aid", STATE, 1_234_567, 1_234_567.0, 1_234_567.0, b -> b.unit("USD"));
        assertThat(facts.run("unattributed-figure")).isEmpty();
    }

    @Test
    void theContestedWordsAreData() {
        facts.exact(ours, "people/displaced@rafah", STATE, 1_000_000);
        assertThat(facts.run("unattributed-figure")).hasSize(1);
        assertThat(facts.with("unattributed-figure: {contested: [killed]}").run("unattributed-figure")).isEmpty();
    }
}
