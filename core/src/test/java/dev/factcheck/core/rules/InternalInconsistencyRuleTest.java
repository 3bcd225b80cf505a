package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.factcheck.core.model.QuantityKind.POINT;
import static dev.factcheck.core.model.QuantityKind.PROPOSAL;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.model.QuantityKind.STATE;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class InternalInconsistencyRuleTest {
    private static final String HELD = "hostages/held";
    private final Facts facts = new Facts();
    private final Article wire = source("Wire", "2025-07-14");

    @Test
    void twoValuesForTheSameQuantityInOneArticleAreAnError() {
        facts.exact(wire, HELD, REMAINING, 49);
        facts.exact(wire, HELD, REMAINING, 50);
        assertThat(facts.run("internal-inconsistency")).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getClaims()).containsExactly("c2", "c1");
            assertThat(f.getMessage()).contains("50 at line 2 vs 49 at line 1");
        });
    }

    @Test
    void compatibleLowerBoundsAgree() {
        facts.claim(wire, "people/killed/gaza/today", POINT, 20, 20.0, null, b -> b);
        facts.claim(wire, "people/killed/gaza/today", POINT, 22, 22.0, null, b -> b);
        assertThat(facts.run("internal-inconsistency")).isEmpty();
    }

    @Test
    void figuresForDifferentDaysOrTalliesOrProposalsAreNotCompared() {
        facts.claim(wire, HELD, REMAINING, 129, 129.0, 129.0, b -> b.asOf(LocalDate.of(2024, 4, 8)));
        facts.exact(wire, HELD, REMAINING, 49);
        facts.claim(wire, "people/killed/israel", STATE, 1200, 1200.0, 1200.0, b -> b.attribution(by("Israeli tallies")));
        facts.claim(wire, "people/killed/israel", STATE, 1139, 1139.0, 1139.0, b -> b.attribution(by("Al Jazeera tally")));
        facts.exact(wire, "hostages/first-stage", PROPOSAL, 40);
        facts.exact(wire, "hostages/first-stage", PROPOSAL, 33);
        assertThat(facts.run("internal-inconsistency")).isEmpty();
    }

    @Test
    void aPartLargerThanItsWholeIsAnError() {
        Claim whole = facts.exact(wire, HELD, REMAINING, 27);
        facts.claim(wire, "hostages/held/dead", REMAINING, 49, 49.0, 49.0, b -> b.partOfOffset(whole.getOffset()));
        assertThat(facts.run("internal-inconsistency")).singleElement().satisfies(f -> {
            assertThat(f.getClaims()).containsExactly("c2", "c1");
            assertThat(f.getMessage()).contains("is more than the 27");
        });
    }

    @Test
    void aPartWithinItsWholeIsFine() {
        Claim whole = facts.exact(wire, HELD, REMAINING, 49);
        facts.claim(wire, "hostages/held/dead", REMAINING, 27, 27.0, 27.0, b -> b.partOfOffset(whole.getOffset()));
        facts.claim(wire, "hostages/held/alive", REMAINING, 20, 20.0, null, b -> b.partOfOffset(whole.getOffset()));
        assertThat(facts.run("internal-inconsistency")).isEmpty();
    }

    @Test
    void aPartIsOnlyComparedWithTheWholeInItsOwnArticle() {
        Claim whole = facts.exact(wire, HELD, REMAINING, 49);
        facts.claim(source("Other", "2025-07-14"), "hostages/held/dead", REMAINING, 60, 60.0, 60.0,
                b -> b.partOfOffset(whole.getOffset()));
        List<Finding> findings = facts.run("internal-inconsistency");
        assertThat(findings).isEmpty();
    }
}
