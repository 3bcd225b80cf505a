package dev.factcheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;
import dev.factcheck.core.testing.SharedFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static CheckResult sample() {
        Article wire = new Article("2025/07/wire.md", "Talks stall", "AFP", LocalDate.of(2025, 7, 14), "2025-07-14",
                "https://example.org/a", Role.SOURCE);
        Article draft = new Article("2025/08/draft.md", "Our draft", "Desk", LocalDate.of(2025, 8, 1), "2025-08-01",
                null, Role.DRAFT);
        Article quiet = new Article("2025/08/quiet.md", null, null, null, null, null, Role.SOURCE);
        Claim stale = Claim.builder(draft).offset(40, 56).position(6, 5).sentence("More than 33,000 people have been killed.")
                .span("More than 33,000 people have been killed").figure("more than 33,000").value(33000, 33000.0, null)
                .quantity("people/killed@gaza", "people killed in Gaza", QuantityKind.CUMULATIVE)
                .asOf(draft.getPublished()).build().withId("c1", 1);
        Claim fresh = Claim.builder(wire).offset(90, 96).position(9, 30).sentence("Strikes have killed 58,386 people.")
                .span("killed 58,386 people").figure("58,386").value(58386, 58386.0, 58386.0)
                .quantity("people/killed@gaza", "people killed in Gaza", QuantityKind.CUMULATIVE)
                .asOf(wire.getPublished())
                .attribution(new Attribution("according to the health ministry", "health ministry", "according to"))
                .build().withId("c2", 2);
        Finding f = new Finding("f1", "stale-figure", Severity.ERROR,
                "more than 33,000 — superseded by 58,386 (AFP, 2025-07-14)", List.of("c1", "c2"),
                "2025/08/draft.md", 6, 5, stale.getSpan());
        return new CheckResult(List.of(wire, draft, quiet), List.of(fresh, stale), List.of(), List.of(f),
                List.of(new ArticleProblem("2025/08/quiet.md", 1, false, "no 'published' date")),
                Map.of("stale-figure", new RuleInfo("stale-figure", Severity.ERROR, "A newer source changed it.", "x"),
                        "contradiction", new RuleInfo("contradiction", Severity.ERROR, "Two figures disagree.", "x")));
    }

    @Test
    void jsonReportCarriesTheContractFields() throws Exception {
        JsonNode root = JSON.readTree(new JsonReportWriter().render(sample()));
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.at("/tool/name").asText()).isEqualTo("factcheck");
        assertThat(root.at("/articles/1/role").asText()).isEqualTo("draft");
        JsonNode claim = root.at("/claims/0");
        assertThat(claim.get("value").isIntegralNumber()).isTrue();
        assertThat(claim.get("upper").asLong()).isEqualTo(58386);
        assertThat(claim.at("/quantity/key").asText()).isEqualTo("people/killed@gaza");
        assertThat(claim.at("/attribution/source").asText()).isEqualTo("health ministry");
        assertThat(root.at("/claims/1/upper").isNull()).isTrue();
        assertThat(root.at("/claims/1/attribution").isNull()).isTrue();
        assertThat(root.at("/findings/0/claims/0").asText()).isEqualTo("c1");
        assertThat(root.at("/warnings/0/article").asText()).isEqualTo("2025/08/quiet.md");
        assertThat(root.at("/articles/2/published").isNull()).isTrue();
    }

    @Test
    void jsonReportHasOneRecordPerLine() throws Exception {
        String text = new String(new JsonReportWriter().render(sample()), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("{");
        assertThat(lines).contains("  \"schemaVersion\" : 1,", "  \"claims\" : [", "  \"quotes\" : [],", "}");
        List<String> claimLines = lines.stream().filter(l -> l.matches(" {4}\\{\"id\":\"c\\d.*")).toList();
        assertThat(claimLines).hasSize(2);
        for (String line : claimLines) {
            JsonNode claim = JSON.readTree(line.strip().replaceAll(",$", ""));
            assertThat(claim.at("/quantity/key").asText()).isEqualTo("people/killed@gaza");
        }
        assertThat(lines.stream().filter(l -> l.startsWith("    {\"id\":\"f1\"")).count()).isEqualTo(1);
        assertThat(text).endsWith("}\n");
    }

    @Test
    void longListsRenderedOnSeveralThreadsGiveTheSameBytes() throws Exception {
        CheckResult base = sample();
        Article wire = base.articles().get(0);
        List<Claim> claims = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        String[] odd = {"plain", "café – “quoted”", "emoji 😀 and \\ backslash", "tab\tand \u0001 control", "新闻"};
        for (int i = 0; i < 4_321; i++) {
            String text = odd[i % odd.length] + " " + i;
            claims.add(Claim.builder(wire).offset(i, i + 3).position(i + 1, 1).sentence(text + ".").span(text)
                    .figure(Integer.toString(i)).value(i, i % 3 == 0 ? null : (double) i, (double) i + 0.5)
                    .quantity("people/killed@gaza", "people killed", QuantityKind.CUMULATIVE)
                    .asOf(wire.getPublished()).build().withId("c" + (i + 1), i + 1));
            quotes.add(new Quote(wire, i, i + 5, i + 1, 2, text, null, i % 2 == 0 ? null : "Speaker " + text, null,
                    null, "AFP").withId("q" + (i + 1), i + 1));
        }
        CheckResult big = new CheckResult(base.articles(), claims, quotes, base.findings(), base.warnings(),
                base.rules());
        byte[] one = new JsonReportWriter(JsonReportWriter.FILE_NAME, 1).render(big);
        byte[] three = new JsonReportWriter(JsonReportWriter.FILE_NAME, 3).render(big);
        int at = java.util.Arrays.mismatch(one, three);
        assertThat(at).as(() -> "first difference at byte " + at + ": sequential «"
                + new String(one, Math.max(0, at - 80), Math.min(160, one.length - Math.max(0, at - 80)),
                StandardCharsets.UTF_8) + "» threaded «" + new String(three, Math.max(0, at - 80),
                Math.min(160, three.length - Math.max(0, at - 80)), StandardCharsets.UTF_8) + "»").isEqualTo(-1);
        JsonNode root = JSON.readTree(three);
        assertThat(root.get("claims")).hasSize(4_321);
        assertThat(root.at("/claims/2/sentence").asText()).isEqualTo("emoji 😀 and \\ backslash 2.");
        assertThat(root.at("/quotes/4320/id").asText()).isEqualTo("q4321");
        assertThat(new String(three, StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("    {\"id\":\"q")).count()).isEqualTo(4_321);
    }

    @Test
    void jsonReportIsByteIdenticalAcrossRuns() throws Exception {
        assertThat(new JsonReportWriter().render(sample())).isEqualTo(new JsonReportWriter().render(sample()));
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        Path schemaFile = SharedFolders.schemas().map(s -> s.resolve("sarif-schema-2.1.0.json")).orElse(null);
        assumeTrue(schemaFile != null && Files.isRegularFile(schemaFile),
                "../shared/schemas/sarif-schema-2.1.0.json not found; SARIF schema validation skipped");
        byte[] sarif = new SarifReportWriter(new ReportOptions(null, p -> "articles/" + p)).render(sample());
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode doc = JSON.readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(doc);
        assertThat(errors).isEmpty();
        JsonNode result = doc.at("/runs/0/results/0");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("articles/2025/08/draft.md");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
        assertThat(result.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("articles/2025/07/wire.md");
        assertThat(result.at("/partialFingerprints/factcheck~1v1").asText()).hasSize(24);
    }

    @Test
    void sarifMapsInfoToNote() {
        assertThat(SarifReportWriter.level(Severity.INFO)).isEqualTo("note");
        assertThat(SarifReportWriter.level(Severity.WARNING)).isEqualTo("warning");
    }

    @Test
    void junitHasOneTestCasePerArticleAndAFailurePerFinding() throws Exception {
        byte[] xml = new JunitReportWriter(new ReportOptions(null, UnaryOperator.identity())).render(sample());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element draftCase = (Element) cases.item(1);
        assertThat(draftCase.getAttribute("name")).isEqualTo("2025/08/draft.md");
        NodeList failures = draftCase.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("type")).isEqualTo("stale-figure");
        assertThat(((Element) cases.item(0)).getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void reportsAreWrittenAtomicallyIntoTheOutputDirectory(@TempDir Path out) throws Exception {
        Path written = new JsonReportWriter().write(sample(), out.resolve("nested"));
        assertThat(written).exists().hasFileName("factcheck-report.json");
        try (var s = Files.list(out.resolve("nested"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("factcheck-report.json");
        }
    }

    @Test
    void fingerprintIgnoresLinesAndWhitespaceButNotTheClaim() {
        String a = Fingerprints.of("stale-figure", "d.md", "More than  33,000 killed");
        assertThat(Fingerprints.of("stale-figure", "d.md", "more than 33,000 killed")).isEqualTo(a);
        assertThat(Fingerprints.of("stale-figure", "d.md", "more than 34,000 killed")).isNotEqualTo(a);
        assertThat(Fingerprints.of("contradiction", "d.md", "more than 33,000 killed")).isNotEqualTo(a);
    }
}
