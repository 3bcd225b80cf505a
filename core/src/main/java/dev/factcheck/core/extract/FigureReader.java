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

    FigureReader(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    List<Figure> read(Tokens t, int s, int e) {
        List<Figure> out = new ArrayList<>();
        int i = s;
        while (i < e) {
            if (!t.isNumber(i) && !v.isFigureStarter(t, i)) {
                i++;
                continue;
            }
            Figure f = parse(t, i, s, e);
            if (f == null) {
                i++;
                continue;
            }
            finish(t, f, s, e, out);
            out.add(f);
            i = Math.max(f.end, i + 1);
        }
        return out;
    }

    /** A bare figure at token i (currency, number, scale, percent or currency word), no hedges. */
    private Figure parse(Tokens t, int i, int s, int e) {
        String currency = null;
        int j = i;
        PhraseTable.Entry<String> cs = v.currencySymbols.at(t, i, e);
        if (cs != null && (t.isNumber(i + cs.length()) || wordNumberAt(t, i + cs.length(), e))) {
            currency = cs.value();
            j = i + cs.length();
        }
        Figure f = new Figure();
        f.numStart = i;
        if (t.isNumber(j)) {
            Double val = digits(t.lower[j]);
            if (val == null) {
                return null;
            }
            f.value = val;
            j++;
            if (j < e && t.attached(j) && (t.is(j, "st") || t.is(j, "nd") || t.is(j, "rd") || t.is(j, "th"))) {
                f.end = f.numEnd = j + 1;
                f.first = i;
                f.nonClaim = "ordinal";
                return f;
            }
        } else {
            PhraseTable.Entry<double[]> vg = v.vague.at(t, j, e);
            if (vg != null && currency == null) {
                f.value = vg.value()[0];
                f.lower = vg.value()[0];
                f.upper = vg.value()[1];
                f.vague = true;
                f.words = true;
                j += vg.length();
            } else {
                int[] end = new int[1];
                Double val = words(t, j, e, end);
                if (val == null) {
                    Double frac = fraction(t, j, e, end, f);
                    if (frac == null) {
                        return null;
                    }
                    val = frac;
                }
                f.value = val;
                f.words = true;
                j = end[0];
            }
        }
        while (j < e && !f.vague && !"fraction".equals(f.unit)) {
            if (t.is(j, "-") && t.attached(j) && t.attached(j + 1) && j + 1 < e && (v.scales.containsKey(t.lower[j + 1])
                    && !v.attachedOnlyScales.contains(t.lower[j + 1]) || v.currencyWords.at(t, j + 1, e) != null)) {
                j++;
            }
            Double sc = v.scales.get(t.lower[j]);
            if (sc == null || (v.attachedOnlyScales.contains(t.lower[j]) && !(t.attached(j) && currency != null))) {
                break;
            }
            if (t.is(j, "hundred") && f.value >= 100) {
                break;
            }
            f.value *= sc;
            f.scale *= sc;
            j++;
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
            if (cw != null) {
                currency = cw.value();
                j += cw.length();
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

    private boolean wordNumberAt(Tokens t, int j, int e) {
        return j < e && (v.numberWords.containsKey(t.lower[j]) || t.is(j, "a"));
    }

    static Double digits(String s) {
        int comma = s.indexOf(',');
        if (comma >= 0) {
            String[] groups = s.split(",");
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                return null;
            }
            for (int k = 1; k < groups.length; k++) {
                String g = groups[k];
                int dot = g.indexOf('.');
                if ((dot < 0 ? g.length() : dot) != 3) {
                    return null;
                }
            }
            s = s.replace(",", "");
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** Number words: "three", "twenty-two", "a hundred", "two hundred and fifty", "a dozen", "a million". */
    private Double words(Tokens t, int j, int e, int[] end) {
        double total = 0;
        double current = 0;
        boolean any = false;
        boolean article = false;
        int k = j;
        while (k < e) {
            String w = t.lower[k];
            Double n = v.numberWords.get(w);
            if (n != null && !(any && current % 100 != 0 && current >= 20 && n >= 10)) {
                if (any && current > 0 && current < 20 && n < 100 && !article) {
                    break;
                }
                current += n;
                any = true;
                article = false;
                k++;
                if (k + 1 < e && t.is(k, "-") && t.attached(k) && t.attached(k + 1)
                        && v.numberWords.containsKey(t.lower[k + 1]) && v.numberWords.get(t.lower[k + 1]) < 10 && n >= 20) {
                    k++;
                }
                continue;
            }
            if ((w.equals("a") || w.equals("an")) && !any && k + 1 < e && v.scales.containsKey(t.lower[k + 1])
                    && !v.attachedOnlyScales.contains(t.lower[k + 1])) {
                current = 1;
                any = true;
                article = true;
                k++;
                continue;
            }
            Double sc = v.scales.get(w);
            if (sc != null && any && !v.attachedOnlyScales.contains(w) && sc < 1_000_000 && !w.equals("bn") && !w.equals("mn")) {
                if (sc == 100) {
                    current *= 100;
                } else {
                    total += current * sc;
                    current = 0;
                }
                article = false;
                k++;
                continue;
            }
            if (w.equals("and") && any && k + 1 < e && v.numberWords.containsKey(t.lower[k + 1]) && (total > 0 || current >= 100)) {
                k++;
                continue;
            }
            break;
        }
        if (!any) {
            return null;
        }
        end[0] = k;
        return total + current;
    }

    /** "a third of", "two-thirds of", "half the", "half a million". */
    private Double fraction(Tokens t, int j, int e, int[] end, Figure f) {
        int k = j;
        double count = 1;
        if (t.is(k, "a") || t.is(k, "one")) {
            k++;
        } else if (v.numberWords.containsKey(t.lower[k]) && k + 1 < e) {
            count = v.numberWords.get(t.lower[k]);
            k++;
            if (t.is(k, "-")) {
                k++;
            }
        }
        if (k >= e) {
            return null;
        }
        Double frac = v.fractions.get(t.lower[k]);
        if (frac == null || (k == j && !t.is(k, "half"))) {
            return null;
        }
        if (k > j && t.is(j, "a") && t.is(k, "half")) {
            return null;
        }
        k++;
        if (k + 1 < e && (t.is(k, "a") || t.is(k, "an")) && v.scales.containsKey(t.lower[k + 1])) {
            end[0] = k + 2;
            double sc = v.scales.get(t.lower[k + 1]);
            f.scale = sc;
            return count * frac * sc;
        }
        boolean byChange = j - 1 >= 0 && (t.is(j - 1, "by") || (j - 2 >= 0 && t.is(j - 2, "by")));
        if (k < e && (t.is(k, "of") || t.is(k, "the") || t.is(k, "its") || t.is(k, "their")) || byChange) {
            end[0] = k;
            f.unit = "fraction";
            return count * frac;
        }
        return null;
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
                if ((hyphen || t.is(j, "–")) && scoreNear(t, f.numStart, b.numEnd, s, e)) {
                    f.nonClaim = "score";
                    f.end = f.numEnd = b.numEnd;
                    return;
                }
                boolean from = f.numStart - 1 >= s && t.is(f.numStart - 1, "from") && t.is(j, "to");
                if (b.value > f.value || from) {
                    if (from) {
                        Figure old = f;
                        b.first = b.numStart;
                        copy(b, f);
                        f.first = old.first;
                        f.numStart = b.numStart;
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
        }
        if (integer && f.value < 120 && f.isCount() && p > s && t.is(p, ",") && t.capitalised(p - 1)
                && f.end < e && t.is(f.end, ",") && !t.isNumber(p - 1)) {
            f.nonClaim = "age";
            return;
        }
        if (f.end < e && v.street.at(t, f.end, e) != null && t.capitalised(f.end)) {
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
