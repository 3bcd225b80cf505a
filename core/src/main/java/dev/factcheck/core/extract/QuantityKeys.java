package dev.factcheck.core.extract;

/** The quantity key {@code <counted>/<predicate>[-by-<agent>][@<place>][#<anchor>]} of a draft, and the label that reads it back. */
final class QuantityKeys {
    private final Vocabulary v;

    QuantityKeys(Vocabulary v) {
        this.v = v;
    }

    static String key(Draft d) {
        return d.counted.replace(' ', '-') + "/" + d.predicate.replace(' ', '-')
                + (d.place == null ? "" : "@" + d.place) + (d.anchor == null ? "" : "#" + d.anchor);
    }

    /** "hostages still held", "people killed in Israel on 7 October 2023". */
    String label(Draft d) {
        StringBuilder label = new StringBuilder(d.countedLabel == null ? d.counted : d.countedLabel);
        if (d.predicateLabel != null && !d.predicateLabel.isEmpty()) {
            label.append(' ').append(d.predicateLabel);
        }
        if (d.place != null) {
            Vocabulary.Place p = v.place(d.place);
            label.append(" in ").append(p == null ? d.place : p.label());
        }
        if (d.anchor != null && d.anchorLabel != null) {
            label.append(' ').append(d.anchorLabel);
        }
        return label.toString();
    }
}
