package dev.factcheck.core.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The report's words, from {@code texts.properties}; {@code {name}} placeholders are filled in plainly. */
final class Texts {
    private static final Properties TEXTS = load();

    private Texts() {
    }

    static String get(String key) {
        String v = TEXTS.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no text for " + key + " in texts.properties");
        }
        return v;
    }

    static String get(String key, Map<String, String> values) {
        return fill(get(key), values);
    }

    static String orNull(String key) {
        return TEXTS.getProperty(key);
    }

    static String fill(String text, Map<String, String> values) {
        String out = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    /** {@code stale-figure} → the catalog name, or {@code Stale figure} made from an unknown id. */
    static String ruleName(String ruleId) {
        String name = orNull("rule." + ruleId + ".name");
        if (name != null) {
            return name;
        }
        String words = ruleId.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? ruleId : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** How the n-th claim of a finding is headed: {@code Outdated figure}, {@code Newer figure}, … */
    static String sideLabel(String ruleId, int index) {
        int i = Math.min(index, 1);
        String label = orNull("rule." + ruleId + ".side." + i);
        return label == null ? get("rule.default.side." + i) : label;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("texts.properties")) {
            if (in == null) {
                throw new IllegalStateException("texts.properties missing from the classpath");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
