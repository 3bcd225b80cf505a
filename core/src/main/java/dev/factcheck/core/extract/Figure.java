package dev.factcheck.core.extract;

/**
 * A figure found in a sentence, before it is known to be a claim: token positions, the value and
 * interval its wording allows, and its unit. {@code nonClaim} names why it is not a claim, or is null.
 */
final class Figure {
    int first;
    int numStart;
    int numEnd;
    int end;
    double value;
    Double lower;
    Double upper;
    String unit = "count";
    String qualifier;
    double scale = 1;
    boolean words;
    boolean range;
    boolean vague;
    boolean compound;
    String nonClaim;
    /** The earlier value this figure moved from ("from 62 to 64": 62 on the figure 64), or null. */
    Double from;

    boolean isCount() {
        return "count".equals(unit);
    }

    boolean isTime() {
        return unit.equals("second") || unit.equals("minute") || unit.equals("hour") || unit.equals("day")
                || unit.equals("week") || unit.equals("month") || unit.equals("year") || unit.equals("decade");
    }

    @Override
    public String toString() {
        return value + " [" + lower + ", " + upper + "] " + unit + (nonClaim == null ? "" : " (not a claim: " + nonClaim + ")");
    }
}
