package dev.factcheck.core.accuracy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores the sampled quotes. An occurrence is found when the report has a quote in that file sharing
 * at least 80% of the shorter text's words; its speaker is right when the reported speaker holds the
 * gold speaker's surname (for an unnamed speaker, its head noun). Between the occurrences of one
 * statement, {@code quote-mismatch} is expected only when the wording differs and
 * {@code quote-misattribution} only when the speaker differs; any other quote finding there is a
 * false alarm.
 */
public final class QuoteScorer {
    public static final String MISMATCH = "quote-mismatch";
    public static final String MISATTRIBUTION = "quote-misattribution";
    private static final double SHARED_WORDS = 0.8;

    private QuoteScorer() {
    }

    /** One sampled occurrence: the reported quotes that match it, and whether one of them has the right speaker. */
    public record OccurrenceResult(GoldQuote statement, GoldQuote.Occurrence occurrence, List<ReportQuote> matches,
                                   boolean speakerRight) {
        public boolean found() {
            return !matches.isEmpty();
        }
    }

    /** A quote finding an editor expects for a statement, and whether the report has it. */
    public record Expected(GoldQuote statement, String rule, boolean reported) {
    }

    /** A quote finding between the occurrences of a statement that no editor expects there. */
    public record Unexpected(GoldQuote statement, ReportFinding finding, List<ReportQuote> quotes) {
    }

    public record QuoteScore(List<OccurrenceResult> occurrences, List<Expected> expected, List<Unexpected> unexpected) {
        public Ratio found() {
            return new Ratio((int) occurrences.stream().filter(OccurrenceResult::found).count(), occurrences.size());
        }

        /** Right speakers among the occurrences found. */
        public Ratio speakers() {
            return new Ratio((int) occurrences.stream().filter(OccurrenceResult::speakerRight).count(),
                    (int) occurrences.stream().filter(OccurrenceResult::found).count());
        }

        public Ratio expectedReported() {
            return new Ratio((int) expected.stream().filter(Expected::reported).count(), expected.size());
        }
    }

    public static QuoteScore score(Gold gold, CheckReport report) {
        List<OccurrenceResult> occurrences = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<Unexpected> unexpected = new ArrayList<>();
        Map<String, ReportQuote> quotesById = report.quotesById();
        for (GoldQuote statement : gold.quotesSample()) {
            List<OccurrenceResult> results = statement.occurrences().stream()
                    .map(o -> occurrence(statement, o, report.quotes())).toList();
            occurrences.addAll(results);
            Set<String> expectedRules = expectedRules(statement);
            Set<String> seen = new HashSet<>();
            for (ReportFinding f : report.findings()) {
                List<ReportQuote> named = f.claims().stream().map(quotesById::get).filter(Objects::nonNull).toList();
                if (!betweenOccurrences(named, results)) {
                    continue;
                }
                if (expectedRules.contains(f.rule())) {
                    seen.add(f.rule());
                } else {
                    unexpected.add(new Unexpected(statement, f, named));
                }
            }
            expectedRules.stream().sorted().forEach(r -> expected.add(new Expected(statement, r, seen.contains(r))));
        }
        return new QuoteScore(occurrences, expected, unexpected);
    }

    private static Set<String> expectedRules(GoldQuote statement) {
        Set<String> rules = new HashSet<>();
        if (!statement.sameWording()) {
            rules.add(MISMATCH);
        }
        if (!statement.sameSpeaker()) {
            rules.add(MISATTRIBUTION);
        }
        return rules;
    }

    private static OccurrenceResult occurrence(GoldQuote statement, GoldQuote.Occurrence o, List<ReportQuote> quotes) {
        List<ReportQuote> matches = quotes.stream()
                .filter(q -> o.file().equals(q.article()) && sharesWords(o.text(), q.text())).toList();
        String surname = surname(o.speaker());
        boolean speakerRight = !surname.isEmpty()
                && matches.stream().anyMatch(q -> q.speaker() != null && fold(q.speaker()).contains(surname));
        return new OccurrenceResult(statement, o, matches, speakerRight);
    }

    /** Whether the quotes match at least two different occurrences of the statement. */
    private static boolean betweenOccurrences(List<ReportQuote> named, List<OccurrenceResult> results) {
        long touched = results.stream().filter(r -> r.matches().stream().anyMatch(named::contains)).count();
        return touched >= 2;
    }

    /** Whether at least 80% of the shorter text's words occur in the longer one. */
    static boolean sharesWords(String a, String b) {
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        Set<String> longer = new HashSet<>(wa.size() <= wb.size() ? wb : wa);
        if (shorter.isEmpty()) {
            return false;
        }
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= SHARED_WORDS * shorter.size();
    }

    private static List<String> words(String text) {
        return Arrays.stream(fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    /**
     * The word a reported speaker must hold: the last word of the gold speaker before any comma, with
     * parenthesised remarks dropped ("Laurent Berger, head of the CFDT" gives berger, "a government
     * official" gives official).
     */
    static String surname(String speaker) {
        if (speaker == null) {
            return "";
        }
        String name = speaker.replaceAll("\\([^)]*\\)", " ");
        int comma = name.indexOf(',');
        if (comma >= 0) {
            name = name.substring(0, comma);
        }
        List<String> words = Arrays.stream(fold(name).split("[^\\p{L}\\p{N}'-]+")).filter(w -> !w.isEmpty()).toList();
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Lower case without accents, so "Sánchez" holds "sanchez". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
