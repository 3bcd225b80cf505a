package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factcheck.core.model.QuantityKind.CUMULATIVE;
import static dev.factcheck.core.model.QuantityKind.FIXED;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class RevisedFigureRuleTest {
    private static final String TAKEN = "hostages/taken/2023-10-07";
    private static final String OCT7 = "people/killed/israel/2023-10-07";
    private final Facts facts = new Facts();
    private final Article reuters = source("Reuters", "2024-04-08");
    private final Article aljazeera = source("Al Jazeera", "2024-04-08");
    private final Article afp = source("AFP", "2025-07-14");

    @Test
    void aFixedCountThatChangedIsReportedOnceForEachEarlierClaim() {
        facts.exact(reuters, TAKEN, FIXED, 253);
        facts.exact(aljazeera, TAKEN, FIXED, 253);
        facts.exact(afp, TAKEN, FIXED, 251);
        List<Finding> findings = facts.run("revised-figure");
        assertThat(findings).extracting(Finding::getClaims)
                .containsExactlyInAnyOrder(List.of("c1", "c3"), List.of("c2", "c3"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
            assertThat(f.getMessage()).contains("was revised to 251 (AFP, 2025-07-14)");
        });
    }

    @Test
    void aRevisionByAnotherTallyNamesBothTallies() {
        facts.claim(reuters, OCT7, FIXED, 1200, 1200.0, 1200.0, b -> b.attribution(by("Israeli tallies")));
        facts.claim(afp, OCT7, FIXED, 1219, 1219.0, 1219.0, b -> b.attribution(by("AFP tally")));
        assertThat(facts.run("revised-figure")).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("1,200 (Reuters, 2024-04-08) was revised to 1,219")
                        .contains("Israeli tallies vs AFP tally"));
    }

    @Test
    void onlyTheNewestRevisionIsNamed() {
        facts.exact(reuters, OCT7, FIXED, 1200);
        facts.exact(source("Mid", "2024-10-07"), OCT7, FIXED, 1210);
        facts.exact(afp, OCT7, FIXED, 1219);
        assertThat(facts.run("revised-figure")).extracting(Finding::getClaims)
                .containsExactlyInAnyOrder(List.of("c1", "c3"), List.of("c2", "c3"));
    }

    @Test
    void theSameFigureRepeatedIsNoRevision() {
        facts.exact(reuters, TAKEN, FIXED, 253);
        facts.exact(afp, TAKEN, FIXED, 253);
        facts.claim(reuters, OCT7, FIXED, 1100, 1100.0, null, b -> b);
        facts.exact(afp, OCT7, FIXED, 1139);
        assertThat(facts.run("revised-figure")).isEmpty();
    }

    @Test
    void sameDayDifferencesAreContradictionsNotRevisions() {
        facts.exact(reuters, TAKEN, FIXED, 253);
        facts.exact(aljazeera, TAKEN, FIXED, 251);
        assertThat(facts.run("revised-figure")).isEmpty();
    }

    @Test
    void draftsAndRunningTotalsAreNotRevisions() {
        facts.exact(reuters, TAKEN, FIXED, 253);
        facts.exact(draft("Our draft", "2025-07-20"), TAKEN, FIXED, 251);
        facts.exact(reuters, "palestinians/killed/gaza", CUMULATIVE, 33100);
        facts.exact(afp, "palestinians/killed/gaza", CUMULATIVE, 58386);
        assertThat(facts.run("revised-figure")).isEmpty();
    }
}
