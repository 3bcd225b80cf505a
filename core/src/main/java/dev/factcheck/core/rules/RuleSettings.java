package dev.factcheck.core.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factcheck.core.StrictYaml;
import dev.factcheck.core.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * global {@code settings}: {@code settings.getDouble("contradiction.relativeTolerance")}. An override
 * is decoded strictly against the rule pack's file (see {@link #overriddenBy(Path)}).
 */
public final class RuleSettings {
    public static final String DEFAULT_RESOURCE = "dev/factcheck/rules/settings.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ObjectNode root;
    /** The rule pack's file: the schema of its sections (each key with the type of its default). */
    private final ObjectNode schema;
    /** Keys of the newsroom's own sections, read by its own rules if by anything. */
    private final List<OwnKey> own;
    // One map per type, keyed by the dotted key itself: rules call these in constraints, once per
    // candidate pair, with the same literal string, whose hash the String keeps.
    private final Map<String, Double> doubles = new ConcurrentHashMap<>();
    private final Map<String, Integer> ints = new ConcurrentHashMap<>();
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    private final Map<String, Boolean> booleans = new ConcurrentHashMap<>();
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();

    /** A setting outside the rule pack's sections: where it is written and its dotted key. */
    private record OwnKey(String where, String key) {
    }

    private RuleSettings(ObjectNode root, ObjectNode schema, List<OwnKey> own) {
        this.root = root;
        this.schema = schema;
        this.own = List.copyOf(own);
    }

    public static RuleSettings defaults() {
        try (InputStream in = RuleSettings.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule pack resource missing: " + DEFAULT_RESOURCE);
            }
            StrictYaml.Source source = StrictYaml.Source.parse(YAML, DEFAULT_RESOURCE,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
            StrictYaml.Problems problems = new StrictYaml.Problems();
            source.tree().fields().forEachRemaining(e -> {
                if (!e.getValue().isObject()) {
                    problems.add(source.where(JsonPointer.empty().appendProperty(e.getKey())),
                            "'" + e.getKey() + "' must be a section (a map of settings), not " + StrictYaml.describe(e.getValue()));
                }
            });
            problems.throwIfAny("invalid rule settings");
            return new RuleSettings(source.tree(), source.tree(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These settings with every key of the given YAML file laid over them. The file is decoded
     * strictly: in a section of the rule pack's file, a key that is not there, or a value of another
     * type than the default's (a list for a list, a number for a number, a whole number for a whole
     * number), is an error naming the file, line and column. Sections of the newsroom's own are
     * checked against its rules by {@link #unreadBy(RulePack)}.
     *
     * @throws StrictYaml.Invalid with every such problem
     */
    public RuleSettings overriddenBy(Path file) throws IOException {
        StrictYaml.Source user = StrictYaml.Source.parse(YAML, file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        StrictYaml.Problems problems = new StrictYaml.Problems();
        List<OwnKey> ownKeys = new ArrayList<>(own);
        check(user, JsonPointer.empty(), user.tree(), schema, problems, ownKeys);
        problems.throwIfAny("invalid rule settings");
        ObjectNode merged = root.deepCopy();
        merge(merged, user.tree());
        return new RuleSettings(merged, schema, ownKeys);
    }

    /** Checks each key of {@code user} (at {@code at} in the file) against the section of the schema. */
    private static void check(StrictYaml.Source src, JsonPointer at, ObjectNode user, ObjectNode schema,
                              StrictYaml.Problems problems, List<OwnKey> own) {
        for (Iterator<Map.Entry<String, JsonNode>> it = user.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonPointer child = at.appendProperty(e.getKey());
            JsonNode expected = schema.get(e.getKey());
            JsonNode value = e.getValue();
            if (expected == null && at.matches()) {
                ownKeys(src, child, value, own);
            } else if (expected == null) {
                List<String> known = new ArrayList<>();
                schema.fieldNames().forEachRemaining(known::add);
                problems.add(src.where(child), "unknown key '" + e.getKey() + "' in " + StrictYaml.dotted(at)
                        + " (settings there: " + String.join(", ", known) + ")");
            } else if (expected.isObject() && value.isObject()) {
                check(src, child, (ObjectNode) value, (ObjectNode) expected, problems, own);
            } else if (!fits(expected, value)) {
                problems.add(src.where(child), StrictYaml.dotted(child) + ": expected " + kind(expected) + ", not "
                        + StrictYaml.describe(value));
            }
        }
    }

    private static void ownKeys(StrictYaml.Source src, JsonPointer at, JsonNode value, List<OwnKey> own) {
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(k -> ownKeys(src, at.appendProperty(k), value.get(k), own));
        } else {
            own.add(new OwnKey(src.where(at), StrictYaml.dotted(at)));
        }
    }

    /** Whether a value has the type of the default: the getter the rules call on it will read it. */
    private static boolean fits(JsonNode expected, JsonNode value) {
        if (expected.isObject()) {
            return value.isObject();
        }
        if (expected.isArray()) {
            if (value.isArray()) {
                for (JsonNode x : value) {
                    if (!x.isValueNode() || x.isNull()) {
                        return false;
                    }
                }
                return true;
            }
            return value.isValueNode() && !value.isNull();
        }
        if (expected.isIntegralNumber()) {
            return value.isIntegralNumber() && value.canConvertToInt();
        }
        if (expected.isNumber()) {
            return value.isNumber();
        }
        if (expected.isBoolean()) {
            return value.isBoolean();
        }
        // text: any scalar (an unquoted "off" is read as false, and getString gives "false")
        return value.isValueNode() && !value.isNull();
    }

    private static String kind(JsonNode expected) {
        if (expected.isObject()) {
            return "a map";
        }
        if (expected.isArray()) {
            return "a list of words";
        }
        if (expected.isIntegralNumber()) {
            return "a whole number";
        }
        if (expected.isNumber()) {
            return "a number";
        }
        return expected.isBoolean() ? "true or false" : "text";
    }

    /**
     * The settings of the newsroom's own sections that no rule of the pack reads: each is
     * {@code file:line:column: message}. A rule reads a setting by its literal dotted key
     * ({@code settings.getDouble("house-uncorroborated.tolerance")}), so a key no DRL file mentions
     * (a misspelt section, a setting left behind) has no effect.
     */
    public List<String> unreadBy(RulePack pack) {
        List<String> out = new ArrayList<>();
        for (OwnKey k : own) {
            String literal = "\"" + k.key() + "\"";
            if (pack.sources().stream().noneMatch(s -> s.content().contains(literal))) {
                List<String> sections = new ArrayList<>();
                schema.fieldNames().forEachRemaining(sections::add);
                out.add(k.where() + ": unknown setting '" + k.key() + "': not a section of the rule pack ("
                        + String.join(", ", sections) + ") and no rule reads " + literal);
            }
        }
        return out;
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
