package dev.factcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the default pack has metadata, a file named after it, a catalog section and fixtures. */
class RulePackMetaTest {
    private static final Set<String> CONTRACT_IDS = Set.of("contradiction", "stale-figure", "revised-figure",
            "impossible-trend", "internal-inconsistency", "quote-mismatch", "quote-misattribution", "unattributed-figure");
    private static final Set<String> READ_BY_THE_ENGINE = Set.of("engine.maxRuleFirings", "engine.grouping", "quotes.keyWords",
            "quotes.minWords");
    private static final Pattern RULE_ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    private static CompiledRules pack;

    @BeforeAll
    static void compile() {
        pack = Facts.pack();
    }

    @Test
    void thePackHasExactlyTheContractsRuleIdsEachWithSeverityAndSummary() {
        assertThat(pack.rules().keySet()).containsExactlyInAnyOrderElementsOf(CONTRACT_IDS);
        pack.rules().values().forEach(info -> {
            assertThat(info.severity()).as(info.id()).isNotNull();
            assertThat(info.summary()).as(info.id()).isNotBlank();
        });
    }

    @Test
    void eachDrlFileIsNamedAfterTheOneRuleIdItHolds() {
        for (RulePack.DrlSource s : RulePack.defaults().sources()) {
            Matcher m = RULE_ID.matcher(s.content());
            Set<String> ids = new java.util.TreeSet<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            String file = s.name().substring(s.name().lastIndexOf('/') + 1);
            assertThat(ids).as(s.name()).containsExactly(file.replace(".drl", ""));
        }
    }

    @Test
    void eachRuleHasASectionInTheCatalogWithSeverityExampleAndAcknowledgement() throws IOException {
        String catalog = Files.readString(projectRoot().resolve("docs/rules.md"));
        for (RuleInfo info : pack.rules().values()) {
            int at = catalog.indexOf("\n## `" + info.id() + "`");
            assertThat(at).as("section for " + info.id() + " in docs/rules.md").isPositive();
            int next = catalog.indexOf("\n## ", at + 1);
            String section = catalog.substring(at, next < 0 ? catalog.length() : next);
            assertThat(section).as(info.id()).contains("Default severity: `" + info.severity().id() + "`")
                    .contains("Example").contains("Acknowledg");
        }
        assertThat(projectRoot().resolve("docs/custom-rules.md")).exists();
    }

    @Test
    void eachRuleHasTwoPositiveAndTwoNegativeFixtures() {
        List<Fixtures.Case> cases = Fixtures.all();
        Map<String, List<Fixtures.Case>> byRule = cases.stream().collect(Collectors.groupingBy(Fixtures.Case::rule));
        assertThat(byRule.keySet()).containsExactlyInAnyOrderElementsOf(pack.rules().keySet());
        byRule.forEach((rule, list) -> {
            assertThat(list.stream().filter(Fixtures.Case::positive).count()).as(rule + " positive fixtures")
                    .isGreaterThanOrEqualTo(2);
            assertThat(list.stream().filter(c -> !c.positive()).count()).as(rule + " negative fixtures")
                    .isGreaterThanOrEqualTo(2);
        });
        for (Fixtures.Case c : cases) {
            assertThat(c.expected().note()).as(c + " note").isNotBlank();
            c.expected().findings().forEach(f -> assertThat(pack.rules()).as(c.toString()).containsKey(f.rule()));
        }
    }

    @Test
    void everySettingIsReadByARuleOrTheEngine() throws IOException {
        String drl = RulePack.defaults().sources().stream().map(RulePack.DrlSource::content)
                .collect(Collectors.joining("\n"));
        JsonNode settings;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleSettings.DEFAULT_RESOURCE)) {
            settings = new YAMLMapper().readTree(in);
        }
        List<String> keys = new ArrayList<>();
        leaves(settings, "", keys);
        for (String key : keys) {
            assertThat(drl.contains("\"" + key + "\"") || READ_BY_THE_ENGINE.contains(key))
                    .as("setting " + key + " is used").isTrue();
        }
    }

    private static void leaves(JsonNode node, String prefix, List<String> out) {
        if (!node.isObject()) {
            out.add(prefix);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            leaves(e.getValue(), prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), out);
        }
    }

    static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("rules/src/main/resources/" + RulePack.INDEX))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the project root from " + Path.of("").toAbsolutePath());
    }
}
