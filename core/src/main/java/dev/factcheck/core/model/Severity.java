package dev.factcheck.core.model;

import java.util.Locale;

/** Severity of a finding, ordered from the least to the most serious. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** One level less serious; {@code info} stays {@code info}. */
    public Severity lowered() {
        return this == INFO ? INFO : values()[ordinal() - 1];
    }

    /** Parses {@code error}, {@code warning} or {@code info}; returns null for anything else. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
