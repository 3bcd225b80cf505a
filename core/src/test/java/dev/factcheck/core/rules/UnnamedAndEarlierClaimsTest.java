package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Direction;
import dev.factcheck.core.model.QuantityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.factcheck.core.model.QuantityKind.CUMULATIVE;
import static dev.factcheck.core.model.QuantityKind.EARLIER;
import static dev.factcheck.core.model.QuantityKind.FIXED;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.model.QuantityKind.STATE;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims that do not name what they count never reach the rules (grouped or not, and
 * {@link Facts#run()} checks both); claims of kind {@code earlier} are never compared as current figures.
 */
class UnnamedAndEarlierClaimsTest {
    private static final String HELD = "hostages/held";
    private static final String KILLED = "people/killed/gaza";
    private final Facts facts = new Facts();
    private final Article wire = source("Wire", "2024-04-08");
    private final Article other = source("Other", "2024-04-08");

    // ---- named ----------------------------------------------------------------------------------

    @Test
    void unnamedFiguresWithIncompatibleValuesInTwoArticlesDoNotContradict() {
        facts.claim(wire, "figure", STATE, 42, 42.0, 42.0, b -> b.named(false));
        facts.claim(other, "figure", STATE, 7, 7.0, 7.0, b -> b.named(false));
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void theSameFiguresNamedDoContradict() {
        facts.claim(wire, "figure", STATE, 42, 42.0, 42.0, b -> b);
        facts.claim(other, "figure", STATE, 7, 7.0, 7.0, b -> b);
        assertThat(facts.run("contradiction")).singleElement()
                .satisfies(f -> assertThat(f.getClaims()).containsExactly("c1", "c2"));
    }

    @Test
    void anUnnamedFigureIsNotComparedWithANamedOne() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.claim(other, HELD, REMAINING, 133, 133.0, 133.0, b -> b.named(false));
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void anUnnamedPreciseFigureInADraftNeedsNoSource() {
        facts.claim(draft("Desk", "2024-04-08"), KILLED, CUMULATIVE, 58_386, 58_386.0, 58_386.0, b -> b.named(false));
        assertThat(facts.run()).isEmpty();
    }

    @Test
    void unnamedClaimsJoinNoGroupAndNoSession() {
        Claim named = facts.exact(wire, HELD, REMAINING, 129);
        Claim unnamed = facts.claim(other, "figure", STATE, 7, 7.0, 7.0, b -> b.named(false));
        assertThat(RuleEngine.ruleClaims(List.of(named, unnamed))).containsExactly(named);
        assertThat(GroupedRules.groups(List.of(named, unnamed), List.of(), facts.settings()))
                .singleElement().satisfies(g -> assertThat(g.claims).containsExactly(named));
    }

    // ---- change ---------------------------------------------------------------------------------

    @Test
    void aGroupFingerprintCoversTheChangeAClaimStates() {
        Claim level = facts.exact(wire, "unemployment/rate", STATE, 4.2);
        Claim up = level.toBuilder().change(new Change(Direction.UP, 3.9, 4.2)).build().withId("c1", 1);
        Claim down = level.toBuilder().change(new Change(Direction.DOWN, 3.9, 4.2)).build().withId("c1", 1);
        Claim noEnds = level.toBuilder().change(new Change(Direction.UP, null, null)).build().withId("c1", 1);
        List<String> prints = List.of(level, up, down, noEnds).stream()
                .map(c -> GroupResults.fingerprint(List.of(c), List.of())).toList();
        assertThat(prints).doesNotHaveDuplicates();
        assertThat(GroupResults.fingerprint(List.of(up), List.of()))
                .isEqualTo(GroupResults.fingerprint(List.of(up.toBuilder().build().withId("c1", 1)), List.of()));
    }

    // ---- earlier --------------------------------------------------------------------------------

    @Test
    void anEarlierFigureIsNotACurrentFigureThatContradicts() {
        facts.exact(wire, HELD, REMAINING, 129);
        facts.exact(other, HELD, EARLIER, 133); // "up from 133" in the other article: second in the pair
        facts.exact(source("Third", "2024-04-08"), "hostages/taken", EARLIER, 240); // first in the pair
        facts.exact(source("Fourth", "2024-04-08"), "hostages/taken", FIXED, 253);
        assertThat(facts.run()).isEmpty();
        facts.exact(source("Fifth", "2024-04-08"), HELD, REMAINING, 133);
        assertThat(facts.run("contradiction")).singleElement()
                .satisfies(f -> assertThat(f.getClaims()).containsExactly("c1", "c5"));
    }

    @Test
    void aCurrentFigureAndTheEarlierOneItReplacesAreNotInconsistent() {
        facts.exact(wire, KILLED, CUMULATIVE, 230);
        facts.exact(wire, KILLED, EARLIER, 212); // "230, up from 212"
        assertThat(facts.run()).isEmpty();
        facts.exact(wire, KILLED, CUMULATIVE, 212);
        assertThat(facts.run("internal-inconsistency")).singleElement()
                .satisfies(f -> assertThat(f.getClaims()).containsExactly("c3", "c1"));
    }

    @Test
    void anEarlierFigureIsNotTheOtherSideOfATrendAStaleOrARevisedFigure() {
        assertThat(trendStaleAndRevised(true)).doesNotContain("impossible-trend", "stale-figure", "revised-figure");
    }

    @Test
    void theSameFiguresAsCurrentOnesAreComparedByEachOfThoseRules() {
        assertThat(trendStaleAndRevised(false)).contains("impossible-trend", "stale-figure", "revised-figure");
    }

    /** The rules fired over three pairs whose second figure is earlier, or of the first figure's kind. */
    private static List<String> trendStaleAndRevised(boolean earlier) {
        Facts f = new Facts();
        Article monday = source("Monday", "2024-04-08");
        Article tuesday = source("Tuesday", "2024-04-09");
        // Held: 133 on Tuesday after 129 on Monday would be a rise ("down from 129" is no such thing).
        f.exact(tuesday, HELD, REMAINING, 133);
        f.exact(monday, HELD, earlier ? EARLIER : REMAINING, 129);
        // Killed: a source two days before the draft with a higher total would supersede its 33,000.
        f.exact(draft("Desk", "2024-04-10"), KILLED, CUMULATIVE, 33_000);
        f.exact(monday, KILLED, earlier ? EARLIER : CUMULATIVE, 34_000);
        // Killed in Israel: a later source with 1,139 would revise Monday's 1,200.
        f.exact(monday, "people/killed/israel", FIXED, 1_200);
        f.exact(tuesday, "people/killed/israel", earlier ? EARLIER : FIXED, 1_139);
        return f.run().stream().map(x -> x.getRule()).distinct().sorted().toList();
    }

    @Test
    void anEarlierPreciseFigureInADraftIsNotReportedAsUnattributed() {
        Article desk = draft("Desk", "2024-04-08");
        facts.exact(desk, KILLED, EARLIER, 58_386);
        assertThat(facts.run()).isEmpty();
        facts.exact(desk, KILLED, CUMULATIVE, 58_386);
        assertThat(facts.run("unattributed-figure")).hasSize(1);
    }

    @Test
    void earlierIsInEverySkipListAndInNoKindsList() {
        RuleSettings s = RuleSettings.defaults();
        for (String rule : List.of("contradiction", "internal-inconsistency", "unattributed-figure")) {
            assertThat(s.listed(rule + ".skipKinds", QuantityKind.EARLIER.id())).as(rule).isTrue();
        }
        for (String rule : List.of("stale-figure", "revised-figure")) {
            assertThat(s.listed(rule + ".kinds", QuantityKind.EARLIER.id())).as(rule).isFalse();
        }
        assertThat(QuantityKind.parse("earlier")).isEqualTo(EARLIER);
    }
}
