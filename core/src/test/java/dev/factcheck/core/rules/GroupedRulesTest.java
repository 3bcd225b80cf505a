package dev.factcheck.core.rules;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.testing.SharedFolders;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static dev.factcheck.core.model.QuantityKind.CUMULATIVE;
import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default pack runs group by group (quantity key, part and whole, shared quote passage), on
 * several threads, and keeps each group's findings for the next run. Every rule test also compares
 * the grouped run with one session ({@link Facts#run()}).
 */
class GroupedRulesTest {
    private final Article wire = source("Wire", "2024-04-08");
    private final Article other = source("Other", "2024-04-08");
    private final Article later = source("Later", "2024-04-12");
    private final Article ours = draft("Desk", "2024-04-20");

    /** Two keys with findings (a contradiction; a stale draft figure), one without, and two statements. */
    private Facts archive() {
        Facts facts = new Facts();
        facts.exact(wire, "hostages/held", REMAINING, 129);
        facts.exact(other, "hostages/held", REMAINING, 133);
        facts.exact(wire, "palestinians/killed/gaza", CUMULATIVE, 33_000);
        facts.exact(later, "palestinians/killed/gaza", CUMULATIVE, 33_400);
        facts.exact(ours, "palestinians/killed/gaza", CUMULATIVE, 33_000);
        facts.exact(wire, "aid/trucks", CUMULATIVE, 300);
        facts.quote(wire, "We will not accept any deal that leaves our people behind in the tunnels of Gaza.",
                "Benny Gantz", "benny gantz", "israel");
        facts.quote(other, "We will not accept any deal that leaves our people behind in the tunnels of Gaza.",
                "Ismail Haniyeh", "ismail haniyeh", "hamas");
        facts.quote(later, "The talks in Cairo are serious and we expect answers within two days.",
                "a Hamas official", "hamas official", "hamas");
        return facts;
    }

    @Test
    void factsFallIntoGroupsByKeyPartAndWholeAndSharedPassage() {
        Facts facts = archive();
        Claim whole = facts.exact(later, "hostages/held", REMAINING, 49);
        facts.claim(later, "hostages/dead", REMAINING, 27, 27.0, 27.0, b -> b.partOfOffset(whole.getOffset()));
        List<GroupedRules.Group> groups = GroupedRules.groups(facts.claims(), facts.quotes(), facts.settings());
        assertThat(groups).extracting(g -> g.claims.stream().map(Claim::getId).toList())
                .containsExactly(List.of("c1", "c2", "c7", "c8"), List.of("c3", "c4", "c5"), List.of("c6"),
                        List.of(), List.of());
        assertThat(groups.subList(3, 5)).extracting(g -> g.quotes.size()).containsExactly(2, 1);
    }

    @Test
    void fingerprintsTellEveryFieldOfARepeatedArticleOrSentenceApart() {
        Article a = source("Wire", "2024-04-08");
        Article sameAgain = source("Wire", "2024-04-08");
        Article retitled = new Article(a.getPath(), "New title", a.getOutlet(), a.getPublished(),
                a.getPublishedText(), a.getUrl(), a.getRole());
        UnaryOperator<Claim.Builder> shared = b -> b.sentence("Strikes killed 40 people and wounded 90.");
        List<Claim> base = twoClaims(a, a, shared, shared);
        String fingerprint = GroupResults.fingerprint(base, List.of());
        assertThat(GroupResults.fingerprint(twoClaims(a, sameAgain, shared, shared), List.of()))
                .as("equal articles, other instances").isEqualTo(fingerprint);
        assertThat(GroupResults.fingerprint(twoClaims(a, retitled, shared, shared), List.of()))
                .as("the second claim's article has another title").isNotEqualTo(fingerprint);
        assertThat(GroupResults.fingerprint(twoClaims(a, a, shared,
                b -> b.sentence("Strikes killed 40 people and wounded 91.")), List.of()))
                .as("the second claim's sentence differs").isNotEqualTo(fingerprint);
    }

    private static List<Claim> twoClaims(Article first, Article second, UnaryOperator<Claim.Builder> one,
                                         UnaryOperator<Claim.Builder> two) {
        Claim c1 = one.apply(Claim.builder(first).offset(10, 12).position(1, 10).span("40 people").figure("40")
                .value(40, 40.0, 40.0).quantity("people/killed", "people killed", CUMULATIVE)
                .asOf(first.getPublished())).build().withId("c1", 1);
        Claim c2 = two.apply(Claim.builder(second).offset(30, 32).position(1, 30).span("90 wounded").figure("90")
                .value(90, 90.0, 90.0).quantity("people/wounded", "people wounded", CUMULATIVE)
                .asOf(second.getPublished())).build().withId("c2", 2);
        return List.of(c1, c2);
    }

    @Test
    void groupedRunFindsWhatOneSessionFindsOnAnyThreadCount() throws Exception {
        Facts facts = archive();
        List<Finding> whole = facts.run();
        assertThat(whole).extracting(Finding::getRule)
                .contains("contradiction", "stale-figure", "quote-misattribution");
        for (int threads : new int[] {1, 2, 4}) {
            assertThat(described(grouped(facts, threads, null).findings())).isEqualTo(described(whole));
        }
    }

    @Test
    void unchangedGroupsKeepTheirFindingsAndAnEditedGroupIsFiredAgain(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("rules.bin");
        Facts facts = archive();
        GroupedRules.Outcome first = grouped(facts, 2, results);
        assertThat(first.reused()).isZero();
        assertThat(results).isRegularFile();

        GroupedRules.Outcome second = grouped(facts, 2, results);
        assertThat(second.reused()).isEqualTo(second.groups()).isEqualTo(5);
        assertThat(described(second.findings())).isEqualTo(described(first.findings()));

        // The desk corrects its draft: only the casualty group is fired again, and its stale figure is gone.
        List<Claim> edited = new ArrayList<>(facts.claims());
        Claim draftFigure = edited.get(4);
        edited.set(4, draftFigure.toBuilder().value(33_400, 33_400.0, 33_400.0).build()
                .withId(draftFigure.getId(), draftFigure.getSeq()));
        GroupedRules.Outcome third = GroupedRules.run(Facts.pack(), facts.settings(), List.of(), edited,
                facts.quotes(), 100_000, 2, results);
        assertThat(third.reused()).isEqualTo(4);
        assertThat(third.findings()).extracting(Finding::getRule).doesNotContain("stale-figure");
        assertThat(described(third.findings())).isEqualTo(described(RuleEngine.run(Facts.pack(), facts.settings(),
                List.of(), edited, facts.quotes(), 100_000)));
    }

    @Test
    void compiledRulesAreAskedForOnlyWhenAGroupMustFire(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("rules.bin");
        Facts facts = archive();
        CompiledRules pack = Facts.pack();
        AtomicInteger asked = new AtomicInteger();
        Supplier<CompiledRules> counting = () -> {
            asked.incrementAndGet();
            return pack;
        };
        GroupedRules.Outcome first = GroupedRules.run(pack.digest(), counting, facts.settings(), List.of(),
                facts.claims(), facts.quotes(), 100_000, 2, results);
        assertThat(asked).hasValue(1);
        GroupedRules.Outcome second = GroupedRules.run(pack.digest(), () -> {
            throw new AssertionError("every group is known: nothing to compile for");
        }, facts.settings(), List.of(), facts.claims(), facts.quotes(), 100_000, 2, results);
        assertThat(second.reused()).isEqualTo(second.groups());
        assertThat(described(second.findings())).isEqualTo(described(first.findings()));
        GroupedRules.Outcome otherPack = GroupedRules.run("another digest", counting, facts.settings(), List.of(),
                facts.claims(), facts.quotes(), 100_000, 2, results);
        assertThat(otherPack.reused()).as("results of another pack are not reused").isZero();
        assertThat(asked).hasValue(2);
    }

    @Test
    void unchangedRunLeavesTheResultsFileAlone(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("rules.bin");
        Facts facts = archive();
        grouped(facts, 1, results);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(results, old);
        grouped(facts, 1, results);
        assertThat(Files.getLastModifiedTime(results)).isEqualTo(old);
    }

    @Test
    void damagedResultsOrOtherSettingsAreNotReused(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("rules.bin");
        Facts facts = archive();
        List<String> expected = described(facts.run());
        grouped(facts, 1, results);
        byte[] bytes = Files.readAllBytes(results);
        Files.write(results, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        GroupedRules.Outcome truncated = grouped(facts, 1, results);
        assertThat(truncated.reused()).isZero();
        assertThat(described(truncated.findings())).isEqualTo(expected);

        Files.writeString(results, "not a results file");
        assertThat(grouped(facts, 1, results).reused()).isZero();

        facts.with("contradiction:\n  windowDays: 2\n");
        assertThat(grouped(facts, 1, results).reused()).isZero();
    }

    @Test
    void groupingAppliesToTheDefaultPackOrWhenAskedFor(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("house.drl"), """
                package house
                import dev.factcheck.core.model.Claim
                rule "two figures in one article"
                    @id("house-pair") @severity("info")
                when
                    $a : Claim( $art : articlePath )
                    $b : Claim( articlePath == $art, seq > $a.seq )
                then
                end
                """);
        CompiledRules custom = RuleEngine.compile(RulePack.defaults().withRulesFrom(dir));
        RuleSettings defaults = RuleSettings.defaults();
        assertThat(GroupedRules.applies(Facts.pack(), defaults)).isTrue();
        assertThat(GroupedRules.applies(custom, defaults)).isFalse();
        Facts key = new Facts().with("engine:\n  grouping: key\n");
        assertThat(GroupedRules.applies(custom, key.settings())).isTrue();
        Facts none = new Facts().with("engine:\n  grouping: none\n");
        assertThat(GroupedRules.applies(Facts.pack(), none.settings())).isFalse();
    }

    @Test
    void runawayRuleIsStoppedInAGroupedRun(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loop.drl"), Facts.LOOPING_RULE);
        CompiledRules withLoop = RuleEngine.compile(RulePack.defaults().withRulesFrom(dir));
        Facts facts = archive();
        assertThatThrownBy(() -> GroupedRules.run(withLoop, facts.settings(), List.of(), facts.claims(),
                facts.quotes(), 500, 2, null))
                .isInstanceOf(RunawayRuleException.class).hasMessageContaining("'forever'");
    }

    @Test
    void seedArticlesGiveTheSameFindingsGroupedAsInOneSession() throws Exception {
        var seeds = SharedFolders.seeds();
        Assumptions.assumeTrue(seeds.isPresent(), "../shared/seeds is not here");
        assertSameFindings(seeds.get().resolve("articles"));
    }

    @Test
    void exampleProjectGivesTheSameFindingsGroupedAsInOneSession() throws Exception {
        assertSameFindings(Path.of("..", "example-project", "articles").toAbsolutePath().normalize());
    }

    private static void assertSameFindings(Path articles) throws Exception {
        Factcheck.Analysis a = Factcheck.standard().analyse(CheckRequest.of(articles));
        RuleSettings settings = RuleSettings.defaults();
        List<Finding> whole = RuleEngine.run(Facts.pack(), settings, a.articles(), a.claims(), a.quotes(), 100_000);
        assertThat(whole).isNotEmpty();
        GroupedRules.Outcome grouped = GroupedRules.run(Facts.pack(), settings, a.articles(), a.claims(), a.quotes(),
                100_000, 2, null);
        assertThat(grouped.groups()).isGreaterThan(1);
        assertThat(described(grouped.findings())).isEqualTo(described(whole));
    }

    private static GroupedRules.Outcome grouped(Facts facts, int threads, Path results) throws RunawayRuleException {
        return GroupedRules.run(Facts.pack(), facts.settings(), List.of(), facts.claims(), facts.quotes(), 100_000,
                threads, results);
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f + " " + f.getClaims()).sorted().toList();
    }
}
