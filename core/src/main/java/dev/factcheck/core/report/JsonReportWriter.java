package dev.factcheck.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Version;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code factcheck-report.json} as the contract fixes it: schema version, tool, articles, claims,
 * quotes, findings — plus warnings, rules and a summary. Sorted, no timestamps: the same input gives
 * the same bytes.
 */
public final class JsonReportWriter implements ReportWriter {
    public static final String FILE_NAME = "factcheck-report.json";
    /** What {@code factcheck:extract} writes: the same document without rules run. */
    public static final String CLAIMS_FILE_NAME = "factcheck-claims.json";
    private static final JsonFactory JSON = new JsonFactory();
    private final String fileName;

    public JsonReportWriter() {
        this(FILE_NAME);
    }

    public JsonReportWriter(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public byte[] render(CheckResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(result, out);
        return out.toByteArray();
    }

    /**
     * Streams the report into the file (atomically, like every report): a check of 100,000 articles
     * makes a report of hundreds of megabytes, which must not be held in memory beside the result.
     */
    @Override
    public Path write(CheckResult result, Path outputDirectory) throws IOException {
        Path target = outputDirectory.resolve(fileName());
        ReportFiles.writeAtomically(target, out -> render(result, out));
        return target;
    }

    private static void render(CheckResult result, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(new RecordPerLinePrinter());
            g.writeStartObject();
            g.writeNumberField("schemaVersion", 1);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "factcheck");
            g.writeStringField("version", Version.get());
            g.writeEndObject();
            writeArticles(g, result);
            writeClaims(g, result);
            writeQuotes(g, result);
            writeFindings(g, result);
            writeWarnings(g, result);
            writeRules(g, result);
            writeSummary(g, result);
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeArticles(JsonGenerator g, CheckResult result) throws IOException {
        g.writeArrayFieldStart("articles");
        for (Article a : result.articles()) {
            g.writeStartObject();
            g.writeStringField("path", a.getPath());
            g.writeStringField("title", a.getTitle());
            g.writeStringField("outlet", a.getOutlet());
            g.writeStringField("published", a.getPublished() == null ? null : a.getPublished().toString());
            g.writeStringField("role", a.getRole().id());
            if (a.getUrl() != null) {
                g.writeStringField("url", a.getUrl());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeClaims(JsonGenerator g, CheckResult result) throws IOException {
        g.writeArrayFieldStart("claims");
        for (Claim c : result.claims()) {
            g.writeStartObject();
            g.writeStringField("id", c.getId());
            g.writeStringField("article", c.getArticlePath());
            g.writeNumberField("line", c.getLine());
            g.writeNumberField("column", c.getColumn());
            g.writeStringField("sentence", c.getSentence());
            g.writeStringField("span", c.getSpan());
            g.writeStringField("figure", c.getFigure());
            number(g, "value", c.getValue());
            number(g, "lower", c.getLower());
            number(g, "upper", c.getUpper());
            g.writeStringField("unit", c.getUnit());
            g.writeObjectFieldStart("quantity");
            g.writeStringField("key", c.getQuantityKey());
            g.writeStringField("label", c.getQuantityLabel());
            g.writeEndObject();
            g.writeStringField("kind", c.getKind().id());
            g.writeStringField("asOf", c.getAsOf() == null ? null : c.getAsOf().toString());
            g.writeStringField("eventAnchor", c.getEventAnchor());
            Attribution at = c.getAttribution();
            if (at == null) {
                g.writeNullField("attribution");
            } else {
                g.writeObjectFieldStart("attribution");
                g.writeStringField("text", at.getText());
                g.writeStringField("source", at.getSource());
                g.writeStringField("verb", at.getVerb());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator g, CheckResult result) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote q : result.quotes()) {
            g.writeStartObject();
            g.writeStringField("id", q.getId());
            g.writeStringField("article", q.getArticlePath());
            g.writeNumberField("line", q.getLine());
            g.writeNumberField("column", q.getColumn());
            g.writeStringField("text", q.getText());
            g.writeStringField("speaker", q.getSpeaker());
            g.writeStringField("medium", q.getMedium());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFindings(JsonGenerator g, CheckResult result) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : result.findings()) {
            g.writeStartObject();
            g.writeStringField("id", f.getId());
            g.writeStringField("rule", f.getRule());
            g.writeStringField("severity", f.getSeverity().id());
            g.writeStringField("message", f.getMessage());
            g.writeArrayFieldStart("claims");
            for (String id : f.getClaims()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeStringField("article", f.getArticle());
            g.writeNumberField("line", f.getLine());
            g.writeNumberField("column", f.getColumn());
            g.writeStringField("ruleSeverity", f.getRuleSeverity().id());
            g.writeStringField("fingerprint", Fingerprints.of(f));
            Disposition d = f.getDisposition();
            g.writeStringField("status", d == null ? "open" : d.kind().id());
            if (d != null) {
                g.writeStringField("reason", d.reason());
                g.writeStringField("until", d.until() == null ? null : d.until().toString());
                g.writeStringField("by", d.source());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeWarnings(JsonGenerator g, CheckResult result) throws IOException {
        g.writeArrayFieldStart("warnings");
        for (ArticleProblem p : result.warnings()) {
            g.writeStartObject();
            g.writeStringField("article", p.path());
            g.writeNumberField("line", p.line());
            g.writeStringField("severity", p.fatal() ? "error" : "warning");
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeRules(JsonGenerator g, CheckResult result) throws IOException {
        g.writeArrayFieldStart("rules");
        for (RuleInfo r : new TreeMap<>(result.rules()).values()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("severity", r.severity().id());
            g.writeStringField("summary", r.summary());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeSummary(JsonGenerator g, CheckResult result) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("articles", result.articles().size());
        g.writeNumberField("claims", result.claims().size());
        g.writeNumberField("quotes", result.quotes().size());
        g.writeNumberField("findings", result.findings().size());
        Map<Severity, Integer> counts = result.countsBySeverity();
        g.writeObjectFieldStart("bySeverity");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            g.writeNumberField(s.id(), counts.get(s));
        }
        g.writeEndObject();
        g.writeNumberField("acknowledged", result.countAcknowledged());
        g.writeNumberField("suppressed", result.countSuppressed());
        g.writeArrayFieldStart("notices");
        for (String n : result.notices()) {
            g.writeString(n);
        }
        for (String n : result.unusedSuppressions()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null || v.isInfinite() || v.isNaN()) {
            g.writeNullField(field);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, v.longValue());
        } else {
            g.writeNumberField(field, v);
        }
    }
}
