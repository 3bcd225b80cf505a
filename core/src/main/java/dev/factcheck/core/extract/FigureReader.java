package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds figures in a sentence's tokens: digits with separators and decimals, number words, scale
 * words ("2.3 million", "$1.2bn"), vague plurals ("dozens"), fractions, percentages, money, ranges,
 * and the hedges around them. Marks the figures that are not claims (dates, years, times, ages,
 * ordinals, street and phone numbers, names such as "Resolution 2334", scores, time references).
 */
final class FigureReader {
    private final Vocabulary v;
    private final NumberReader numbers;

    FigureReader(Vocabulary vocabulary) {
        this.v = vocabulary;
        this.numbers = new NumberReader(vocabulary);
    }

    List<Figure> read(Tokens t, int s, int e) {
        List<Figure> out = new ArrayList<>();
        int i = s;
        while (i < e) {
            if (!t.isNumber(i) && !v.isFigureStarter(t, i) && !signOrDecimal(t, i, e)) {
                i++;
                continue;
            }
            Figure f = parse(t, i, s, e);
            if (f == null) {
                i++;
                continue;
            }
            finish(t, f, s, e, out);
            compoundDuration(t, f, s, e);
            out.add(f);
            i = Math.max(f.end, i + 1);
        }
        return out;
    }

    /** Units a race or event can be named by ("the 1,500 metres"). */
    private static final java.util.Set<String> DISTANCES = java.util.Set.of("metre", "km", "mile", "yard");

    /** Seconds in each time unit a compound duration can be written in. */
    private static final java.util.Map<String, Double> SECONDS = java.util.Map.of("second", 1.0, "minute", 60.0,
            "hour", 3600.0, "day", 86_400.0, "week", 604_800.0);

    /** "3 minutes 51.29 seconds", "2 hours 30 minutes": one duration, in the smaller unit. */
    private void compoundDuration(Tokens t, Figure f, int s, int e) {
        Double big = SECONDS.get(f.unit);
        int k = t.is(f.end, "and") ? f.end + 1 : f.end;
        if (big == null || f.nonClaim != null || f.range || !t.isNumber(k)) {
            return;
        }
        Figure rest = parse(t, k, s, e);
        if (rest == null) {
            return;
        }
        rest.end = rest.numEnd;
        units(t, rest, s, e);
        Double small = SECONDS.get(rest.unit);
        if (small == null || small >= big) {
            return;
        }
        double factor = big / small;
        f.value = f.value * factor + rest.value;
        f.lower = f.lower == null ? null : f.lower * factor + rest.value;
        f.upper = f.upper == null ? null : f.upper * factor + rest.value;
        f.unit = rest.unit;
        f.end = rest.end;
        f.numEnd = rest.end;
    }

    /** "-4", ".08", "minus five": a figure that starts with a mark or a sign word. */
    private static boolean signOrDecimal(Tokens t, int i, int e) {
        return i + 1 < e && (t.is(i, "-") || t.is(i, "−") || t.is(i, ".") || t.is(i, "minus") || t.is(i, "negative"))
                && t.isNumber(i + 1) || t.is(i, "minus") || t.is(i, "negative");
    }

    /** A bare figure at token i (currency, number, scale, percent or currency word), no hedges. */
    private Figure parse(Tokens t, int i, int s, int e) {
        String currency = null;
        int j = i;
        PhraseTable.Entry<String> cs = v.currencySymbols.at(t, i, e);
        if (cs != null && numberAt(t, i + cs.length(), e)) {
            currency = cs.value();
            j = i + cs.length();
        }
        Figure f = new Figure();
        f.numStart = i;
        PhraseTable.Entry<double[]> vg = t.isNumber(j) ? null : v.vague.at(t, j, e);
        if (vg != null && currency == null) {
            f.value = vg.value()[0];
            f.lower = vg.value()[0];
            f.upper = vg.value()[1];
            f.vague = true;
            f.words = true;
            j += vg.length();
        } else {
            NumberReader.Read n = numbers.read(t, j, e, currency != null);
            if (n == null) {
                return null;
            }
            if (t.isNumber(j) && n.end == j + 1 && n.end < e && t.attached(n.end)
                    && (t.is(n.end, "st") || t.is(n.end, "nd") || t.is(n.end, "rd") || t.is(n.end, "th"))) {
                f.end = f.numEnd = n.end + 1;
                f.first = i;
                f.nonClaim = "ordinal";
                return f;
            }
            f.value = n.value;
            f.scale = n.scale;
            f.words = n.words;
            if (n.share) {
                f.unit = "fraction";
            }
            j = n.end;
        }
        PhraseTable.Entry<Boolean> pp = v.percentagePoints.at(t, j, e);
        PhraseTable.Entry<Boolean> bp = pp == null ? v.basisPoints.at(t, j, e) : null;
        PhraseTable.Entry<Boolean> pc = pp == null && bp == null ? v.percent.at(t, j, e) : null;
        if (bp != null) {
            f.unit = "basis point";
            j += bp.length();
        } else if (pp != null) {
            f.unit = "percentage point";
            j += pp.length();
        } else if (pc != null) {
            f.unit = "percent";
            j += pc.length();
        } else if (currency == null) {
            if (t.is(j, "-") && t.attached(j) && j + 1 < e && t.attached(j + 1) && v.currencyWords.at(t, j + 1, e) != null) {
                j++;
            }
            PhraseTable.Entry<String> cw = v.currencyWords.at(t, j, e);
            if (cw == null && !f.words && j < e) {
                // "3,500€", "10 $": a symbol after the amount.
                cw = v.currencySymbols.at(t, j, e);
                if (cw != null && cw.length() == 1 && t.type[j] != Tokens.PUNCT) {
                    cw = null;
                }
            }
            if (cw != null) {
                currency = cw.value();
                j += cw.length();
                j = scaleAfterCurrency(t, j, e, f);
            }
        }
        if (currency != null) {
            f.unit = currency;
        }
        f.first = i;
        f.numEnd = j;
        f.end = j;
        return f;
    }

    /** "75 USD million", "30 MUSD" are rare; "USD 75 million" is read before. Here: "10 dollars m" is not a thing. */
    private int scaleAfterCurrency(Tokens t, int j, int e, Figure f) {
        if (j < e && (t.is(j, "million") || t.is(j, "billion") || t.is(j, "mn") || t.is(j, "bn")) && f.scale == 1) {
            double sc = v.scales.get(t.lower[j]);
            f.value *= sc;
            f.scale = sc;
            return j + 1;
        }
        return j;
    }

    private boolean numberAt(Tokens t, int j, int e) {
        return j < e && (t.isNumber(j) || v.numberWords.containsKey(t.lower[j]) || t.is(j, "a")
                || t.is(j, "-") && t.isNumber(j + 1) || t.is(j, ".") && t.isNumber(j + 1));
    }

    private void finish(Tokens t, Figure f, int s, int e, List<Figure> before) {
        if (f.nonClaim != null) {
            return;
        }
        int j = f.numEnd;
        // ranges: "20 to 30", "20-30", "two or three", "between 20 and 30"
        boolean between = f.numStart - 1 >= s && t.is(f.numStart - 1, "between");
        if (j + 1 < e && (t.is(j, "to") || t.is(j, "-") || t.is(j, "–") || t.is(j, "or") || (between && t.is(j, "and")))) {
            boolean hyphen = t.is(j, "-");
            Figure b = parse(t, j + 1, s, e);
            if (b != null && b.nonClaim == null && (!hyphen || (t.attached(j) && t.attached(j + 1)))) {
                if (f.scale == 1 && b.scale > 1 && f.value < b.value / b.scale * 10) {
                    f.value *= b.scale;
                }
                if (isYear(t, f) && isYear(t, b)) {
                    f.nonClaim = "years";
                    f.end = f.numEnd = b.numEnd;
                    return;
                }
                boolean glued = (hyphen || t.is(j, "–")) && t.attached(j) && t.attached(j + 1);
                if ((hyphen || t.is(j, "–")) && scoreNear(t, f.numStart, b.numEnd, s, e)
                        || glued && smallWholeNumbers(f, b) && b.value <= f.value && t.isNumber(f.numStart)) {
                    f.nonClaim = "score";
                    f.end = f.numEnd = b.numEnd;
                    return;
                }
                boolean from = f.numStart - 1 >= s && t.is(f.numStart - 1, "from") && t.is(j, "to");
                if (b.value > f.value || from) {
                    if (from) {
                        // "from 62 to 64": the figure is 64, and it records the 62 it moved from.
                        double earlier = f.value;
                        Figure old = f;
                        b.first = b.numStart;
                        copy(b, f);
                        f.first = old.first;
                        f.numStart = b.numStart;
                        f.from = earlier;
                    } else {
                        f.range = true;
                        f.lower = f.value;
                        f.upper = b.value;
                        f.value = (f.value + b.value) / 2;
                        if (!"count".equals(b.unit)) {
                            f.unit = b.unit;
                        }
                    }
                    f.numEnd = b.numEnd;
                    j = f.numEnd;
                    if (between) {
                        f.first = f.numStart - 1;
                        f.qualifier = "between";
                    }
                }
            }
        }
        // hedge before the figure
        if (f.qualifier == null) {
            PhraseTable.Entry<Double[]> q = v.qualifiersBefore.endingAt(t, f.numStart, s);
            if (q != null) {
                f.first = f.numStart - q.length();
                f.qualifier = t.text(f.first, f.numStart);
                applyHedge(f, q.value());
            }
        }
        if (!f.range && !f.vague && f.lower == null && f.upper == null && f.qualifier == null) {
            f.lower = f.value;
            f.upper = f.value;
        }
        if (f.lower == null && f.upper == null && f.qualifier == null) {
            f.lower = f.value;
            f.upper = f.value;
        }
        // hedge after the figure: "40 or more", "40-odd", "40-plus"
        int k = j < e && t.is(j, "-") && t.attached(j) ? j + 1 : j;
        PhraseTable.Entry<Double[]> after = v.qualifiersAfter.at(t, k, e);
        if (after != null && (k == j || t.is(k, "plus") || t.is(k, "odd"))) {
            double lo = f.lower == null ? f.value : f.lower;
            double hi = f.upper == null ? f.value : f.upper;
            f.lower = after.value()[0] == null ? null : lo * after.value()[0];
            f.upper = after.value()[1] == null ? null : hi * after.value()[1];
            f.qualifier = (f.qualifier == null ? "" : f.qualifier + " ") + t.text(k, k + after.length());
            j = k + after.length();
        }
        f.end = j;
        units(t, f, s, e);
        if (f.isTime() && f.qualifier != null && (f.qualifier.equalsIgnoreCase("over") || f.qualifier.equalsIgnoreCase("under"))
                && !f.range) {
            f.qualifier = null;
            f.first = f.numStart;
            f.lower = f.value;
            f.upper = f.value;
        }
        nonClaims(t, f, s, e, before);
    }

    private static void copy(Figure from, Figure to) {
        to.value = from.value;
        to.lower = from.lower;
        to.upper = from.upper;
        to.unit = from.unit;
        to.scale = from.scale;
        to.words = from.words;
        to.vague = from.vague;
    }

    private static void applyHedge(Figure f, Double[] b) {
        double lo = f.lower == null ? f.value : f.lower;
        double hi = f.upper == null ? f.value : f.upper;
        f.lower = b[0] == null ? null : lo * b[0];
        f.upper = b[1] == null ? null : hi * b[1];
        if (f.vague && b[1] != null && b[1] <= 1 && b[0] != null && b[0] >= 1) {
            f.lower = lo;
            f.upper = hi;
        }
    }

    private void units(Tokens t, Figure f, int s, int e) {
        if (!f.isCount()) {
            return;
        }
        int j = f.end;
        boolean compound = j + 1 < e && t.is(j, "-") && t.attached(j) && t.attached(j + 1);
        int u = compound ? j + 1 : j;
        PhraseTable.Entry<String> time = v.timeUnits.at(t, u, e);
        if (time != null) {
            f.unit = time.value();
            f.compound = compound;
            f.end = u + time.length();
            return;
        }
        PhraseTable.Entry<String> measure = v.measureUnits.at(t, u, e);
        if (measure != null && (compound || !t.is(u, "m") || t.attached(u))) {
            f.unit = measure.value();
            f.compound = compound;
            f.end = u + measure.length();
            return;
        }
        PhraseTable.Entry<String> before = v.measureUnits.endingAt(t, f.numStart, s);
        if (before != null && f.first == f.numStart) {
            f.unit = before.value();
            f.first = f.numStart - before.length();
        }
    }

    private boolean isYear(Tokens t, Figure f) {
        if (!t.isNumber(f.numStart) || f.numEnd != f.numStart + 1) {
            return false;
        }
        String d = t.lower[f.numStart];
        return d.length() == 4 && d.indexOf(',') < 0 && d.indexOf('.') < 0 && f.value >= 1800 && f.value <= 2100;
    }

    private boolean scoreNear(Tokens t, int from, int to, int s, int e) {
        for (int k = Math.max(s, from - 3); k < Math.min(e, to + 3); k++) {
            if ((k < from || k >= to) && v.score.at(t, k, e) != null) {
                return true;
            }
        }
        return false;
    }

    private void nonClaims(Tokens t, Figure f, int s, int e, List<Figure> before) {
        if (f.nonClaim != null) {
            return;
        }
        int p = f.first - 1;
        boolean integer = f.value == Math.rint(f.value);
        if (f.range && f.isCount() && f.lower != null && f.lower >= 1 && f.upper != null && f.upper <= 31
                && f.first == f.numStart && p >= s && v.months.containsKey(t.lower[t.is(p, ".") ? p - 1 : p])) {
            f.nonClaim = "date";
            return;
        }
        if (p >= s && t.is(p, ":") && t.attached(f.numStart) && t.isNumber(p - 1) && t.attached(p)) {
            f.nonClaim = "time of day";
            return;
        }
        if (f.isCount() && integer && f.value >= 1 && f.value <= 31 && !f.range && t.isNumber(f.numStart)) {
            int m = t.is(p, ".") ? p - 1 : p;
            if (m >= s && v.months.containsKey(t.lower[m]) && f.first == f.numStart) {
                f.nonClaim = "date";
                return;
            }
            if (f.end < e && v.months.containsKey(t.lower[f.end]) && (t.capitalised(f.end))) {
                f.nonClaim = "date";
                return;
            }
        }
        if (f.isCount() && isYear(t, f) && f.first == f.numStart) {
            boolean noun = v.counted.at(t, f.end, e) != null;
            if (!noun || (p >= s && (t.is(p, "in") || t.is(p, "since") || t.is(p, "of") || t.is(p, "by")
                    || t.is(p, "until") || t.is(p, "before") || t.is(p, "after") || v.months.containsKey(t.lower[p])))) {
                f.nonClaim = "year";
                return;
            }
        }
        if (f.end < e && (v.clock.at(t, f.end, e) != null || (t.is(f.end, ":") && t.isNumber(f.end + 1) && t.attached(f.end + 1)))) {
            f.nonClaim = "time of day";
            return;
        }
        if (f.isTime()) {
            int after = f.end < e && t.is(f.end, "-") ? f.end + 1 : f.end;
            if (after < e && v.durationRefs.at(t, after, e) != null) {
                f.nonClaim = "time reference";
                return;
            }
            PhraseTable.Entry<Boolean> w = v.windows.endingAt(t, f.first, s);
            if (w != null && !(w.length() == 1 && t.is(f.first - 1, "after") && (t.is(f.end, "of") || f.compound))) {
                f.nonClaim = "time window";
                return;
            }
        }
        if (v.ageBefore.endingAt(t, f.first, s) != null) {
            f.nonClaim = "age";
            return;
        }
        PhraseTable.Entry<Boolean> hedge = v.ageHedges.endingAt(t, f.numStart, s);
        if (hedge != null && f.isCount() && integer && f.value < 120) {
            int h = f.numStart - hedge.length() - 1;
            if (h >= s && v.counted.at(t, h, h + 1) != null && ("people".equals(v.counted.at(t, h, h + 1).value().key())
                    || "children".equals(v.counted.at(t, h, h + 1).value().key()) || "women".equals(v.counted.at(t, h, h + 1).value().key()))) {
                f.nonClaim = "age";
                return;
            }
        }
        if (f.end < e && v.thresholds.at(t, f.end, e) != null) {
            f.nonClaim = "threshold";
            return;
        }
        PhraseTable.Entry<Boolean> base = v.baselines.endingAt(t, f.first, s);
        if (base != null) {
            boolean from = base.length() == 1 && t.is(f.first - 1, "from");
            if (!from || comparedFrom(t, s, f.first - 1, before)) {
                f.nonClaim = "baseline";
                return;
            }
        }
        if (!before.isEmpty()) {
            Figure last = before.get(before.size() - 1);
            if ("age".equals(last.nonClaim) && listBetween(t, last.end, f.first)) {
                f.nonClaim = "age";
                return;
            }
            if ("phone number".equals(last.nonClaim) && last.end == f.first && t.isNumber(f.numStart)) {
                // "+44 20 7946 0000": the groups after the first belong to the same number.
                f.nonClaim = "phone number";
                return;
            }
        }
        if (integer && f.value < 120 && f.isCount() && p > s && t.is(p, ",") && t.capitalised(p - 1)
                && f.end < e && t.is(f.end, ",") && !t.isNumber(p - 1)) {
            f.nonClaim = "age";
            return;
        }
        if (streetAfter(t, f.end, e)) {
            f.nonClaim = "street number";
            return;
        }
        if ((p >= s && (t.is(p, "+") || v.phone.endingAt(t, f.first, s) != null))
                || (f.numEnd + 1 < e && t.is(f.numEnd, "-") && t.isNumber(f.numEnd + 1) && t.attached(f.numEnd + 1)
                && f.numEnd + 2 < e && t.is(f.numEnd + 2, "-"))) {
            f.nonClaim = "phone number";
            return;
        }
        if (p >= s && t.isNumber(f.numStart) && f.first == f.numStart) {
            if (t.is(p, "-") && t.attached(f.numStart) && t.attached(p) && t.isWord(p - 1)) {
                f.nonClaim = "name";
                return;
            }
            int q = t.is(p, ".") ? p - 1 : p;
            if (q >= s && (v.identifierBefore.at(t, q, q + 1) != null && !v.months.containsKey(t.lower[q])
                    || (t.capitalised(q) && q > s && !v.months.containsKey(t.lower[q]) && !v.weekdays.containsKey(t.lower[q])
                    && v.currencySymbols.at(t, q, q + 1) == null))) {
                f.nonClaim = "name";
                return;
            }
        }
        if (p >= s && t.is(p, "the") && f.qualifier == null && DISTANCES.contains(f.unit)
                && (f.end >= e || t.type[f.end] == Tokens.PUNCT || v.namedDistanceAfter.at(t, f.end, e) != null)) {
            f.nonClaim = "name";
            return;
        }
        if (f.words && f.value == 1 && f.qualifier == null && !f.compound && !f.range) {
            f.nonClaim = "bare one";
            return;
        }
        if (f.words && f.value <= 10 && f.qualifier == null && p >= s && v.references.at(t, p, p + 1) != null && f.isCount()) {
            f.nonClaim = "reference";
        }
    }

    /** "rose to 4.0 percent in May from 3.9 percent": a figure after "to" earlier in the sentence. */
    private static boolean comparedFrom(Tokens t, int s, int from, List<Figure> before) {
        for (Figure b : before) {
            if (b.nonClaim == null && b.first - 1 >= s && t.is(b.first - 1, "to") && b.end <= from) {
                return true;
            }
        }
        return false;
    }

    /** "1-0", "3-1": a pair no range is written as (a range runs upwards), so a score or a tally. */
    private static boolean smallWholeNumbers(Figure a, Figure b) {
        return a.value == Math.rint(a.value) && b.value == Math.rint(b.value) && a.value < 100 && b.value < 100
                && a.isCount() && b.isCount() && a.scale == 1 && b.scale == 1;
    }

    /** "12 Downing Street", "12 Harbour Street": a street word after up to two capitalised words. */
    private boolean streetAfter(Tokens t, int from, int e) {
        for (int k = from; k < Math.min(e, from + 3) && t.capitalised(k); k++) {
            if (v.street.at(t, k, e) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean listBetween(Tokens t, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!(t.is(k, ",") || t.is(k, "and") || t.is(k, "or"))) {
                return false;
            }
        }
        return true;
    }
}
