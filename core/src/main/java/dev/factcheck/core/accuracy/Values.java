package dev.factcheck.core.accuracy;

/** How a reported value is compared with a gold one. */
public final class Values {
    /** Two values are the same when they differ by at most 0.5% of the larger one. */
    public static final double TOLERANCE = 0.005;

    private Values() {
    }

    public static boolean same(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }
}
