package dev.factcheck.core.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds time expressions in a sentence and resolves them against the article's publication date:
 * dates ("Oct. 7", "7 October 2023"), months, years, weekdays ("on Monday"), relative days
 * ("yesterday", "the day before"), back-references ("that day") and stages ("the first stage").
 */
final class TimeReader {
    enum Type { DATE, MONTH, YEAR, RELATIVE, PREVIOUS_DAY, ANAPHORA, SEQUENCE }

    /** One time expression: tokens [start, end), what it is, and its resolved day or anchor. */
    record Mention(int start, int end, Type type, LocalDate date, String anchor, String label, String prefix) {
        boolean isEvent() {
            return (type == Type.DATE || type == Type.MONTH || type == Type.YEAR || type == Type.ANAPHORA) && prefix == null;
        }
    }

    /** What the article tells about dates: publication day, years it names, days it names. */
    static final class Context {
        final LocalDate published;
        final Set<Integer> years = new TreeSet<>();
        final List<int[]> monthDays = new ArrayList<>();
        final Set<LocalDate> dates = new TreeSet<>();

        Context(LocalDate published) {
            this.published = published;
        }
    }

    private final Vocabulary v;

    TimeReader(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    /** First pass over an article: the years and days it names, so "Oct. 7" can find its year. */
    void collect(Tokens t, int s, int e, Context ctx) {
        for (int k = s; k < e; k++) {
            if (!t.isNumber(k) && !(t.capitalised(k) && v.months.containsKey(t.lower[k]))) {
                continue;
            }
            if (t.isNumber(k) && isYearToken(t, k) && !v.counted.hasWord(k + 1 < e ? t.lower[k + 1] : "")) {
                ctx.years.add(Integer.parseInt(t.lower[k]));
            }
            int[] md = monthDay(t, k, e);
            if (md != null && md[2] == 0) {
                ctx.monthDays.add(new int[]{md[0], md[1]});
            }
        }
    }

    void resolveCollected(Context ctx) {
        for (int[] md : ctx.monthDays) {
            LocalDate d = resolve(ctx, md[0], md[1], 0);
            if (d != null) {
                ctx.dates.add(d);
            }
        }
    }

    /** {month, day, year-or-0, tokens} of a month-day date starting at k, or null. */
    private int[] monthDay(Tokens t, int k, int e) {
        Integer m = v.months.get(t.lower[k]);
        if (m != null && t.capitalised(k)) {
            int j = k + 1;
            if (t.is(j, ".")) {
                j++;
            }
            if (j < e && t.isNumber(j) && day(t.lower[j]) > 0) {
                int d = day(t.lower[j]);
                int end = j + 1;
                if (end < e && (t.is(end, "st") || t.is(end, "nd") || t.is(end, "rd") || t.is(end, "th")) && t.attached(end)) {
                    end++;
                }
                int y = 0;
                if (end + 1 < e && t.is(end, ",") && t.isNumber(end + 1) && isYearToken(t, end + 1)) {
                    y = Integer.parseInt(t.lower[end + 1]);
                    end += 2;
                } else if (end < e && t.isNumber(end) && isYearToken(t, end)) {
                    y = Integer.parseInt(t.lower[end]);
                    end++;
                }
                return new int[]{m, d, y, end - k};
            }
        }
        if (t.isNumber(k) && day(t.lower[k]) > 0 && k + 1 < e && v.months.containsKey(t.lower[k + 1]) && t.capitalised(k + 1)) {
            int mm = v.months.get(t.lower[k + 1]);
            int end = k + 2;
            if (t.is(end, ".")) {
                end++;
            }
            int y = 0;
            if (end < e && t.isNumber(end) && isYearToken(t, end)) {
                y = Integer.parseInt(t.lower[end]);
                end++;
            }
            return new int[]{mm, day(t.lower[k]), y, end - k};
        }
        return null;
    }

    private static int day(String digits) {
        if (digits.length() > 2) {
            return 0;
        }
        try {
            int d = Integer.parseInt(digits);
            return d >= 1 && d <= 31 ? d : 0;
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    static boolean isYearToken(Tokens t, int k) {
        String d = t.lower[k];
        if (d.length() != 4 || !Character.isDigit(d.charAt(0)) || !Character.isDigit(d.charAt(3))) {
            return false;
        }
        try {
            int y = Integer.parseInt(d);
            return y >= 1800 && y <= 2100;
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    static LocalDate resolve(Context ctx, int month, int day, int year) {
        try {
            if (year > 0) {
                return LocalDate.of(year, month, day);
            }
            List<Integer> ys = new ArrayList<>(ctx.years);
            for (int i = ys.size() - 1; i >= 0; i--) {
                LocalDate d = LocalDate.of(ys.get(i), month, day);
                if (ctx.published == null || !d.isAfter(ctx.published)) {
                    return d;
                }
            }
            if (ctx.published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(ctx.published.getYear(), month, day);
            return d.isAfter(ctx.published) ? d.minusYears(1) : d;
        } catch (DateTimeException ex) {
            return null;
        }
    }

    List<Mention> read(Tokens t, int s, int e, Context ctx, LocalDate previousAsOf) {
        List<Mention> out = new ArrayList<>();
        int k = s;
        while (k < e) {
            boolean candidate = t.isNumber(k) || (t.capitalised(k) && (v.months.containsKey(t.lower[k])
                    || v.weekdays.containsKey(t.lower[k]))) || v.isTimeStarter(t, k);
            Mention m = candidate ? at(t, k, s, e, ctx, previousAsOf) : null;
            if (m == null) {
                k++;
                continue;
            }
            if (m.type() != Type.ANAPHORA && m.type() != Type.SEQUENCE) {
                String prefix = prefix(t, k, s);
                if (prefix != null) {
                    m = new Mention(m.start(), m.end(), m.type(), m.date(), m.anchor(), m.label(), prefix);
                }
            }
            out.add(m);
            k = m.end;
        }
        return out;
    }

    private Mention at(Tokens t, int k, int s, int e, Context ctx, LocalDate previousAsOf) {
        int[] md = monthDay(t, k, e);
        if (md != null) {
            LocalDate d = resolve(ctx, md[0], md[1], md[2]);
            String anchor = d != null ? d.toString() : "--" + pad(md[0], 2) + "-" + pad(md[1], 2);
            return new Mention(k, k + md[3], Type.DATE, d, anchor, "on " + dayLabel(d, md[0], md[1]), prefix(t, k, s));
        }
        Integer month = v.months.get(t.lower[k]);
        if (month != null && t.capitalised(k) && (t.lower[k].length() > 3 || t.is(k + 1, ".") || t.is(k, "may"))) {
            boolean modal = t.is(k, "may") || t.is(k, "march");
            int end = k + 1;
            if (t.is(end, ".")) {
                end++;
            }
            int year = 0;
            if (end < e && t.isNumber(end) && isYearToken(t, end)) {
                year = Integer.parseInt(t.lower[end]);
                end++;
            }
            int p = k - 1;
            boolean cue = p >= s && (t.is(p, "in") || t.is(p, "since") || t.is(p, "last") || t.is(p, "this")
                    || t.is(p, "a") || t.is(p, "of") || t.is(p, "early") || t.is(p, "late") || t.is(p, "mid") || t.is(p, "by")
                    || t.is(p, "through") || t.is(p, "until") || t.is(p, "to") || t.is(p, "since"));
            if (!modal || year > 0 || cue) {
                int y = year;
                if (y == 0) {
                    LocalDate d = resolve(ctx, month, 1, 0);
                    y = d == null ? 0 : d.getYear();
                }
                String name = monthName(month);
                String anchor = y > 0 ? pad(y, 4) + "-" + pad(month, 2) : "--" + pad(month, 2);
                LocalDate first = y > 0 ? LocalDate.of(y, month, 1) : null;
                return new Mention(k, end, Type.MONTH, first, anchor, "in " + name + (y > 0 ? " " + y : ""), prefix(t, k, s));
            }
        }
        if (t.isNumber(k) && isYearToken(t, k) && !t.is(k - 1, "$")) {
            int p = k - 1;
            boolean noun = v.counted.at(t, k + 1, e) != null;
            boolean cue = p >= s && (t.is(p, "in") || t.is(p, "since") || t.is(p, "of") || t.is(p, "by") || t.is(p, "until")
                    || t.is(p, "before") || t.is(p, "after") || t.is(p, "from") || t.is(p, "during") || t.is(p, "early")
                    || t.is(p, "late") || t.is(p, "mid") || t.is(p, "-"));
            if (!noun || cue) {
                int y = Integer.parseInt(t.lower[k]);
                LocalDate only = null;
                for (LocalDate d : ctx.dates) {
                    if (d.getYear() == y) {
                        if (only != null && !only.equals(d)) {
                            only = null;
                            break;
                        }
                        only = d;
                    }
                }
                if (only != null) {
                    return new Mention(k, k + 1, Type.YEAR, only, only.toString(), "on " + dayLabel(only, 0, 0), prefix(t, k, s));
                }
                return new Mention(k, k + 1, Type.YEAR, LocalDate.of(y, 1, 1), String.valueOf(y), "in " + y, prefix(t, k, s));
            }
        }
        Integer wd = v.weekdays.get(t.lower[k]);
        if (wd != null && t.capitalised(k) && (t.lower[k].length() > 3 || t.is(k + 1, "."))) {
            int end = k + 1;
            if (t.is(end, "'s") && ctx.published != null) {
                LocalDate d = ctx.published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
                return new Mention(k, end + 1, Type.DATE, d, d.toString(), "on " + dayLabel(d, 0, 0), prefix(t, k, s));
            }
            if (t.is(end, ".")) {
                end++;
            }
            String[] parts = {"morning", "afternoon", "evening", "night"};
            for (String part : parts) {
                if (t.is(end, part)) {
                    end++;
                    break;
                }
            }
            LocalDate d = ctx.published == null ? null
                    : ctx.published.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(wd)));
            return new Mention(k, end, Type.RELATIVE, d, d == null ? null : d.toString(),
                    d == null ? "on " + t.text(k) : "on " + dayLabel(d, 0, 0), prefix(t, k, s));
        }
        PhraseTable.Entry<Integer> ry = v.relativeYears.at(t, k, e);
        if (ry != null && ctx.published != null) {
            int y = ctx.published.getYear() + ry.value();
            return new Mention(k, k + ry.length(), Type.YEAR, LocalDate.of(y, 1, 1), String.valueOf(y), "in " + y, prefix(t, k, s));
        }
        PhraseTable.Entry<Integer> rm = v.relativeMonths.at(t, k, e);
        if (rm != null && ctx.published != null) {
            LocalDate m = ctx.published.withDayOfMonth(1).plusMonths(rm.value());
            return new Mention(k, k + rm.length(), Type.MONTH, m, pad(m.getYear(), 4) + "-" + pad(m.getMonthValue(), 2),
                    "in " + monthName(m.getMonthValue()) + " " + m.getYear(), prefix(t, k, s));
        }
        PhraseTable.Entry<Integer> rel = v.relativeDays.at(t, k, e);
        if (rel != null) {
            LocalDate d = ctx.published == null ? null : ctx.published.plusDays(rel.value());
            return new Mention(k, k + rel.length(), Type.RELATIVE, d, d == null ? null : d.toString(),
                    d == null ? t.text(k, k + rel.length()) : "on " + dayLabel(d, 0, 0), prefix(t, k, s));
        }
        PhraseTable.Entry<Boolean> prev = v.previousDay.at(t, k, e);
        if (prev != null) {
            LocalDate d = previousAsOf == null ? null : previousAsOf.minusDays(1);
            return new Mention(k, k + prev.length(), Type.PREVIOUS_DAY, d, d == null ? null : d.toString(),
                    d == null ? t.text(k, k + prev.length()) : "on " + dayLabel(d, 0, 0), prefix(t, k, s));
        }
        PhraseTable.Entry<Boolean> ana = v.anaphora.at(t, k, e);
        if (ana != null) {
            return new Mention(k, k + ana.length(), Type.ANAPHORA, null, null, null, null);
        }
        Integer ord = v.ordinals.get(t.lower[k]);
        if (ord != null && k + 1 < e && v.sequences.containsKey(t.lower[k + 1])) {
            String seq = v.sequences.get(t.lower[k + 1]);
            return new Mention(k, k + 2, Type.SEQUENCE, null, seq + "-" + ord, "in the " + t.lower[k] + " " + seq, null);
        }
        return null;
    }

    private String prefix(Tokens t, int k, int s) {
        int p = k;
        if (p - 1 >= s && (t.is(p - 1, "on") || t.is(p - 1, "early") || t.is(p - 1, "late") || t.is(p - 1, "an")
                || t.is(p - 1, "the") || t.is(p - 1, "a"))) {
            p--;
        }
        if (v.since.endingAt(t, p, s) != null) {
            return "since";
        }
        if (v.by.endingAt(t, p, s) != null) {
            return "by";
        }
        return null;
    }

    static String dayLabel(LocalDate d, int month, int day) {
        if (d == null) {
            return day + " " + monthName(month);
        }
        return d.getDayOfMonth() + " " + monthName(d.getMonthValue()) + " " + d.getYear();
    }

    /** English month names by month number - 1, as {@code Month.getDisplayName(FULL, ENGLISH)} gives them. */
    private static final String[] MONTH_NAMES = new String[12];

    static {
        for (int m = 1; m <= 12; m++) {
            MONTH_NAMES[m - 1] = java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /** The full English name of a month (1-12); throws for other numbers, as {@code Month.of} does. */
    static String monthName(int month) {
        if (month < 1 || month > 12) {
            return java.time.Month.of(month).name();
        }
        return MONTH_NAMES[month - 1];
    }

    /** {@code String.format(Locale.ROOT, "%0<width>d", n)} without the formatter. */
    static String pad(int n, int width) {
        if (n < 0) {
            return String.format(Locale.ROOT, "%0" + width + "d", n);
        }
        String digits = Integer.toString(n);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
