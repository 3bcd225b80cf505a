package dev.factcheck.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.report.JsonReportWriter;
import dev.factcheck.core.testing.SharedFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The whole check, from files to the JSON report, on the example project and the seed articles. */
class CheckPipelineTest {
    private static final Path EXAMPLE = Path.of("../example-project/articles");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Factcheck engine;

    @BeforeAll
    static void engine() {
        engine = Factcheck.standard();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void reportIsByteIdenticalWhateverTheThreadCount() throws Exception {
        byte[] one = new JsonReportWriter().render(engine.check(CheckRequest.of(EXAMPLE).withThreads(1)));
        byte[] four = new JsonReportWriter().render(engine.check(CheckRequest.of(EXAMPLE).withThreads(4)));
        byte[] again = new JsonReportWriter().render(engine.check(CheckRequest.of(EXAMPLE).withThreads(4)));
        assertThat(four).isEqualTo(one);
        assertThat(again).isEqualTo(one);
    }

    @Test
    void secondRunTakesEveryArticleFromTheCacheAndAnEditReExtractsOnlyThatArticle(@TempDir Path tmp) throws Exception {
        Path articles = tmp.resolve("articles");
        copyTree(EXAMPLE, articles);
        Path cache = tmp.resolve("cache.bin");
        CheckRequest request = CheckRequest.of(articles).withCacheFile(cache);
        CheckResult first = engine.check(request);
        CheckResult second = engine.check(request);
        int n = first.articles().size();
        assertThat(first.fromCache()).isZero();
        assertThat(second.fromCache()).isEqualTo(n);
        assertThat(new JsonReportWriter().render(second)).isEqualTo(new JsonReportWriter().render(first));

        Path draft = articles.resolve("2025/08/2025-08-04-draft-ceasefire-explainer.md");
        Files.writeString(draft, Files.readString(draft).replace("129 hostages remain", "49 hostages remain"));
        CheckResult third = engine.check(request);
        assertThat(third.fromCache()).isEqualTo(n - 1);
        assertThat(third.claims()).anyMatch(c -> c.getArticlePath().endsWith("explainer.md") && c.getValue() == 49);
    }

    @Test
    void exampleProjectShowsStaleFiguresOfTheDrafts() throws Exception {
        CheckResult result = engine.check(CheckRequest.of(EXAMPLE));
        List<Finding> stale = result.findings().stream().filter(f -> f.getRule().equals("stale-figure")).toList();
        assertThat(stale).isNotEmpty().allMatch(f -> f.getArticle().contains("draft"));
        assertThat(stale).allMatch(f -> f.getSeverity() == Severity.ERROR);
        assertThat(stale).anyMatch(f -> f.getMessage().contains("58,386"));
        assertThat(stale).anyMatch(f -> f.getMessage().contains("49"));
    }

    @Test
    void seedArticlesGiveASchemaConformantReportWithWarningsForTheBareTextFile() throws Exception {
        Path seeds = SharedFolders.seeds().map(s -> s.resolve("articles")).orElse(null);
        assumeTrue(seeds != null && Files.isDirectory(seeds), "../shared/seeds not present: seed check skipped");
        CheckResult result = engine.check(CheckRequest.of(seeds));
        JsonNode report = JSON.readTree(new JsonReportWriter().render(result));
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("../docs/factcheck-report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(report)).isEmpty();
        assertThat(report.get("articles")).hasSize(5);
        String txt = "2024-01-24-unknown-one-month-truce.txt";
        assertThat(report.get("warnings").findValuesAsText("article")).contains(txt);
        List<String> txtWarnings = Stream.of(result.warnings().toArray(new dev.factcheck.core.article.ArticleProblem[0]))
                .filter(p -> p.path().equals(txt)).map(p -> p.message()).toList();
        assertThat(txtWarnings).anyMatch(m -> m.startsWith("no 'published' date"))
                .anyMatch(m -> m.startsWith("no 'outlet'"));
        assertThat(result.findings()).anyMatch(f -> f.getRule().equals("contradiction")
                && f.getSeverity() == Severity.ERROR && f.getMessage().contains("129") && f.getMessage().contains("133"));
    }
}
