package dev.factcheck.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Version;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code factcheck-report.sarif}: SARIF 2.1.0, the format code-scanning dashboards read. Paths are
 * relative to the repository root; severities map to error, warning and note.
 */
public final class SarifReportWriter implements ReportWriter {
    public static final String FILE_NAME = "factcheck-report.sarif";
    private static final JsonFactory JSON = new JsonFactory();
    private final ReportOptions options;

    public SarifReportWriter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public byte[] render(CheckResult result) throws IOException {
        Map<String, Object> byId = new HashMap<>();
        result.claims().forEach(c -> byId.put(c.getId(), c));
        result.quotes().forEach(q -> byId.put(q.getId(), q));
        List<RuleInfo> rules = new ArrayList<>(new TreeMap<>(result.rules()).values());
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            g.writeObjectFieldStart("tool");
            g.writeObjectFieldStart("driver");
            g.writeStringField("name", "factcheck");
            g.writeStringField("version", Version.get());
            g.writeStringField("informationUri", "https://factcheck.dev/");
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : rules) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("name", r.id());
                g.writeObjectFieldStart("shortDescription");
                g.writeStringField("text", r.summary() == null ? r.id() : r.summary());
                g.writeEndObject();
                g.writeObjectFieldStart("defaultConfiguration");
                g.writeStringField("level", level(r.severity()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : result.findings()) {
                g.writeStartObject();
                g.writeStringField("ruleId", f.getRule());
                Integer idx = ruleIndex.get(f.getRule());
                if (idx != null) {
                    g.writeNumberField("ruleIndex", idx);
                }
                g.writeStringField("level", level(f.getSeverity()));
                g.writeObjectFieldStart("message");
                g.writeStringField("text", f.getMessage());
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                location(g, f.getArticle(), f.getLine(), f.getColumn(), null);
                g.writeEndArray();
                if (f.getClaims().size() > 1) {
                    g.writeArrayFieldStart("relatedLocations");
                    int n = 0;
                    for (String id : f.getClaims().subList(1, f.getClaims().size())) {
                        Object o = byId.get(id);
                        if (o instanceof Claim c) {
                            location(g, c.getArticlePath(), c.getLine(), c.getColumn(), n++, c.getCitation());
                        } else if (o instanceof Quote q) {
                            location(g, q.getArticlePath(), q.getLine(), q.getColumn(), n++, q.getSpeaker());
                        }
                    }
                    g.writeEndArray();
                }
                g.writeObjectFieldStart("partialFingerprints");
                g.writeStringField("factcheck/v1", Fingerprints.of(f));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void location(JsonGenerator g, String article, int line, int column, Integer id) throws IOException {
        location(g, article, line, column, id, null);
    }

    private void location(JsonGenerator g, String article, int line, int column, Integer id, String text)
            throws IOException {
        g.writeStartObject();
        if (id != null) {
            g.writeNumberField("id", id);
        }
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", options.repositoryPath().apply(article));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", Math.max(1, line));
        g.writeNumberField("startColumn", Math.max(1, column));
        g.writeEndObject();
        g.writeEndObject();
        if (text != null) {
            g.writeObjectFieldStart("message");
            g.writeStringField("text", text);
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
