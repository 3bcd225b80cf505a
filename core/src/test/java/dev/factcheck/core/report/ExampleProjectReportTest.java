package dev.factcheck.core.report;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.policy.PolicyOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report of a real check — the example project's articles through the standard extractor and rule
 * pack — opened in headless Chromium. Screenshot: {@code target/html-report/example-project.png}.
 */
class ExampleProjectReportTest {
    private static final Path PROJECT = Path.of("..", "example-project").toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target", "html-report");
    private static CheckResult result;
    private static Path page;

    @BeforeAll
    static void check() throws Exception {
        Path articles = PROJECT.resolve("articles");
        assumeTrue(Files.isDirectory(articles), "no example project at " + articles);
        Path acks = PROJECT.resolve("factcheck-acknowledgements.yaml");
        PolicyOptions policy = new PolicyOptions(Map.of(), "auto", Files.isRegularFile(acks) ? acks : null, List.of(),
                false, LocalDate.of(2025, 9, 30));
        result = Factcheck.standard().check(CheckRequest.of(articles).withPolicy(policy).withThreads(2));
        page = new HtmlReportWriter(new Threshold(Severity.ERROR, 0)).write(result, OUT.resolve("example-project"));
    }

    @Test
    void realCheckRendersInTheBrowserWithEveryFindingItsSentencesAndCharts() throws Exception {
        Chromium chromium = Chromium.orSkip(OUT.resolve("chromium"));
        assertThat(result.findings()).as("the example project's findings").isNotEmpty();
        Document d = Jsoup.parse(chromium.dumpDom(page, null, 1280, 2400));
        chromium.screenshot(page, OUT.resolve("example-project.png"), 1280, 2400);

        assertThat(d.selectFirst("html").attr("data-js")).isEqualTo("ready");
        Map<Severity, Integer> open = result.countsBySeverity();
        assertThat(d.select("#summary table.by-severity tbody tr td.open").eachText()).containsExactly(
                open.get(Severity.ERROR).toString(), open.get(Severity.WARNING).toString(),
                open.get(Severity.INFO).toString());
        assertThat(d.select("article.finding")).hasSize(result.findings().size());
        Map<String, Claim> claims = new HashMap<>();
        result.claims().forEach(c -> claims.put(c.getId(), c));
        for (Finding f : result.findings()) {
            Element card = d.getElementById(f.getId());
            assertThat(card).as(f.getId()).isNotNull();
            List<String> expected = f.getClaims().stream().filter(claims::containsKey)
                    .map(id -> normalise(claims.get(id).getSentence())).toList();
            assertThat(card.select(".side blockquote.sentence").eachText()).as(f.getId() + " sentences")
                    .containsExactlyElementsOf(expected);
            if (claims.containsKey(f.getClaims().get(0))) {
                assertThat(card.select("figure.inline-chart svg .mark")).as(f.getId() + " chart").isNotEmpty();
            }
            if (f.getRule().equals("stale-figure")) {
                assertThat(card.selectFirst(".action").text()).startsWith("What to do: Update to ");
            }
        }
        assertThat(d.select("#charts figure.chart svg")).isNotEmpty();
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
