package dev.factcheck.core.report.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lays out one quantity's chart: every value reported for it by date (x) and value (y), one mark shape
 * and colour per outlet, ranges as vertical bars, open ends as arrows, and the marks of findings circled.
 * Pure geometry: the template turns it into SVG, so every label is escaped like the rest of the page.
 */
final class QuantityChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    static final int LEFT = 64;
    static final int RIGHT = 24;
    static final int TOP = 18;
    static final int BOTTOM = 36;
    static final int OUTLET_STYLES = 8;
    private static final double MARK_RADIUS = 5;
    private static final double ARROW_LENGTH = 26;
    private static final double JITTER = 11;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** One stated value: where and by whom, the interval its wording allows, and the findings it is part of. */
    record Point(String claimId, LocalDate date, double value, Double lower, Double upper, String outlet,
                 String tooltip, List<Flag> flags) {
    }

    /** A finding a point takes part in: {@code stale} (the outdated figure), {@code conflict} or {@code flag}. */
    record Flag(String findingId, String kind) {
    }

    /** A drawn connection from an outdated figure to the one that superseded it. */
    record Link(String fromClaim, String toClaim) {
    }

    record Tick(String pos, String label) {
    }

    record Mark(String claimId, String x, String y, String shape, String style, String tooltip, String range,
                String arrow, boolean flagged, String ringClass, String label, String labelX, String labelY,
                String labelAnchor) {
    }

    record Connector(String x1, String y1, String x2, String y2) {
    }

    record LegendEntry(String outlet, String style, String shape) {
    }

    record Layout(int width, int height, String plotLeft, String plotRight, String plotTop, String plotBottom,
                  List<Tick> xTicks, List<Tick> yTicks, List<Mark> marks, List<Connector> connectors,
                  List<LegendEntry> legend, int undated) {
        String yLabelX() {
            return Numbers.coord(LEFT - 8);
        }

        String tickEnd() {
            return Numbers.coord(HEIGHT - BOTTOM + 5);
        }

        String xLabelY() {
            return Numbers.coord(HEIGHT - BOTTOM + 20);
        }
    }

    private QuantityChart() {
    }

    static Layout layout(List<Point> points, List<Link> links) {
        List<Point> dated = points.stream().filter(p -> p.date() != null)
                .sorted(Comparator.comparing(Point::date).thenComparing(Point::outlet).thenComparing(Point::claimId))
                .toList();
        int undated = points.size() - dated.size();
        Map<String, Integer> outletStyle = new LinkedHashMap<>();
        for (String o : new TreeSet<>(points.stream().map(Point::outlet).toList())) {
            outletStyle.put(o, outletStyle.size() % OUTLET_STYLES);
        }
        double x0 = LEFT;
        double x1 = WIDTH - RIGHT;
        double y0 = TOP;
        double y1 = HEIGHT - BOTTOM;
        List<LegendEntry> legend = new ArrayList<>();
        outletStyle.forEach((o, s) -> legend.add(new LegendEntry(o, "o" + s, shape(s, 7, 7, MARK_RADIUS))));
        if (dated.isEmpty()) {
            return new Layout(WIDTH, HEIGHT, c(x0), c(x1), c(y0), c(y1), List.of(), List.of(), List.of(), List.of(),
                    legend, undated);
        }

        long first = dated.get(0).date().toEpochDay();
        long last = dated.get(dated.size() - 1).date().toEpochDay();
        double pad = first == last ? 15 : Math.max(3, (last - first) * 0.06);
        Scale xs = new Scale(first - pad, last + pad, x0 + 12, x1 - 12);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Point p : dated) {
            for (Double v : new Double[] {p.value(), p.lower(), p.upper()}) {
                if (v != null && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double[] yDomain = niceDomain(lo, hi);
        Scale ys = new Scale(yDomain[0], yDomain[1], y1, y0);

        Map<Long, List<Point>> byDay = new LinkedHashMap<>();
        dated.forEach(p -> byDay.computeIfAbsent(p.date().toEpochDay(), d -> new ArrayList<>()).add(p));
        Map<String, double[]> where = new LinkedHashMap<>();
        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<Long, List<Point>> day : byDay.entrySet()) {
            List<Point> group = day.getValue();
            for (int i = 0; i < group.size(); i++) {
                Point p = group.get(i);
                double x = xs.at(day.getKey()) + (i - (group.size() - 1) / 2.0) * JITTER;
                double y = ys.at(p.value());
                where.put(p.claimId(), new double[] {x, y});
                int style = outletStyle.get(p.outlet());
                boolean labelLeft = group.size() > 1 && i < (group.size() - 1) / 2.0;
                marks.add(mark(p, x, y, style, ys, y0, y1, labelLeft));
            }
        }
        List<Connector> connectors = new ArrayList<>();
        for (Link l : links) {
            double[] a = where.get(l.fromClaim());
            double[] b = where.get(l.toClaim());
            if (a != null && b != null) {
                connectors.add(new Connector(c(a[0]), c(a[1]), c(b[0]), c(b[1])));
            }
        }
        return new Layout(WIDTH, HEIGHT, c(x0), c(x1), c(y0), c(y1), xTicks(first - pad, last + pad, xs),
                yTicks(yDomain, ys), marks, connectors, legend, undated);
    }

    private static Mark mark(Point p, double x, double y, int style, Scale ys, double top, double bottom,
                             boolean labelLeft) {
        String range = null;
        String arrow = null;
        Double lower = finite(p.lower());
        Double upper = finite(p.upper());
        if (lower != null && upper != null && !lower.equals(upper)) {
            range = "M" + c(x) + " " + c(ys.at(lower)) + "V" + c(ys.at(upper));
        } else if (lower != null && upper == null) {
            double yl = ys.at(lower);
            double tip = Math.max(top, yl - ARROW_LENGTH);
            range = "M" + c(x) + " " + c(yl) + "V" + c(tip + 4);
            arrow = "M" + c(x - 4) + " " + c(tip + 6) + "L" + c(x) + " " + c(tip) + "L" + c(x + 4) + " " + c(tip + 6) + "Z";
        } else if (upper != null && lower == null) {
            double yu = ys.at(upper);
            double tip = Math.min(bottom, yu + ARROW_LENGTH);
            range = "M" + c(x) + " " + c(yu) + "V" + c(tip - 4);
            arrow = "M" + c(x - 4) + " " + c(tip - 6) + "L" + c(x) + " " + c(tip) + "L" + c(x + 4) + " " + c(tip - 6) + "Z";
        }
        boolean flagged = !p.flags().isEmpty();
        String ring = null;
        String label = null;
        if (flagged) {
            ring = p.flags().stream().anyMatch(f -> f.kind().equals("stale")) ? "ring-stale"
                    : p.flags().stream().anyMatch(f -> f.kind().equals("conflict")) ? "ring-conflict" : "ring-flag";
            label = String.join(" ", p.flags().stream().map(Flag::findingId).distinct().toList());
        }
        return new Mark(p.claimId(), c(x), c(y), shape(style, x, y, MARK_RADIUS), "o" + style, p.tooltip(), range,
                arrow, flagged, ring, label, c(labelLeft ? x - 13 : x + 13), c(y - 9), labelLeft ? "end" : "start");
    }

    /** An SVG path for outlet style {@code s}: circle, square, triangle, diamond, inverted triangle. */
    static String shape(int s, double x, double y, double r) {
        return switch (s % 5) {
            case 0 -> "M" + c(x - r) + " " + c(y) + "a" + c(r) + " " + c(r) + " 0 1 0 " + c(2 * r) + " 0a" + c(r)
                    + " " + c(r) + " 0 1 0 " + c(-2 * r) + " 0Z";
            case 1 -> "M" + c(x - r * 0.9) + " " + c(y - r * 0.9) + "h" + c(1.8 * r) + "v" + c(1.8 * r) + "h"
                    + c(-1.8 * r) + "Z";
            case 2 -> "M" + c(x) + " " + c(y - r * 1.15) + "L" + c(x + r * 1.1) + " " + c(y + r * 0.8) + "L"
                    + c(x - r * 1.1) + " " + c(y + r * 0.8) + "Z";
            case 3 -> "M" + c(x) + " " + c(y - r * 1.2) + "L" + c(x + r * 1.2) + " " + c(y) + "L" + c(x) + " "
                    + c(y + r * 1.2) + "L" + c(x - r * 1.2) + " " + c(y) + "Z";
            default -> "M" + c(x) + " " + c(y + r * 1.15) + "L" + c(x + r * 1.1) + " " + c(y - r * 0.8) + "L"
                    + c(x - r * 1.1) + " " + c(y - r * 0.8) + "Z";
        };
    }

    /** Round bounds on a 1-2-5 step around [lo, hi], never below zero for values that are not. */
    static double[] niceDomain(double lo, double hi) {
        if (lo == hi) {
            double pad = Math.max(1, Math.abs(lo) * 0.1);
            lo -= pad;
            hi += pad;
            if (lo < 0 && hi - pad >= 0) {
                lo = 0;
            }
        }
        double step = niceStep((hi - lo) / 4);
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        if (min == lo && min - step >= 0) {
            min -= step;
        }
        if (max == hi) {
            max += step;
        }
        return new double[] {min, max, step};
    }

    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n < 1.5 ? 1 : n < 3 ? 2 : n < 7 ? 5 : 10) * mag;
    }

    private static List<Tick> yTicks(double[] domain, Scale ys) {
        List<Tick> ticks = new ArrayList<>();
        double step = domain[2];
        long n = Math.round((domain[1] - domain[0]) / step);
        for (long i = 0; i <= n; i++) {
            double v = domain[0] + i * step;
            ticks.add(new Tick(c(ys.at(v)), Numbers.compact(v, step)));
        }
        return ticks;
    }

    /** Month ticks (every 1, 2, 3, 6, 12 … months) for long spans, day ticks for short ones; at most 6. */
    static List<Tick> xTicks(double fromDay, double toDay, Scale xs) {
        List<Tick> ticks = new ArrayList<>();
        if (toDay - fromDay < 70) {
            for (int step : new int[] {1, 2, 7, 14, 28}) {
                ticks.clear();
                for (long d = (long) Math.ceil(fromDay / step) * step; d <= toDay; d += step) {
                    LocalDate date = LocalDate.ofEpochDay(d);
                    ticks.add(new Tick(c(xs.at(d)), date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1]
                            + " " + date.getYear()));
                }
                if (ticks.size() <= 4) {
                    return ticks;
                }
            }
            return ticks;
        }
        LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(fromDay));
        for (int step : new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240}) {
            ticks.clear();
            LocalDate m = from.withDayOfMonth(1);
            if (m.isBefore(from)) {
                m = m.plusMonths(1);
            }
            while ((m.getYear() * 12 + m.getMonthValue() - 1) % step != 0) {
                m = m.plusMonths(1);
            }
            for (; m.toEpochDay() <= toDay; m = m.plusMonths(step)) {
                String label = step >= 12 ? Integer.toString(m.getYear()) : MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
                ticks.add(new Tick(c(xs.at(m.toEpochDay())), label));
            }
            if (ticks.size() <= 6) {
                return ticks;
            }
        }
        return ticks;
    }

    private static Double finite(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }

    private static String c(double v) {
        return Numbers.coord(v);
    }

    /** A linear map from a domain onto pixels. */
    record Scale(double d0, double d1, double r0, double r1) {
        double at(double v) {
            return d1 == d0 ? (r0 + r1) / 2 : r0 + (v - d0) / (d1 - d0) * (r1 - r0);
        }
    }
}
