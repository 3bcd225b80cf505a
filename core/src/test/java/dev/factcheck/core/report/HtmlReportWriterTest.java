package dev.factcheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.policy.Acknowledgements;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {
    private static final CheckResult REALISTIC = ReportSamples.realistic();

    private static Document render(CheckResult result) {
        return Jsoup.parse(html(new HtmlReportWriter(), result));
    }

    private static String html(HtmlReportWriter writer, CheckResult result) {
        return new String(writer.render(result), StandardCharsets.UTF_8);
    }

    @Test
    void writesOneFileNamedFactcheckReportHtml(@TempDir Path dir) throws Exception {
        Path written = new HtmlReportWriter().write(REALISTIC, dir);
        assertThat(written).isEqualTo(dir.resolve("factcheck-report.html"));
        assertThat(Files.readString(written)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void isRegisteredAsTheHtmlFormat() {
        assertThat(ReportFormats.names()).contains("html");
        ReportOptions options = new ReportOptions(new Threshold(Severity.ERROR, 0), p -> p);
        assertThat(ReportFormats.writers(List.of("html"), options)).singleElement()
                .isInstanceOf(HtmlReportWriter.class)
                .satisfies(w -> assertThat(new String(w.render(REALISTIC), StandardCharsets.UTF_8))
                        .contains("class=\"verdict failed\""));
    }

    @Test
    void summaryCountsFindingsBySeverity() {
        Document d = render(REALISTIC);
        assertThat(d.select("#summary table.by-severity tbody tr").eachText())
                .containsExactly("Error 3 0 0", "Warning 1 1 0", "Info 2 0 0");
        assertThat(d.select("#summary table.by-severity tfoot tr").eachText()).containsExactly("All 6 1 0");
        assertThat(d.selectFirst(".lede").text())
                .isEqualTo("7 findings in 5 articles (1 drafts, 4 sources) with 15 claims and 2 quotes checked.");
    }

    @Test
    void ruleTableHidesRulesWithoutFindingsAndSortsByCount() {
        Document d = render(REALISTIC);
        List<String> rules = d.select("#summary table.by-rule tbody tr").eachAttr("data-rule");
        assertThat(rules).containsExactly("contradiction", "revised-figure", "stale-figure", "unattributed-figure");
        assertThat(d.select("#summary table.by-rule tbody tr td.num").eachText()).containsExactly("2", "2", "2", "1");
        assertThat(d.select("#rules tbody tr")).hasSize(8);
    }

    @Test
    void summaryListsArticlesThatCouldNotBeFullyChecked() {
        Document d = render(REALISTIC);
        assertThat(d.select("#summary .warnings li").eachText()).singleElement().asString()
                .startsWith(ReportSamples.UNDATED + ": no published date");
    }

    @Test
    void thresholdVerdictIsShownOnlyWhenGiven() {
        assertThat(render(REALISTIC).select(".verdict")).isEmpty();
        Document failed = Jsoup.parse(html(new HtmlReportWriter(new Threshold(Severity.ERROR, 0)), REALISTIC));
        assertThat(failed.selectFirst(".verdict.failed").text())
                .isEqualTo("Failed: 3 finding(s) at or above error, 0 allowed.");
        Document passed = Jsoup.parse(html(new HtmlReportWriter(new Threshold(Severity.ERROR, 5)), REALISTIC));
        assertThat(passed.selectFirst(".verdict.passed").text())
                .isEqualTo("Passed: 3 finding(s) at or above error, 5 allowed.");
    }

    @Test
    void staleFigureShowsBothClaimsSideBySideWithTheFigureMarked() {
        Element f = render(REALISTIC).getElementById("f1");
        assertThat(f.attr("data-rule")).isEqualTo("stale-figure");
        assertThat(f.select(".side h5").eachText()).containsExactly("Outdated figure", "Newer figure");
        List<Element> sides = f.select(".side");
        assertThat(sides.get(0).selectFirst("blockquote").text()).isEqualTo(ReportSamples.DRAFT_STALE_SENTENCE);
        assertThat(sides.get(0).selectFirst("mark").text()).isEqualTo("More than 33,000 Palestinians have been killed");
        assertThat(sides.get(0).select("dd").eachText()).containsExactly("The Daily Ledger", "2025-07-21", "draft",
                ReportSamples.DRAFT + ":9");
        assertThat(sides.get(0).selectFirst(".attr").text()).isEqualTo("No attribution in the sentence");
        assertThat(sides.get(1).selectFirst("blockquote").text()).isEqualTo(ReportSamples.AFP_KILLED_SENTENCE);
        assertThat(sides.get(1).selectFirst("mark").text()).isEqualTo("58,386 people have been killed");
        assertThat(sides.get(1).select("dd").eachText()).containsExactly("AFP", "2025-07-14", "source",
                ReportSamples.AFP + ":15");
        assertThat(sides.get(1).selectFirst(".attr").text()).isEqualTo("Attributed: The health ministry in Gaza says");
        assertThat(f.selectFirst(".action").text()).isEqualTo("What to do: Update to 58,386 (AFP, 2025-07-14).");
        assertThat(f.selectFirst(".explain").text()).startsWith("An article uses a figure that a source published");
        assertThat(f.selectFirst("a.rule-name").attr("href")).isEqualTo("#rule-stale-figure");
        assertThat(render(REALISTIC).getElementById("rule-stale-figure")).isNotNull();
    }

    @Test
    void findingsAreGroupedMostSeriousFirst() {
        Document d = render(REALISTIC);
        assertThat(d.select("#findings .group > h3").eachText()).containsExactly("Errors (3)", "Warnings (2)", "Info (2)");
        assertThat(d.select(".finding").eachAttr("data-severity"))
                .containsExactly("error", "error", "error", "warning", "warning", "info", "info");
    }

    @Test
    void acknowledgementSnippetIsYamlNamingRuleArticleAndClaim() throws Exception {
        Document d = render(REALISTIC);
        String snippet = d.getElementById("f1").selectFirst("pre.ack-snippet").wholeText();
        JsonNode entry = new ObjectMapper(new YAMLFactory()).readTree(snippet).get(0);
        assertThat(entry.get("rule").asText()).isEqualTo("stale-figure");
        assertThat(entry.get("article").asText()).isEqualTo(ReportSamples.DRAFT);
        assertThat(entry.get("claim").asText()).isEqualTo("More than 33,000 Palestinians have been killed");
        assertThat(entry.get("reason").asText()).isEqualTo("\u2026");
    }

    @Test
    void pastedAcknowledgementSnippetsMatchTheirFindings(@TempDir Path dir) throws Exception {
        Document d = render(REALISTIC);
        StringBuilder file = new StringBuilder("acknowledgements:\n");
        for (Element pre : d.select("pre.ack-snippet")) {
            file.append(pre.wholeText());
        }
        Path yaml = Files.writeString(dir.resolve("factcheck-acknowledgements.yaml"), file);
        List<String> fingerprints = Acknowledgements.read(yaml).entries().stream()
                .map(Acknowledgements.Entry::fingerprint).toList();
        List<String> open = REALISTIC.findings().stream().filter(Finding::isOpen).map(Fingerprints::of).toList();
        assertThat(fingerprints).containsExactlyElementsOf(orderedBySeverity(open));
    }

    @Test
    void acknowledgedFindingsStayInTheReportWithTheirReason() {
        Element f5 = render(REALISTIC).getElementById("f5");
        assertThat(f5.attr("data-status")).isEqualTo("acknowledged");
        assertThat(f5.selectFirst(".disposition").text())
                .isEqualTo("Acknowledged: " + ReportSamples.ACK_REASON + " \u2014 acknowledgements");
        assertThat(f5.select("pre.ack-snippet")).isEmpty();
        Document d = render(REALISTIC);
        assertThat(d.select("#filters select[name=status] option").eachText())
                .containsExactly("All", "Open (6)", "Acknowledged (1)");
        assertThat(d.select("#summary .notices li").eachText()).singleElement().asString()
                .startsWith("acknowledgement #2");
    }

    private static List<String> orderedBySeverity(List<String> fingerprints) {
        List<Finding> open = REALISTIC.findings().stream().filter(Finding::isOpen)
                .sorted(java.util.Comparator.comparing((Finding f) -> -f.getSeverity().ordinal())).toList();
        return open.stream().map(Fingerprints::of).toList();
    }

    @Test
    void chartsCoverEveryQuantityWithAFindingAndEveryValueReportedForIt() {
        Document d = render(REALISTIC);
        assertThat(d.select("#charts figure.chart h3 code").eachText())
                .containsExactly("gaza/killed", "hostages/held", "gaza/killed-day", "israel/killed-oct7",
                        "hostages/taken");
        Element killed = d.getElementById("chart-1");
        assertThat(killed.select("svg .mark")).hasSize(4);
        assertThat(killed.select("svg .mark title").eachText())
                .contains("AFP, 2025-07-14: 58,386 (" + ReportSamples.AFP + ":15)");
        assertThat(killed.select("svg .ring-stale")).hasSize(1);
        assertThat(killed.select("svg line.superseded")).hasSize(1);
        assertThat(killed.select("svg .arrowhead")).hasSize(3);
        assertThat(killed.select("table.values tbody tr")).hasSize(4);
        assertThat(killed.select(".legend.outlets li").eachText())
                .containsExactly("AFP", "Al Jazeera", "Reuters", "The Daily Ledger");
        assertThat(d.getElementById("chart-2").select("svg .ring-conflict")).hasSize(2);
        Element inline = d.getElementById("f1").selectFirst("figure.inline-chart");
        assertThat(inline.selectFirst("figcaption a").attr("href")).isEqualTo("#chart-1");
        assertThat(inline.select("svg .mark")).hasSize(4);
        assertThat(inline.selectFirst("svg").attr("aria-labelledby")).isEqualTo("f1-chart-t f1-chart-d");
        assertThat(d.getElementById("f3").selectFirst("figure.inline-chart svg title").text())
                .isEqualTo("people killed in Gaza that day: every value reported, by date and outlet");
    }

    @Test
    void articlesListDraftsFirstWithEveryFindingTheyTakePartIn() {
        Document d = render(REALISTIC);
        List<Element> cards = d.select("#articles article.article-card");
        assertThat(cards.get(0).hasClass("draft")).isTrue();
        assertThat(cards.get(0).select(".article-findings li a").eachAttr("href"))
                .containsExactly("#f1", "#f2", "#f3");
        Element reuters = cards.stream().filter(c -> c.text().contains(ReportSamples.REUTERS)).findFirst().orElseThrow();
        assertThat(reuters.select(".article-findings li a").eachText())
                .containsExactly("f4 Contradiction", "f5 Contradiction", "f6 Revised figure", "f7 Revised figure");
        assertThat(reuters.selectFirst("a[href^=https]").attr("href")).isEqualTo("https://example.org/reuters/truce-talks");
        assertThat(d.select(".finding#f4").attr("data-articles").split(" ")).hasSize(2);
    }

    @Test
    void filtersOfferOnlyWhatHasFindingsAndStartHidden() {
        Document d = render(REALISTIC);
        Element form = d.getElementById("filters");
        assertThat(form.hasAttr("hidden")).isTrue();
        assertThat(d.select("#findings [hidden]")).containsExactly(form);
        assertThat(form.select("select[name=severity] option").eachAttr("value"))
                .containsExactly("", "error", "warning", "info");
        assertThat(form.select("select[name=article] option")).hasSize(5);
    }

    @Test
    void pageLoadsNothingFromOutside() {
        String html = html(new HtmlReportWriter(), REALISTIC);
        Document d = Jsoup.parse(html);
        assertThat(d.select("link, img, iframe, object, embed, video, audio, source")).isEmpty();
        assertThat(d.select("script[src], [style]")).isEmpty();
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("style")).hasSize(1);
        assertThat(d.selectFirst("style").data()).doesNotContain("url(", "@import");
        assertThat(d.selectFirst("script").data()).doesNotContain("fetch(", "XMLHttpRequest", "innerHTML", "eval(");
        assertThat(d.select("a[href]").eachAttr("href"))
                .allSatisfy(h -> assertThat(h).matches("#.*|https://example\\.org/.*"));
        String csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertThat(csp).startsWith("default-src 'none'; style-src 'sha256-").contains("script-src 'sha256-");
    }

    @Test
    void everyIdOnThePageIsUnique() {
        Document d = render(REALISTIC);
        List<String> ids = d.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
        for (Element e : d.select("[aria-labelledby]")) {
            for (String ref : e.attr("aria-labelledby").split(" ")) {
                assertThat(ids).as("aria-labelledby of " + e.tagName()).contains(ref);
            }
        }
        for (String href : d.select("a[href^=#]").eachAttr("href")) {
            assertThat(ids).as("link target").contains(href.substring(1));
        }
    }

    @Test
    void sameResultGivesTheSameBytes() {
        String first = html(new HtmlReportWriter(), REALISTIC);
        CheckResult copy = new CheckResult(REALISTIC.articles(), REALISTIC.claims(), REALISTIC.quotes(),
                REALISTIC.findings(), REALISTIC.warnings(), new HashMap<>(REALISTIC.rules()), REALISTIC.notices(),
                REALISTIC.unusedSuppressions(), 7);
        assertThat(html(new HtmlReportWriter(), copy)).isEqualTo(first);
        assertThat(html(new HtmlReportWriter(), ReportSamples.realistic())).isEqualTo(first);
    }

    @Test
    void emptyResultSaysThereIsNothingToReport() {
        CheckResult empty = new CheckResult(List.of(), List.of(), List.of(), List.of(), List.of(),
                ReportSamples.builtInRules());
        Document d = render(empty);
        assertThat(d.select("#findings .none").text()).startsWith("No findings");
        assertThat(d.select("#charts .none").text()).startsWith("No finding involves a figure");
        assertThat(d.select("#summary table.by-rule tbody").text()).isEqualTo("No rule found anything.");
    }

    @Test
    void hostileTextRendersAsPlainText() {
        String html = html(new HtmlReportWriter(), ReportSamples.hostile());
        Document d = Jsoup.parse(html);
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("img, iframe, b, i, u, em, svg[onload]")).isEmpty();
        List<String> handlers = new ArrayList<>();
        for (Element e : d.getAllElements()) {
            e.attributes().forEach(a -> {
                if (a.getKey().toLowerCase().startsWith("on")) {
                    handlers.add(e.tagName() + " " + a.getKey());
                }
            });
        }
        assertThat(handlers).isEmpty();
        assertThat(d.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().contains("javascript"));
        assertThat(d.select("a[href^=https]").eachAttr("href")).containsExactly("https://example.org/story?a=1&b=%22x%22&c='d'");
        assertThat(d.title()).isEqualTo("factcheck report");
        Element card = d.getElementById("a1");
        assertThat(card.selectFirst("h3").text()).startsWith(
                "<script>document.documentElement.setAttribute('data-pwned','title')</script>Hostile & co");
        assertThat(card.selectFirst(".plain-url").text())
                .isEqualTo("javascript:document.documentElement.setAttribute('data-pwned','url')");
        Element side = d.getElementById("f1").selectFirst(".side");
        assertThat(side.selectFirst("blockquote").text()).contains("<b>&amp;</b> &lt;i&gt; 40 people <svg onload=");
        assertThat(side.selectFirst("dd").text()).startsWith("<img src=x onerror=");
        assertThat(d.getElementById("f1").selectFirst(".message").text())
                .startsWith("<a href=\"javascript:").endsWith("&amp; {{page}} {{{css}}}");
        assertThat(d.getElementById("f2").selectFirst("blockquote").text()).startsWith("\u201c</blockquote><script>");
        assertThat(html).doesNotContain("<script>document", "<img src=x", "<svg onload", "<iframe", "<b onmouseover");
    }

    @Test
    void hostileClaimTextCannotBreakOutOfTheAcknowledgementYaml() throws Exception {
        Document d = render(ReportSamples.hostile());
        String snippet = d.getElementById("f2").selectFirst("pre.ack-snippet").wholeText();
        JsonNode entries = new ObjectMapper(new YAMLFactory()).readTree(snippet);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("claim").asText()).isEqualTo("</script>\"quote\"\n- rule: injected");
        JsonNode custom = new ObjectMapper(new YAMLFactory())
                .readTree(d.getElementById("f3").selectFirst("pre.ack-snippet").wholeText()).get(0);
        assertThat(custom.get("rule").asText()).isEqualTo("house-<rule>");
        assertThat(custom.get("claim").asText()).isEqualTo("40 people");
    }
}
