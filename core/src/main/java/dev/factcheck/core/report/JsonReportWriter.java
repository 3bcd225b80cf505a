package dev.factcheck.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Version;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    /** Records per rendering task, and the smallest list rendered on several threads. */
    private static final int CHUNK = 2_000;
    private final String fileName;
    private final int threads;

    public JsonReportWriter() {
        this(FILE_NAME);
    }

    public JsonReportWriter(String fileName) {
        this(fileName, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Records of long lists (claims, quotes) are rendered on {@code threads} threads; the bytes are the same. */
    JsonReportWriter(String fileName, int threads) {
        this.fileName = fileName;
        this.threads = Math.max(1, threads);
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

    private void render(CheckResult result, OutputStream out) throws IOException {
        ExecutorService pool = threads > 1 && result.claims().size() + result.quotes().size() >= CHUNK
                ? Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "factcheck-json");
                    t.setDaemon(true);
                    return t;
                })
                : null;
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
            records(g, "claims", result.claims(), JsonReportWriter::writeClaim, pool);
            records(g, "quotes", result.quotes(), JsonReportWriter::writeQuote, pool);
            writeFindings(g, result);
            writeWarnings(g, result);
            writeRules(g, result);
            writeSummary(g, result);
            g.writeEndObject();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        out.write('\n');
    }

    /** Writes one record of a list into a generator. */
    private interface RecordWriter<T> {
        void write(JsonGenerator g, T record) throws IOException;
    }

    /**
     * A top-level array of records. With a pool, chunks of records are rendered compactly on its
     * threads (as the printer writes them: one record per line) and written here in order, a few
     * chunks ahead at most, so the text of the whole list is never held at once.
     */
    private <T> void records(JsonGenerator g, String field, List<T> records, RecordWriter<T> writer,
                             ExecutorService pool) throws IOException {
        g.writeArrayFieldStart(field);
        if (pool == null || records.size() < CHUNK) {
            for (T r : records) {
                writer.write(g, r);
            }
        } else {
            Deque<Future<String[]>> ahead = new ArrayDeque<>();
            int next = 0;
            while (next < records.size() || !ahead.isEmpty()) {
                while (next < records.size() && ahead.size() < threads * 2) {
                    List<T> chunk = records.subList(next, Math.min(records.size(), next + CHUNK));
                    ahead.add(pool.submit(() -> renderCompact(chunk, writer)));
                    next += chunk.size();
                }
                for (String record : await(ahead.poll())) {
                    g.writeRawValue(record);
                }
            }
        }
        g.writeEndArray();
    }

    /**
     * Records as the report's own UTF-8 generator writes them (it escapes characters beyond the
     * Basic Multilingual Plane, as a character-based generator would not), decoded back to text for
     * {@link JsonGenerator#writeRawValue(String)}.
     */
    private static <T> String[] renderCompact(List<T> records, RecordWriter<T> writer) throws IOException {
        String[] out = new String[records.size()];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(bytes, JsonEncoding.UTF8)) {
            g.setRootValueSeparator(null);
            for (int i = 0; i < out.length; i++) {
                writer.write(g, records.get(i));
                g.flush();
                out[i] = bytes.toString(StandardCharsets.UTF_8);
                bytes.reset();
            }
        }
        return out;
    }

    private static String[] await(Future<String[]> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the report");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
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

    private static void writeClaim(JsonGenerator g, Claim c) throws IOException {
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
        // Added after the first fields of schema version 1, so readers of those are unaffected.
        g.writeBooleanField("named", c.isNamed());
        Change ch = c.getChange();
        g.writeStringField("statement", ch == null ? "level" : "change");
        g.writeStringField("direction", ch == null || ch.direction() == null ? null : ch.direction().id());
        number(g, "from", ch == null ? null : ch.from());
        number(g, "to", ch == null ? null : ch.to());
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
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
