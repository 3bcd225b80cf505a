package dev.factcheck.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Direction;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a claim is named and whether it states a level or a change, in the JSON and HTML reports. */
class ClaimStatementReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "rate/unemployment";

    static CheckResult sample() {
        Article wire = new Article("2024/04/wire.md", "Jobs", "AFP", LocalDate.of(2024, 4, 8), "2024-04-08", null,
                Role.SOURCE);
        Article other = new Article("2024/04/other.md", "Jobs", "Daily", LocalDate.of(2024, 4, 8), "2024-04-08",
                null, Role.SOURCE);
        Claim rose = claim(wire, 1, "rose from 3.9% to 4.2%", 4.2, QuantityKind.STATE)
                .change(new Change(Direction.UP, 3.9, 4.2)).build().withId("c1", 1);
        Claim from = claim(wire, 2, "3.9%", 3.9, QuantityKind.EARLIER).build().withId("c2", 2);
        Claim fell = claim(other, 3, "fell 2.5%", 2.5, QuantityKind.STATE)
                .change(new Change(Direction.DOWN, null, null)).build().withId("c3", 3);
        Claim level = claim(other, 4, "4.5%", 4.5, QuantityKind.STATE).build().withId("c4", 4);
        Claim unnamed = claim(other, 5, "42", 42, QuantityKind.STATE).named(false).build().withId("c5", 5);
        Finding f = new Finding("f1", "contradiction", Severity.ERROR, "4.2 vs 4.5", List.of("c1", "c4"),
                wire.getPath(), 1, 1, rose.getSpan());
        return new CheckResult(List.of(wire, other), List.of(rose, from, fell, level, unnamed), List.of(), List.of(f),
                List.of(), Map.of("contradiction", new RuleInfo("contradiction", Severity.ERROR, "Disagree.", "x")));
    }

    private static Claim.Builder claim(Article a, int i, String figure, double v, QuantityKind kind) {
        return Claim.builder(a).offset(i * 100, i * 100 + figure.length()).position(i, 1)
                .sentence("Unemployment " + figure + ".").span("unemployment " + figure).figure(figure)
                .value(v, v, v).unit("percent").quantity(KEY, "unemployment rate", kind).asOf(a.getPublished());
    }

    @Test
    void jsonCarriesNamedStatementDirectionFromAndTo() throws Exception {
        CheckResult result = sample();
        JsonNode claims = JSON.readTree(new JsonReportWriter().render(result)).get("claims");
        assertThat(claims).hasSize(5);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = result.claims().get(i);
            JsonNode j = claims.get(i);
            assertThat(j.get("id").asText()).isEqualTo(c.getId());
            assertThat(j.get("named").isBoolean()).isTrue();
            assertThat(j.get("named").asBoolean()).isEqualTo(c.isNamed());
            assertThat(j.get("statement").asText()).isEqualTo(c.getChange() == null ? "level" : "change");
            Change back = j.get("statement").asText().equals("level") ? null : new Change(
                    Direction.parse(j.get("direction").isNull() ? null : j.get("direction").asText()),
                    j.get("from").isNull() ? null : j.get("from").asDouble(),
                    j.get("to").isNull() ? null : j.get("to").asDouble());
            assertThat(back).as(c.getId()).isEqualTo(c.getChange());
            assertThat(QuantityKind.parse(j.get("kind").asText())).isEqualTo(c.getKind());
            assertThat(j.get("unit").asText()).isEqualTo("percent");
        }
        JsonNode rose = claims.get(0);
        assertThat(rose.get("direction").asText()).isEqualTo("up");
        assertThat(rose.get("from").asDouble()).isEqualTo(3.9);
        assertThat(rose.get("to").asDouble()).isEqualTo(4.2);
        assertThat(claims.get(1).get("kind").asText()).isEqualTo("earlier");
        JsonNode level = claims.get(3);
        assertThat(level.get("statement").asText()).isEqualTo("level");
        for (String field : List.of("direction", "from", "to")) {
            assertThat(level.has(field)).as(field).isTrue();
            assertThat(level.get(field).isNull()).as(field).isTrue();
        }
        JsonNode fell = claims.get(2);
        assertThat(fell.get("direction").asText()).isEqualTo("down");
        assertThat(fell.get("from").isNull()).isTrue();
        assertThat(fell.get("to").isNull()).isTrue();
        assertThat(claims.get(4).get("named").asBoolean()).isFalse();
    }

    @Test
    void jsonWithTheNewFieldsValidatesAndStaysByteIdentical() throws Exception {
        byte[] one = new JsonReportWriter().render(sample());
        assertThat(new JsonReportWriter().render(sample())).isEqualTo(one);
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("../docs/factcheck-report.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertThat(schema.validate(JSON.readTree(one))).isEmpty();
        JsonNode schemaClaim = JSON.readTree(Path.of("../docs/factcheck-report.schema.json").toFile())
                .at("/properties/claims/items/properties");
        assertThat(schemaClaim.fieldNames()).toIterable().contains("named", "statement", "direction", "from", "to");
        assertThat(schemaClaim.at("/kind/enum").toString()).contains("\"earlier\"");
    }

    @Test
    void htmlShowsAChangeWithAnArrowAndItsWordAndMarksAnUnnamedFigure() {
        String html = new String(new HtmlReportWriter().render(sample()), StandardCharsets.UTF_8);
        assertThat(html).contains("<span class=\"dir\" role=\"img\" aria-label=\"up\" title=\"up\">\u25B2</span> 3.9 \u2192 4.2");
        assertThat(html).contains("<span class=\"dir\" role=\"img\" aria-label=\"down\" title=\"down\">\u25BC</span> 2.5<");
        assertThat(html).contains(">(unnamed)</small>");
        assertThat(html.split("\\(unnamed\\)", -1)).hasSize(2);
    }
}
