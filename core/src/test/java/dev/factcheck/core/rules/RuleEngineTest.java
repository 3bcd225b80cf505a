package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleEngineTest {
    private static CompiledRules pack;
    private static final LocalDate DAY = LocalDate.of(2024, 4, 8);
    private final Article wire = new Article("wire.md", null, "Wire", DAY, "2024-04-08", null, Role.SOURCE);
    private final Article other = new Article("other.md", null, "Other", DAY, "2024-04-08", null, Role.SOURCE);

    @BeforeAll
    static void compilePack() throws Exception {
        pack = RuleEngine.compile(RulePack.defaults());
    }

    private static Claim claim(Article a, int seq, double lo, Double hi, String source) {
        return Claim.builder(a).offset(seq * 10, seq * 10 + 3).position(seq, 1).span("x").figure(String.valueOf((long) lo))
                .value(lo, lo, hi).quantity("hostages/held", "hostages still held", QuantityKind.REMAINING)
                .asOf(a.getPublished())
                .attribution(source == null ? null : new Attribution("according to " + source, source, "according to"))
                .build().withId("c" + seq, seq);
    }

    private static List<Finding> run(Claim... claims) throws Exception {
        return RuleEngine.run(pack, RuleSettings.defaults(), List.of(), List.of(claims), List.of(), 10_000);
    }

    @Test
    void packDeclaresContradictionWithMetadata() {
        assertThat(pack.rules()).containsKey("contradiction");
        assertThat(pack.rules().get("contradiction").severity()).isEqualTo(Severity.ERROR);
        assertThat(pack.rules().get("contradiction").summary()).isNotBlank();
    }

    @Test
    void contradictionReportsDisjointFiguresOnTheSameDay() throws Exception {
        List<Finding> findings = run(claim(wire, 1, 129, 129.0, null), claim(other, 2, 133, 133.0, null));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("contradiction");
            assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
            assertThat(f.getClaims()).containsExactly("c1", "c2");
            assertThat(f.getMessage()).contains("129").contains("133");
        });
    }

    @Test
    void contradictionIgnoresCompatibleQualifiers() throws Exception {
        assertThat(run(claim(wire, 1, 33000, null, null), claim(other, 2, 33100, null, null))).isEmpty();
    }

    @Test
    void contradictionBetweenDifferentTalliesIsAWarningNamingBoth() throws Exception {
        List<Finding> findings = run(claim(wire, 1, 1200, 1200.0, "Israeli tallies"),
                claim(other, 2, 1139, 1139.0, "Al Jazeera tally"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
            assertThat(f.getMessage()).contains("Israeli tallies").contains("Al Jazeera tally");
        });
    }

    @Test
    void userRuleWithSyntaxErrorNamesFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("house.drl"), "package house\n\nrule \"broken\"\nwhen\n    Claim( value > )\nthen\nend\n");
        assertThatThrownBy(() -> RuleEngine.compile(RulePack.defaults().withRulesFrom(dir)))
                .isInstanceOf(RuleCompileException.class)
                .hasMessageContaining("house.drl:5");
    }

    @Test
    void runawayRuleIsStoppedWithItsName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("loop.drl"), Facts.LOOPING_RULE);
        CompiledRules withLoop = RuleEngine.compile(RulePack.defaults().withRulesFrom(dir));
        assertThatThrownBy(() -> RuleEngine.run(withLoop, RuleSettings.defaults(), List.of(),
                List.of(claim(wire, 1, 1, 1.0, null)), List.of(), 500))
                .isInstanceOf(RunawayRuleException.class)
                .hasMessageContaining("'forever'");
    }

    @Test
    void ruleWithoutSeverityIsRejectedAtLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.drl"), """
                package house
                import dev.factcheck.core.model.Claim
                rule "no severity"
                    @id("house-rule")
                when
                    Claim()
                then
                end
                """);
        assertThatThrownBy(() -> RuleEngine.compile(RulePack.defaults().withRulesFrom(dir)))
                .isInstanceOf(RuleCompileException.class).hasMessageContaining("@severity");
    }
}
