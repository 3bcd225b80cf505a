package dev.factcheck.core.model;

import java.util.Locale;

/**
 * How a quantity behaves over time; the rules depend on it.
 */
public enum QuantityKind {
    /** A running total so far, such as a death toll: it only rises. */
    CUMULATIVE,
    /** What is left, such as hostages still held: it normally falls. */
    REMAINING,
    /** A count of one past event, such as people killed on one day: it should not change. */
    FIXED,
    /** A count for the day of the report, such as people killed today. */
    POINT,
    /** A term of a proposal or deal, such as a 60-day truce or 40 hostages in a first stage. */
    PROPOSAL,
    /** A stock at a point in time that is neither a running total nor a remainder (a population, a share). */
    STATE,
    /**
     * A figure the text itself marks as earlier or replaced: "up from 212", "previously put at",
     * "revised down from 288", the "from" end of a change. Reported, but never compared as a current figure.
     */
    EARLIER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuantityKind parse(String text) {
        if (text == null) {
            return null;
        }
        for (QuantityKind k : values()) {
            if (k.id().equals(text.trim().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                return k;
            }
        }
        return null;
    }
}
