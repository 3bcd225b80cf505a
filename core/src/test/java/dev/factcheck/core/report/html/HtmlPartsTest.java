package dev.factcheck.core.report.html;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPartsTest {
    @Test
    void highlightMarksTheSpanThenTheFigureIgnoringCase() {
        assertThat(Sentences.highlight("Israel says 129 hostages are held.", "129 hostages are held", "129"))
                .isEqualTo(new Sentences.Highlight("Israel says ", "129 hostages are held", "."));
        assertThat(Sentences.highlight("More than 33,000 died.", "more than 33,000 people", "more than 33,000"))
                .isEqualTo(new Sentences.Highlight("", "More than 33,000", " died."));
        assertThat(Sentences.highlight("Nothing here.", "42 people", "42"))
                .isEqualTo(new Sentences.Highlight("Nothing here.", "", ""));
        assertThat(Sentences.highlight(null, "42 people", "42")).isEqualTo(new Sentences.Highlight("", "42 people", ""));
    }

    @Test
    void onlyAbsoluteHttpUrlsBecomeLinks() {
        assertThat(Links.httpUrl("https://example.org/a?b=1&c=2")).isEqualTo("https://example.org/a?b=1&c=2");
        assertThat(Links.httpUrl(" HTTP://Example.org/ ")).isEqualTo("HTTP://Example.org/");
        assertThat(List.of("javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\nscript:alert(1)",
                "data:text/html,<script>", "vbscript:x", "//example.org/x", "/local/path", "example.org",
                "https:///nohost", "http://exa mple.org", "file:///etc/passwd", "https://example.org/\"onmouseover"))
                .allSatisfy(u -> assertThat(Links.httpUrl(u)).as(u).isNull());
        assertThat(Links.httpUrl(null)).isNull();
    }

    @Test
    void numbersPrintTheSameEverywhere() {
        assertThat(Numbers.format(58386)).isEqualTo("58,386");
        assertThat(Numbers.format(1.0 / 3)).isEqualTo("0.33");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.interval(33100, 33100.0, null)).isEqualTo("\u2265 33,100");
        assertThat(Numbers.interval(20, null, 20.0)).isEqualTo("\u2264 20");
        assertThat(Numbers.interval(40, 35.0, 45.0)).isEqualTo("35\u201345");
        assertThat(Numbers.interval(129, 129.0, 129.0)).isEqualTo("129");
        assertThat(Numbers.compact(2_300_000, 500_000)).isEqualTo("2.3M");
        assertThat(Numbers.compact(55_000, 5_000)).isEqualTo("55k");
        assertThat(Numbers.compact(140, 20)).isEqualTo("140");
        assertThat(Numbers.coord(12.0)).isEqualTo("12");
        assertThat(Numbers.coord(12.25)).isEqualTo("12.3");
        assertThat(Numbers.coord(-0.04)).isEqualTo("0");
        assertThat(Numbers.coord(-3.5)).isEqualTo("-3.5");
    }

    @Test
    void acknowledgementQuotesWhatYamlWouldMisread() {
        assertThat(Acknowledgements.snippet("stale-figure", "drafts/a.md", "129 hostages remain")).isEqualTo(
                "  - rule: stale-figure\n    article: drafts/a.md\n    claim: \"129 hostages remain\"\n    reason: \"\u2026\"\n");
        assertThat(Acknowledgements.scalar("drafts/my draft: v2.md")).isEqualTo("\"drafts/my draft: v2.md\"");
        assertThat(Acknowledgements.scalar("yes")).isEqualTo("\"yes\"");
        assertThat(Acknowledgements.quoted("a \"b\" \\ c\nd\u2028\u0007")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\u2028\\u0007\"");
    }

    @Test
    void everyBuiltInRuleHasANameSummaryActionAndSideLabels() {
        for (String rule : List.of("contradiction", "stale-figure", "revised-figure", "impossible-trend",
                "internal-inconsistency", "quote-mismatch", "quote-misattribution", "unattributed-figure")) {
            assertThat(Texts.orNull("rule." + rule + ".name")).as(rule).isNotBlank();
            assertThat(Texts.orNull("rule." + rule + ".summary")).as(rule).isNotBlank();
            assertThat(Texts.orNull("rule." + rule + ".action")).as(rule).isNotBlank();
            assertThat(Texts.orNull("rule." + rule + ".side.0")).as(rule).isNotBlank();
        }
        assertThat(Texts.ruleName("house-style")).isEqualTo("House style");
        assertThat(Texts.sideLabel("house-style", 3)).isEqualTo("Compared with");
    }

    @Test
    void templatesInsertUnescapedOnlyTheJarsOwnStylesheetAndScript() {
        Pattern raw = Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}|\\{\\{&\\s*([^}]*?)\\s*}}|\\{\\{=");
        for (String template : List.of("report.mustache", "chart.mustache")) {
            Matcher m = raw.matcher(HtmlReport.resource(template));
            while (m.find()) {
                assertThat(m.group(1)).as(template + ": " + m.group()).isIn("css", "script");
            }
        }
    }

    @Test
    void scriptAndStylesheetAreSafeToInline() {
        for (String name : List.of("report.js", "report.css")) {
            String text = HtmlReport.resource(name);
            assertThat(text.toLowerCase()).as(name).doesNotContain("</script", "</style", "<!--", "http:", "https:");
        }
    }
}
