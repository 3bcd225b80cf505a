package dev.factcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * The rules' tunable numbers (tolerances, windows, grace periods), read from {@code settings.yaml} in
 * the rule pack and overridden key by key from a newsroom's own file. Rules read it through the
 * global {@code settings}: {@code settings.getDouble("contradiction.relativeTolerance")}.
 */
public final class RuleSettings {
    public static final String DEFAULT_RESOURCE = "dev/factcheck/rules/settings.yaml";
    private static final YAMLMapper YAML = new YAMLMapper();

    private final ObjectNode root;

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
        return node(dottedKey).asDouble();
    }

    public int getInt(String dottedKey) {
        return node(dottedKey).asInt();
    }

    public String getString(String dottedKey) {
        return node(dottedKey).asText();
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
