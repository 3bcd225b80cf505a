package dev.factcheck.core.rules;

import dev.factcheck.core.model.Severity;

import java.util.Map;

/** Reads a rule's metadata ({@code @id}, {@code @severity}, {@code @summary}). */
public final class RuleMeta {
    private RuleMeta() {
    }

    static String text(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    public static String idOf(Map<String, Object> meta, String ruleName) {
        String id = text(meta, "id");
        if (id == null) {
            throw new IllegalStateException("rule '" + ruleName + "' has no @id metadata");
        }
        return id;
    }

    public static Severity severityOf(Map<String, Object> meta, String ruleName) {
        Severity s = Severity.parse(text(meta, "severity"));
        if (s == null) {
            throw new IllegalStateException("rule '" + ruleName + "' has no valid @severity metadata (error, warning or info)");
        }
        return s;
    }

    public static String summaryOf(Map<String, Object> meta) {
        return text(meta, "summary");
    }
}
