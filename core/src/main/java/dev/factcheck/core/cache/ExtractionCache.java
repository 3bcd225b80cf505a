package dev.factcheck.core.cache;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.core.extract.Extraction;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.report.ReportFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Extraction results from earlier runs, keyed by each article file's content hash. The whole cache
 * is valid only for one configuration key (factcheck version, vocabulary, encoding); a different key
 * starts it afresh. A damaged cache file is ignored, never fatal.
 */
public final class ExtractionCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private final Path file;
    private final String configKey;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    private record Entry(String hash, JsonNode claims, JsonNode quotes, Extraction live) {
    }

    private ExtractionCache(Path file, String configKey, Map<String, Entry> previous) {
        this.file = file;
        this.configKey = configKey;
        this.previous = previous;
    }

    public static ExtractionCache open(Path file, String configKey) {
        Map<String, Entry> previous = new TreeMap<>();
        if (file != null && Files.isRegularFile(file)) {
            try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                JsonNode root = JSON.readTree(in);
                if (root != null && configKey.equals(root.path("configKey").asText())) {
                    root.path("articles").fields().forEachRemaining(e -> previous.put(e.getKey(),
                            new Entry(e.getValue().path("hash").asText(), e.getValue().path("claims"),
                                    e.getValue().path("quotes"), null)));
                }
            } catch (IOException | RuntimeException e) {
                previous.clear();
            }
        }
        return new ExtractionCache(file, configKey, previous);
    }

    public static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cached extraction of the article when its content hash is unchanged, else null. */
    public Extraction lookup(Article article, String contentHash) {
        Entry e = previous.get(article.getPath());
        if (e == null || !e.hash().equals(contentHash)) {
            return null;
        }
        try {
            Extraction x = new Extraction(claims(article, e.claims()), quotes(article, e.quotes()));
            current.put(article.getPath(), e);
            return x;
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    public void store(Article article, String contentHash, Extraction extraction) {
        current.put(article.getPath(), new Entry(contentHash, null, null, extraction));
    }

    /** Writes the entries of this run (articles that no longer exist drop out). */
    public void save() throws IOException {
        if (file == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes);
             JsonGenerator g = FACTORY.createGenerator(gz, JsonEncoding.UTF8)) {
            g.setCodec(JSON);
            g.writeStartObject();
            g.writeStringField("configKey", configKey);
            g.writeObjectFieldStart("articles");
            for (Map.Entry<String, Entry> e : new TreeMap<>(current).entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("hash", e.getValue().hash());
                if (e.getValue().live() != null) {
                    writeClaims(g, e.getValue().live().claims());
                    writeQuotes(g, e.getValue().live().quotes());
                } else {
                    g.writeFieldName("claims");
                    g.writeTree(e.getValue().claims());
                    g.writeFieldName("quotes");
                    g.writeTree(e.getValue().quotes());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        ReportFiles.writeAtomically(file, bytes.toByteArray());
    }

    private static void writeClaims(JsonGenerator g, List<Claim> claims) throws IOException {
        g.writeArrayFieldStart("claims");
        for (Claim c : claims) {
            g.writeStartObject();
            g.writeNumberField("offset", c.getOffset());
            g.writeNumberField("end", c.getEnd());
            g.writeNumberField("line", c.getLine());
            g.writeNumberField("column", c.getColumn());
            g.writeStringField("sentence", c.getSentence());
            g.writeStringField("span", c.getSpan());
            g.writeStringField("figure", c.getFigure());
            g.writeNumberField("value", c.getValue());
            if (c.getLower() != null) {
                g.writeNumberField("lower", c.getLower());
            }
            if (c.getUpper() != null) {
                g.writeNumberField("upper", c.getUpper());
            }
            g.writeStringField("unit", c.getUnit());
            g.writeStringField("key", c.getQuantityKey());
            g.writeStringField("label", c.getQuantityLabel());
            g.writeStringField("kind", c.getKind().id());
            g.writeStringField("asOf", c.getAsOf() == null ? null : c.getAsOf().toString());
            g.writeStringField("eventAnchor", c.getEventAnchor());
            if (c.getAttribution() != null) {
                g.writeStringField("attText", c.getAttribution().getText());
                g.writeStringField("attSource", c.getAttribution().getSource());
                g.writeStringField("attVerb", c.getAttribution().getVerb());
            }
            g.writeNumberField("partOf", c.getPartOfOffset());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeQuotes(JsonGenerator g, List<Quote> quotes) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote q : quotes) {
            g.writeStartObject();
            g.writeNumberField("offset", q.getOffset());
            g.writeNumberField("end", q.getEnd());
            g.writeNumberField("line", q.getLine());
            g.writeNumberField("column", q.getColumn());
            g.writeStringField("text", q.getText());
            g.writeStringField("normalized", q.getNormalizedText());
            g.writeStringField("speaker", q.getSpeaker());
            g.writeStringField("speakerKey", q.getSpeakerKey());
            g.writeStringField("speakerSide", q.getSpeakerSide());
            g.writeStringField("medium", q.getMedium());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static List<Claim> claims(Article article, JsonNode list) {
        List<Claim> out = new ArrayList<>();
        for (JsonNode n : list) {
            Claim.Builder b = Claim.builder(article).offset(n.get("offset").asInt(), n.get("end").asInt())
                    .position(n.get("line").asInt(), n.get("column").asInt()).sentence(text(n, "sentence"))
                    .span(text(n, "span")).figure(text(n, "figure"))
                    .value(n.get("value").asDouble(), n.has("lower") ? n.get("lower").asDouble() : null,
                            n.has("upper") ? n.get("upper").asDouble() : null)
                    .unit(text(n, "unit"))
                    .quantity(text(n, "key"), text(n, "label"), QuantityKind.parse(text(n, "kind")))
                    .asOf(text(n, "asOf") == null ? null : LocalDate.parse(text(n, "asOf")))
                    .eventAnchor(text(n, "eventAnchor")).partOfOffset(n.get("partOf").asInt());
            if (n.has("attText") || n.has("attSource")) {
                b.attribution(new Attribution(text(n, "attText"), text(n, "attSource"), text(n, "attVerb")));
            }
            out.add(b.build());
        }
        return out;
    }

    private static List<Quote> quotes(Article article, JsonNode list) {
        List<Quote> out = new ArrayList<>();
        for (JsonNode n : list) {
            out.add(new Quote(article, n.get("offset").asInt(), n.get("end").asInt(), n.get("line").asInt(),
                    n.get("column").asInt(), text(n, "text"), text(n, "normalized"), text(n, "speaker"),
                    text(n, "speakerKey"), text(n, "speakerSide"), text(n, "medium")));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
