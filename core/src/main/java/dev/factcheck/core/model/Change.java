package dev.factcheck.core.model;

/**
 * What a claim that states a change ("rose from 3.9% to 4.2%", "fell 2.5%") says about it: its
 * direction, when the text gives one, and the values it starts and ends at, when the text gives them.
 * A claim that states a level has no change ({@link Claim#getChange()} is null).
 *
 * <p>The bean-style getters are there for rules: a pattern reads {@code change.direction}.
 *
 * @param direction {@link Direction#UP}, {@link Direction#DOWN}, or null when the text gives no direction
 * @param from      the value the change starts from ("from 3.9%"), or null when not stated
 * @param to        the value the change ends at ("to 4.2%"), or null when not stated
 */
public record Change(Direction direction, Double from, Double to) {
    public Direction getDirection() {
        return direction;
    }

    public Double getFrom() {
        return from;
    }

    public Double getTo() {
        return to;
    }
}
