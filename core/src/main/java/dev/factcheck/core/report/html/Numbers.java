package dev.factcheck.core.report.html;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the report prints them: {@code 58,386}, {@code 0.33}, always the same for the same value. */
final class Numbers {
    private Numbers() {
    }

    static String format(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v == 0 ? 0 : v);
    }

    /** Axis labels: {@code 2.3M} and {@code 40k} past a million and ten thousand, plain below. */
    static String compact(double v, double step) {
        double a = Math.abs(v);
        if (a >= 1_000_000 && step >= 100_000) {
            return format(v / 1_000_000) + "M";
        }
        if (a >= 10_000 && step >= 1_000) {
            return format(v / 1_000) + "k";
        }
        return format(v);
    }

    /** The interval a wording allows: {@code 129}, {@code ≥ 33,100}, {@code ≤ 20}, {@code 35–45}. */
    static String interval(double value, Double lower, Double upper) {
        if (lower != null && upper != null) {
            return lower.equals(upper) ? format(lower) : format(lower) + "\u2013" + format(upper);
        }
        if (lower != null) {
            return "\u2265 " + format(lower);
        }
        if (upper != null) {
            return "\u2264 " + format(upper);
        }
        return format(value);
    }

    /** An SVG coordinate with at most one decimal: {@code 12}, {@code 12.5}. */
    static String coord(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10)
                : (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }
}
