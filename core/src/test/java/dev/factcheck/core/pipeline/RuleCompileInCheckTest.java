package dev.factcheck.core.pipeline;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.FactcheckException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules compile while the articles are read, and a grouped run asks for them only when a group
 * must fire: a newsroom rule that does not compile still fails the check, on either path, naming the
 * file and line, and the cache written meanwhile is complete.
 */
class RuleCompileInCheckTest {
    private static final String BROKEN = "package house\n\nrule \"broken\"\nwhen\n    Claim( value > )\nthen\nend\n";

    private static Path articles(Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("wire.md"), """
                ---
                title: Talks
                outlet: Wire
                published: 2024-04-08
                ---
                The ministry said 1,200 people were displaced, according to the UN.
                """);
        return articles;
    }

    @Test
    void aBrokenRuleFailsTheCheckInOneSession(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), BROKEN);
        Path cache = dir.resolve("cache.bin");
        CheckRequest request = CheckRequest.of(articles(dir)).withRulesDirectory(rules).withCacheFile(cache);
        assertThatThrownBy(() -> Factcheck.standard().check(request))
                .isInstanceOfSatisfying(FactcheckException.class, e -> {
                    assertThat(e.getMessage()).startsWith("rules do not compile");
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("house.drl:5"));
                });
        assertThat(Factcheck.standard().analyse(request).fromCache()).as("the cache was written in full").isEqualTo(1);
    }

    @Test
    void aBrokenRuleFailsAGroupedCheckToo(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("house.drl"), BROKEN);
        Path settings = Files.writeString(dir.resolve("settings.yaml"), "engine:\n  grouping: key\n");
        CheckRequest plain = CheckRequest.of(articles(dir)).withRulesDirectory(rules);
        CheckRequest request = new CheckRequest(plain.articleDirectories(), null, null, null, rules, settings, null,
                2, null, dir.resolve("cache.bin"));
        for (int run = 0; run < 2; run++) {
            assertThatThrownBy(() -> Factcheck.standard().check(request))
                    .as("run %d", run)
                    .isInstanceOfSatisfying(FactcheckException.class, e ->
                            assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("house.drl:5")));
        }
    }
}
