package dev.factcheck.core.model;

import java.util.Objects;

/**
 * Who a figure or quote is credited to: the words as written ({@code according to the health
 * ministry in Gaza}), a normalised source name ({@code health ministry}) and the verb or phrase that
 * links them ({@code according to}, {@code says}, {@code told}).
 */
public final class Attribution {
    private final String text;
    private final String source;
    private final String verb;

    public Attribution(String text, String source, String verb) {
        this.text = text;
        this.source = source;
        this.verb = verb;
    }

    public String getText() {
        return text;
    }

    public String getSource() {
        return source;
    }

    public String getVerb() {
        return verb;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attribution a && Objects.equals(text, a.text) && Objects.equals(source, a.source)
                && Objects.equals(verb, a.verb);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, source, verb);
    }

    @Override
    public String toString() {
        return text;
    }
}
