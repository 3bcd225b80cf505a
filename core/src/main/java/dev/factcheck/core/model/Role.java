package dev.factcheck.core.model;

import java.util.Locale;

/** What an article is to the newsroom: copy under edit, or reporting it is checked against. */
public enum Role {
    SOURCE, DRAFT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code source} or {@code draft}; returns null for anything else. */
    public static Role parse(String text) {
        if (text == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }
}
