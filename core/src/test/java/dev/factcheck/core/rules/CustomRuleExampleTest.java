package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.factcheck.core.model.QuantityKind.REMAINING;
import static dev.factcheck.core.rules.Facts.by;
import static dev.factcheck.core.rules.Facts.draft;
import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;

/** The worked custom rule of docs/custom-rules.md compiles with the pack and does what the page says. */
class CustomRuleExampleTest {
    private final Article wire = source("Wire", "2025-07-14");
    private final Article ours = draft("Our draft", "2025-07-16");

    private static CompiledRules packWithTheExample(Path dir) throws Exception {
        String page = Files.readString(RulePackMetaTest.projectRoot().resolve("docs/custom-rules.md"));
        int start = page.indexOf("```drl\n") + "```drl\n".length();
        Files.writeString(dir.resolve("house-uncorroborated.drl"), page.substring(start, page.indexOf("```", start)));
        return RuleEngine.compile(RulePack.defaults().withRulesFrom(dir));
    }

    @Test
    void aDraftFigureNoSourceGivesIsWarned(@TempDir Path dir) throws Exception {
        CompiledRules rules = packWithTheExample(dir);
        assertThat(rules.rules().get("house-uncorroborated").severity()).isEqualTo(Severity.WARNING);
        Facts facts = new Facts();
        facts.exact(wire, "hostages/held", REMAINING, 49);
        facts.claim(ours, "hostages/held", REMAINING, 52, 52.0, 52.0, b -> b.attribution(by("army")));
        List<Finding> findings = RuleEngine.run(rules, RuleSettings.defaults(), List.of(wire, ours),
                facts.claims(), List.of(), 10_000).stream().filter(f -> f.getRule().equals("house-uncorroborated")).toList();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.getClaims()).containsExactly("c2");
            assertThat(f.getMessage()).isEqualTo("hostages held: 52 — no source article in the repository gives this figure");
        });
    }

    @Test
    void aDraftFigureASourceGivesIsFine(@TempDir Path dir) throws Exception {
        CompiledRules rules = packWithTheExample(dir);
        Facts facts = new Facts();
        facts.exact(wire, "hostages/held", REMAINING, 49);
        facts.claim(ours, "hostages/held", REMAINING, 49, 49.0, 49.0, b -> b.attribution(by("army")));
        assertThat(RuleEngine.run(rules, RuleSettings.defaults(), List.of(wire, ours), facts.claims(), List.of(), 10_000))
                .noneMatch(f -> f.getRule().equals("house-uncorroborated"));
    }
}
