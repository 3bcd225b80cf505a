package dev.factcheck.core.accuracy;

import java.util.Locale;

/** A count out of a total, shown as {@code 12/15 0.80}; with nothing to count the value is 1 and shows as {@code -}. */
public record Ratio(int count, int total) {
    public double value() {
        return total == 0 ? 1.0 : (double) count / total;
    }

    @Override
    public String toString() {
        return total == 0 ? "0/0 -" : count + "/" + total + " " + String.format(Locale.ROOT, "%.2f", value());
    }
}
