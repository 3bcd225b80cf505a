package dev.factcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factcheck.core.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules' tunable numbers (tolerances, windows, grace periods), read from {@code settings.yaml} in
 * the rule pack and overridden key by key from a newsroom's own file. Rules read it through the
 * global {@code settings}: {@code settings.getDouble("contradiction.relativeTolerance")}.
 */
public final class RuleSettings {
    public static final String DEFAULT_RESOURCE = "dev/factcheck/rules/settings.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ObjectNode root;
    // One map per type, keyed by the dotted key itself: rules call these in constraints, once per
    // candidate pair, with the same literal string, whose hash the String keeps.
    private final Map<String, Double> doubles = new ConcurrentHashMap<>();
    private final Map<String, Integer> ints = new ConcurrentHashMap<>();
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, Boolean> booleans = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();

    private RuleSettings(ObjectNode root) {
        this.root = root;
    }

    public static RuleSettings defaults() {
        try (InputStream in = RuleSettings.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource missing: " + DEFAULT_RESOURCE);
            }
            return new RuleSettings((ObjectNode) YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These settings with every key of the given YAML file laid over them. */
    public RuleSettings overriddenBy(Path file) throws IOException {
        JsonNode user = YAML.readTree(Files.readAllBytes(file));
        ObjectNode merged = root.deepCopy();
        if (user != null && user.isObject()) {
            merge(merged, (ObjectNode) user);
        } else if (user != null && !user.isMissingNode() && !user.isNull()) {
            throw new IOException(file + ": expected 'key: value' settings");
        }
        return new RuleSettings(merged);
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode s) {
                merge(o, s);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }

    private JsonNode node(String dottedKey) {
        JsonNode n = root;
        for (String part : dottedKey.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        if (n == null || n.isNull()) {
            throw new IllegalArgumentException("no rule setting '" + dottedKey + "' in " + DEFAULT_RESOURCE);
        }
        return n;
    }

    public double getDouble(String dottedKey) {
        Double v = doubles.get(dottedKey);
        return v != null ? v : doubles.computeIfAbsent(dottedKey, k -> node(k).asDouble());
    }

    public int getInt(String dottedKey) {
        Integer v = ints.get(dottedKey);
        return v != null ? v : ints.computeIfAbsent(dottedKey, k -> node(k).asInt());
    }

    public String getString(String dottedKey) {
        String v = strings.get(dottedKey);
        return v != null ? v : strings.computeIfAbsent(dottedKey, k -> node(k).asText());
    }

    public boolean getBoolean(String dottedKey) {
        Boolean v = booleans.get(dottedKey);
        return v != null ? v : booleans.computeIfAbsent(dottedKey, k -> node(k).asBoolean());
    }

    /**
     * A severity setting ({@code error}, {@code warning} or {@code info}), or null when it says
     * {@code off} (YAML also reads an unquoted {@code off} as false).
     */
    public Severity getSeverity(String dottedKey) {
        String text = getString(dottedKey).strip().toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("false") || text.equals("none")) {
            return null;
        }
        Severity s = Severity.parse(text);
        if (s == null) {
            throw new IllegalArgumentException("rule setting '" + dottedKey + "' must be error, warning, info or off, not "
                    + text);
        }
        return s;
    }

    /** A list setting (a YAML sequence, or one scalar), each entry trimmed and lower-cased. */
    public List<String> getStrings(String dottedKey) {
        List<String> v = lists.get(dottedKey);
        return v != null ? v : lists.computeIfAbsent(dottedKey, k -> {
            JsonNode n = node(k);
            List<String> out = new ArrayList<>();
            if (n.isArray()) {
                n.forEach(e -> out.add(e.asText().strip().toLowerCase(Locale.ROOT)));
            } else {
                out.add(n.asText().strip().toLowerCase(Locale.ROOT));
            }
            return List.copyOf(out);
        });
    }

    /** Whether the list setting holds the word, ignoring case: {@code settings.listed("stale-figure.kinds", kind.id())}. */
    public boolean listed(String dottedKey, String word) {
        return word != null && getStrings(dottedKey).contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean has(String dottedKey) {
        JsonNode n = root;
        for (String part : dottedKey.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n != null && !n.isNull();
    }

    /** The whole tree, for reports and cache keys. */
    public String toCanonicalString() {
        return root.toString();
    }
}
