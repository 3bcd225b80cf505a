package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Quote;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Static helpers the default rules call and custom rules may import
 * ({@code import dev.factcheck.core.rules.RuleFunctions}): dates, counting bodies, which claim of a
 * pair a finding is about, and the newest of several claims.
 */
public final class RuleFunctions {
    private static final Pattern KEY_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Newest first: by asOf, then publication day, then the later claim in report order. */
    public static final Comparator<Claim> CHRONOLOGICAL = Comparator
            .comparing(Claim::getAsOf, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Claim::getPublished, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Claim::getSeq);

    private RuleFunctions() {
    }

    /** Days from {@code from} to {@code to} (negative when {@code to} is earlier); 0 when either is null. */
    public static long daysBetween(LocalDate from, LocalDate to) {
        return from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to);
    }

    /** Whether the two days are at most {@code days} apart (false when either is unknown). */
    public static boolean withinDays(LocalDate a, LocalDate b, int days) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= days;
    }

    /** Whether {@code earlier}'s article came out more than {@code graceDays} before {@code later}'s. */
    public static boolean publishedBefore(Claim earlier, Claim later, int graceDays) {
        return earlier.getPublished() != null && later.getPublished() != null
                && ChronoUnit.DAYS.between(earlier.getPublished(), later.getPublished()) > graceDays;
    }

    /** Whether both claims name their counting body and the bodies differ (two tallies, not one). */
    public static boolean differentBodies(Claim a, Claim b) {
        return a.getSourceName() != null && b.getSourceName() != null
                && !a.getSourceName().strip().equalsIgnoreCase(b.getSourceName().strip());
    }

    /** The newest claim of the collection (see {@link #CHRONOLOGICAL}), or null when it is empty. */
    public static Claim newest(Collection<?> claims) {
        Claim best = null;
        for (Object o : claims) {
            Claim c = (Claim) o;
            if (best == null || CHRONOLOGICAL.compare(c, best) > 0) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Whether a finding about a pair should point at {@code a} rather than {@code b}: the newsroom's
     * draft over a source, then the later article, then the one first in report order.
     */
    public static boolean isSubject(Claim a, Claim b) {
        return isSubject(a.getArticle(), a.getSeq(), b.getArticle(), b.getSeq());
    }

    public static boolean isSubject(Quote a, Quote b) {
        return isSubject(a.getArticle(), a.getSeq(), b.getArticle(), b.getSeq());
    }

    private static boolean isSubject(Article a, int seqA, Article b, int seqB) {
        if (a.isDraft() != b.isDraft()) {
            return a.isDraft();
        }
        if (a.getPublished() != null && b.getPublished() != null && !a.getPublished().equals(b.getPublished())) {
            return a.getPublished().isAfter(b.getPublished());
        }
        return seqA < seqB;
    }

    /** Whether one of the words of the claim's quantity key is in the list ({@code people/killed@gaza} → people, killed, gaza). */
    public static boolean keyMentions(Claim c, List<String> words) {
        for (String w : KEY_WORD.split(c.getQuantityKey().toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure is precise enough that a reader asks who counted it: an exact count (no
     * qualifier) of at least {@code atLeast} that is not a round hundred ({@code 58,386}, not {@code 1,200}).
     */
    public static boolean precise(Claim c, double atLeast) {
        Double lo = c.getLower();
        Double hi = c.getUpper();
        double v = c.getValue();
        return lo != null && lo.equals(hi) && v >= atLeast && v == Math.rint(v) && v % 100 != 0;
    }

    /** The two counting bodies for a message: {@code Israeli tallies vs Al Jazeera tally}. */
    public static String bodies(Claim a, Claim b) {
        return a.getSourceName() + " vs " + b.getSourceName();
    }

    /**
     * Whether {@code newer} supersedes {@code older}, by the older claim's kind: a running total that
     * grew past it (cumulative), a remainder that fell below it (remaining), any other figure that
     * no longer agrees with it. An open-ended figure ({@code more than 33,000}) is read as at most
     * {@code openMargin} above its bound here: a total that has since grown to 58,386 supersedes it.
     */
    public static boolean supersedes(Claim newer, Claim older, double relativeTolerance, double openMargin) {
        if (!newer.getUnit().equals(older.getUnit())) {
            return false;
        }
        return switch (older.getKind()) {
            case CUMULATIVE -> clearlyAbove(newer, older, relativeTolerance, openMargin);
            case REMAINING -> clearlyAbove(older, newer, relativeTolerance, openMargin);
            default -> !newer.overlaps(older, relativeTolerance);
        };
    }

    private static boolean clearlyAbove(Claim high, Claim low, double tolerance, double openMargin) {
        Double top = low.getUpper();
        if (top == null && low.getLower() != null) {
            top = low.getLower() * (1 + openMargin);
        }
        return high.getLower() != null && top != null && high.getLower() * (1 - tolerance) > top * (1 + tolerance);
    }

    /** The figure as worded ({@code more than 33,000}, even at the start of a sentence), else its span, else its value. */
    public static String figure(Claim c) {
        String f = c.getFigure();
        if (f != null) {
            return f.length() > 1 && Character.isUpperCase(f.charAt(0)) && Character.isLowerCase(f.charAt(1))
                    ? Character.toLowerCase(f.charAt(0)) + f.substring(1) : f;
        }
        if (c.getSpan() != null) {
            return c.getSpan();
        }
        double v = c.getValue();
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }

    /** An article as a finding names it: {@code Reuters, 2024-04-08}. */
    public static String where(Article a) {
        return a.getPublished() == null ? a.getDisplayName() : a.getDisplayName() + ", " + a.getPublished();
    }

    /** How a finding names a claim's quantity: its label, else its key. */
    public static String label(Claim c) {
        return c.getQuantityLabel() != null ? c.getQuantityLabel() : c.getQuantityKey();
    }
}
