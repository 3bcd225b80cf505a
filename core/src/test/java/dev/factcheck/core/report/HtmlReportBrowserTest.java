package dev.factcheck.core.report;

import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.model.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report in a real browser (Debian's headless Chromium): the DOM after scripts ran, filters, phone
 * width, hostile text, and screenshots under {@code target/html-report/} for review.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target", "html-report");
    private static Chromium chromium;

    @BeforeAll
    static void browser() {
        chromium = Chromium.orSkip(OUT.resolve("chromium"));
    }

    private static Path write(String name, CheckResult result) throws Exception {
        return new HtmlReportWriter(new Threshold(Severity.ERROR, 0)).write(result, OUT.resolve(name));
    }

    @Test
    void realisticReportShowsSummaryStaleFigureAndItsChart() throws Exception {
        Path page = write("realistic", ReportSamples.realistic());
        Document d = Jsoup.parse(chromium.dumpDom(page, null, 1280, 2400));

        assertThat(d.selectFirst("html").attr("data-js")).isEqualTo("ready");
        assertThat(d.getElementById("filters").hasAttr("hidden")).isFalse();
        assertThat(d.select("#summary table.by-severity tbody tr").eachText())
                .containsExactly("Error 3 0 0", "Warning 1 1 0", "Info 2 0 0");
        assertThat(d.selectFirst(".verdict").text()).startsWith("Failed: 3 finding(s)");
        Element stale = d.getElementById("f1");
        assertThat(stale.hasAttr("hidden")).isFalse();
        assertThat(stale.select(".side blockquote").eachText())
                .containsExactly(ReportSamples.DRAFT_STALE_SENTENCE, ReportSamples.AFP_KILLED_SENTENCE);
        Element chart = d.getElementById("chart-1");
        assertThat(chart.select("svg")).isNotEmpty();
        assertThat(chart.select("svg .mark")).hasSize(4);
        assertThat(d.select("pre.ack-snippet + button.copy, .ack button.copy")).hasSize(6);

        chromium.screenshot(page, OUT.resolve("factcheck-report.png"), 1280, 2400);
        assertThat(pngSize(OUT.resolve("factcheck-report.png"))).containsExactly(1280, 2400);
    }

    @Test
    void filterFromTheAddressShowsOneArticlesFindings() throws Exception {
        Path page = write("realistic", ReportSamples.realistic());
        Document d = Jsoup.parse(chromium.dumpDom(page, "article=a1", 1280, 1200));
        assertThat(d.select(".finding:not([hidden])").eachAttr("id")).containsExactly("f1", "f2", "f3");
        assertThat(d.select("article.article-card:not([hidden])").eachAttr("id")).containsExactly("a1");
        assertThat(d.select("figure.chart:not([hidden]) h3 code").eachText())
                .containsExactly("gaza/killed", "hostages/held", "gaza/killed-day");
        assertThat(d.getElementById("filter-status").text()).isEqualTo("Showing 3 of 7 findings.");

        Document errors = Jsoup.parse(chromium.dumpDom(page, "severity=error&rule=contradiction", 1280, 1200));
        assertThat(errors.select(".finding:not([hidden])").eachAttr("id")).containsExactly("f4");
        assertThat(errors.select("#findings .group:not([hidden])").eachAttr("id")).containsExactly("group-error");
    }

    @Test
    void withoutScriptsEverythingIsVisible() throws Exception {
        Document d = Jsoup.parse(Files.readString(write("realistic", ReportSamples.realistic())));
        assertThat(d.select(".finding[hidden], .chart[hidden], .article-card[hidden], .group[hidden]")).isEmpty();
        assertThat(d.select("[hidden]").eachAttr("id")).containsExactly("filters");
    }

    @Test
    void pageFitsAPhoneWithoutScrollingSideways() throws Exception {
        Path page = write("phone", ReportSamples.realistic());
        Path phone = inPhoneFrame(page, 360);
        Document d = Jsoup.parse(chromium.dumpDom(phone, null, 500, 1600));
        String[] measured = d.selectFirst("html").attr("data-phone").split(" ");
        assertThat(measured[2]).as("the report's script ran in the frame").isEqualTo("ready");
        assertThat(Integer.parseInt(measured[1])).as("page width at 360 px").isLessThanOrEqualTo(
                Integer.parseInt(measured[0]));
        chromium.screenshot(phone, OUT.resolve("factcheck-report-phone.png"), 500, 2400);
    }

    @Test
    void scriptsInArticleTextNeverRun() throws Exception {
        Path page = write("hostile", ReportSamples.hostile());
        String dom = chromium.dumpDom(page, null, 1280, 2000);
        Document d = Jsoup.parse(dom);
        assertThat(d.selectFirst("html").attr("data-js")).as("the report's own script ran").isEqualTo("ready");
        assertThat(d.selectFirst("html").hasAttr("data-pwned")).as("a script from article text ran").isFalse();
        assertThat(dom).doesNotContain("data-pwned=\"");
        assertThat(d.title()).isEqualTo("factcheck report");
        assertThat(d.select("script")).hasSize(1);
        assertThat(d.select("img, iframe")).isEmpty();
        assertThat(d.getElementById("a1").selectFirst("h3").text())
                .startsWith("<script>document.documentElement.setAttribute('data-pwned','title')</script>");
        assertThat(d.getElementById("f1").selectFirst("blockquote").text())
                .contains("<b>&amp;</b> &lt;i&gt; 40 people");
        chromium.screenshot(page, OUT.resolve("factcheck-report-hostile.png"), 1280, 1600);
    }

    /**
     * Headless Chromium keeps windows at least 500 px wide, so a phone is a 360 px frame holding the page
     * (as {@code srcdoc}, same origin, its own CSP intact); the outer page records the frame's widths.
     */
    private static Path inPhoneFrame(Path page, int width) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String srcdoc = html.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
        String wrapper = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0}"
                + "iframe{border:0;display:block}</style></head><body><iframe id=\"phone\" width=\"" + width
                + "\" height=\"2400\" srcdoc=\"" + srcdoc + "\"></iframe><script>window.addEventListener('load',"
                + "function(){var d=document.getElementById('phone').contentDocument.documentElement;"
                + "document.documentElement.setAttribute('data-phone',d.clientWidth+' '+d.scrollWidth+' '"
                + "+d.getAttribute('data-js'));});</script></body></html>";
        Path copy = page.resolveSibling("phone-" + page.getFileName());
        Files.writeString(copy, wrapper, StandardCharsets.UTF_8);
        return copy;
    }

    private static List<Integer> pngSize(Path png) throws Exception {
        byte[] b = Files.readAllBytes(png);
        int w = ((b[16] & 0xff) << 24) | ((b[17] & 0xff) << 16) | ((b[18] & 0xff) << 8) | (b[19] & 0xff);
        int h = ((b[20] & 0xff) << 24) | ((b[21] & 0xff) << 16) | ((b[22] & 0xff) << 8) | (b[23] & 0xff);
        return List.of(w, h);
    }
}
