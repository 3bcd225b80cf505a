package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

class QuoteRulesTest {
    private final Facts facts = new Facts();
    private final Article wire = source("Wire", "2024-04-08");
    private final Article other = source("Other", "2024-04-08");

    @Test
    void twoQuotesJoinedByAnEllipsisAreTheSameStatementBySameSpeaker() {
        facts.quote(wire, "The talks have not moved, so there is nothing to report from the capital.",
                "the militant group's negotiator", null, "hamas");
        facts.quote(wire, "Nothing has changed yet.", "the militant group's negotiator", null, "hamas");
        facts.quote(other, "The talks have not moved; so, there is nothing to report from the capital. … Nothing has changed yet",
                "a negotiator for the group", null, "hamas");
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void aNameWithAndWithoutItsTitleIsOneSpeaker() {
        facts.quote(wire, "We have come to a decisive moment in these talks.", "Defence Minister Dana Levi",
                "dana levi", "israel");
        facts.quote(other, "We have come to a decisive moment in these talks.", "Dana Levi", "dana levi", null);
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void theSameStatementRewordedIsAMismatchReportedOnce() {
        facts.quote(wire, "We are close to an agreement. The gaps are small now.", "Dana Levi", "dana levi", null);
        facts.quote(draft("Our draft", "2024-04-09"), "We are very close to an agreement. The gaps are small now.",
                "Dana Levi", "dana levi", null);
        List<Finding> findings = facts.run();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("quote-mismatch");
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getClaims()).containsExactly("q2", "q1");
            assertThat(f.getMessage()).contains("in Wire, 2024-04-08");
        });
    }

    @Test
    void anExcerptIsNotAMismatch() {
        facts.quote(wire, "We are close to an agreement, but the gaps on the maps remain.", "Dana Levi", "dana levi", null);
        facts.quote(other, "the gaps on the maps remain", "Dana Levi", "dana levi", null);
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void theSameStatementGivenToTheOtherSideIsAMisattribution() {
        facts.quote(wire, "There is no movement at all in the talks today.", "a Hamas official", null, "hamas");
        facts.quote(other, "There is no movement at all in the talks today.", "an Israeli official", null, "israel");
        assertThat(facts.run()).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("quote-misattribution");
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getMessage()).contains("a Hamas official").contains("an Israeli official");
        });
    }

    @Test
    void theSameStatementGivenToTwoNamedPeopleIsAMisattribution() {
        facts.quote(wire, "There is no movement at all in the talks today.", "Dana Levi", "dana levi", null);
        facts.quote(other, "There is no movement at all in the talks today.", "Omar Haddad", "omar haddad", null);
        assertThat(facts.run("quote-misattribution")).hasSize(1);
    }

    @Test
    void anAnonymousOfficialMayBeTheNamedOneOnTheSameSide() {
        facts.quote(wire, "There is no movement at all in the talks today.", "a senior official", "official", "israel");
        facts.quote(other, "There is no movement at all in the talks today.", "Dana Levi", "dana levi", "israel");
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void quotesSharingOnlyACommonOpeningAreDifferentStatements() {
        facts.quote(wire, "We are going to keep talking until there is a deal.", "Dana Levi", "dana levi", null);
        facts.quote(other, "We are going to win this war whatever it costs.", "Omar Haddad", "omar haddad", null);
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void quotesInOneArticleAreNotCompared() {
        facts.quote(wire, "There is no movement at all in the talks today.", "a Hamas official", null, "hamas");
        facts.quote(wire, "There is no movement at all in the talks, today.", "an Israeli official", null, "israel");
        assertThat(facts.run()).isEmpty();
    }
}
