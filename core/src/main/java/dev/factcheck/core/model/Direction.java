package dev.factcheck.core.model;

import java.util.Locale;

/** Which way a stated change goes: "rose" is {@link #UP}, "fell" {@link #DOWN}. */
public enum Direction {
    UP,
    DOWN;

    /** {@code up} or {@code down}, as the reports write it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Direction parse(String text) {
        if (text == null) {
            return null;
        }
        for (Direction d : values()) {
            if (d.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        return null;
    }
}
