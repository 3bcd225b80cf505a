package dev.factcheck.core.accuracy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a scorecard as text: the summary, the per-story table (Markdown, to paste into
 * {@code docs/accuracy.md}), then every miss and false alarm. Everything is sorted: the same report
 * gives the same text.
 */
public final class ScorecardPrinter {
    private final Scorecard card;
    private final CheckReport report;
    private final StringBuilder out = new StringBuilder();

    private ScorecardPrinter(Scorecard card, CheckReport report) {
        this.card = card;
        this.report = report;
    }

    public static String print(Scorecard card, CheckReport report) {
        ScorecardPrinter p = new ScorecardPrinter(card, report);
        p.summary();
        p.storyTable();
        p.findingListings();
        p.claimListings();
        p.quoteListings();
        return p.out.toString();
    }

    private void summary() {
        line("== summary");
        line(String.format(Locale.ROOT, "%-16s %-14s %-14s %s", "rule", "recall", "precision", "left-out traps"));
        for (FindingScorer.RuleScore r : card.rules()) {
            line(String.format(Locale.ROOT, "%-16s %-14s %-14s %d", r.rule(), r.recall(), r.precision(), r.traps()));
        }
        line("claims sample    recall " + card.claims().recall() + "  precision " + card.claims().precision());
        QuoteScorer.QuoteScore q = card.quotes();
        line("quotes sample    occurrences found " + q.found() + "  speakers right " + q.speakers()
                + "  expected quote findings reported " + q.expectedReported() + "  unexpected quote findings "
                + q.unexpected().size());
        line("");
    }

    private void storyTable() {
        line("== per story");
        StringBuilder head = new StringBuilder("| story |");
        StringBuilder rule = new StringBuilder("|---|");
        for (FindingScorer.RuleScore r : card.rules()) {
            head.append(' ').append(r.rule()).append(" recall | ").append(r.rule()).append(" precision |");
            rule.append("---|---|");
        }
        line(head + " claims recall | claims precision |");
        line(rule + "---|---|");
        for (String story : card.stories()) {
            StringBuilder row = new StringBuilder("| " + story + " |");
            for (FindingScorer.RuleScore r : card.rules()) {
                FindingScorer.RuleScore s = r.forStory(story);
                row.append(' ').append(s.recall()).append(" | ").append(s.precision()).append(" |");
            }
            ClaimScorer.ClaimScore c = card.claims().forStory(story);
            line(row + " " + c.recall() + " | " + c.precision() + " |");
        }
        line("");
    }

    private void findingListings() {
        for (FindingScorer.RuleScore r : card.rules()) {
            line("== " + r.rule() + ": missed gold findings (" + r.missed().size() + ")");
            r.missed().stream().sorted(Comparator.comparing(GoldFinding::story).thenComparing(GoldFinding::id))
                    .forEach(this::missedFinding);
            List<FindingScorer.Judged> wrong = r.reported().stream().filter(j -> !j.right())
                    .sorted(Comparator.comparing(FindingScorer.Judged::story)
                            .thenComparingInt(j -> j.finding().number()))
                    .toList();
            line("== " + r.rule() + ": false alarms (" + wrong.size() + ")");
            wrong.forEach(this::falseAlarm);
            line("");
        }
    }

    private void missedFinding(GoldFinding g) {
        line(g.id() + (g.asOf() == null ? "" : " as of " + g.asOf()) + ": " + g.quantity());
        for (GoldClaim c : g.claims()) {
            line("  gold " + c.file() + " value " + number(c.value()) + ": \"" + c.text() + "\"");
            List<ReportClaim> same = report.claims().stream().filter(c::matches).toList();
            if (same.isEmpty()) {
                line("    report: no claim with this value in the file");
            }
            same.forEach(rc -> claim("    ", "report ", rc));
        }
    }

    private void falseAlarm(FindingScorer.Judged j) {
        String covers = j.covers().isEmpty() ? ""
                : " (covers " + j.covers().stream().map(GoldFinding::id).collect(Collectors.joining(", ")) + ")";
        String traps = j.traps().isEmpty() ? ""
                : " [left out: " + j.traps().stream().map(LeftOut::id).collect(Collectors.joining(", ")) + "]";
        line(j.finding().id() + " " + j.verdict().words() + covers + traps);
        j.claims().forEach(c -> claim("  ", "", c));
    }

    /** A reported claim's key parts, then its sentence. */
    private void claim(String indent, String label, ReportClaim c) {
        ReportClaim.Quantity q = c.quantity();
        ReportClaim.Attribution a = c.attribution();
        line(indent + label + c.id() + " " + c.article() + ":" + c.line() + " value " + number(c.value()) + " ["
                + bound(c.lower()) + ", " + bound(c.upper()) + "]"
                + (c.unit() == null || c.unit().isEmpty() ? "" : " " + c.unit())
                + " key=" + (q == null ? "-" : q.key()) + " label=\"" + (q == null ? "" : q.label()) + "\""
                + " kind=" + c.kind() + " asOf=" + c.asOf()
                + " attribution=" + (a == null ? "-" : a.source() + " (" + a.verb() + ")"));
        line(indent + "  sentence: " + c.sentence());
    }

    private void claimListings() {
        ClaimScorer.ClaimScore c = card.claims();
        line("== claims sample: missed (" + c.missed().size() + ")");
        c.missed().stream().sorted(Comparator.comparing(GoldClaim::file).thenComparingDouble(GoldClaim::value)
                        .thenComparing(GoldClaim::text))
                .forEach(g -> line(g.file() + " value " + number(g.value()) + ": \"" + g.text() + "\""));
        line("== claims sample: wrong extra claims (" + c.wrong().size() + ")");
        c.wrong().stream().sorted(Comparator.comparing(ReportClaim::article).thenComparingInt(ReportClaim::line)
                        .thenComparingInt(ReportClaim::column))
                .forEach(rc -> line(rc.article() + ":" + rc.line() + " span \"" + rc.span() + "\" value "
                        + number(rc.value()) + " key=" + (rc.quantity() == null ? "-" : rc.quantity().key())));
        line("");
    }

    private void quoteListings() {
        QuoteScorer.QuoteScore q = card.quotes();
        List<String> missed = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        for (QuoteScorer.OccurrenceResult o : q.occurrences()) {
            String where = o.statement().id() + " " + o.occurrence().file() + ": \"" + o.occurrence().text() + "\"";
            if (!o.found()) {
                missed.add(where);
            } else if (!o.speakerRight()) {
                speakers.add(where + " gold speaker \"" + o.occurrence().speaker() + "\", reported "
                        + o.matches().stream().map(m -> m.id() + " \"" + m.speaker() + "\"")
                        .collect(Collectors.joining(", ")));
            }
        }
        section("quotes sample: occurrences missed", missed);
        section("quotes sample: wrong speakers", speakers);
        section("quotes sample: expected quote findings not reported", q.expected().stream()
                .filter(e -> !e.reported()).map(e -> e.statement().id() + " " + e.rule()).toList());
        section("quotes sample: unexpected quote findings", q.unexpected().stream()
                .map(u -> u.statement().id() + " " + u.finding().id() + " " + u.finding().rule() + " "
                        + u.quotes().stream().map(x -> x.id() + " " + x.article() + ":" + x.line())
                        .collect(Collectors.joining(", ")))
                .toList());
    }

    private void section(String title, List<String> lines) {
        line("== " + title + " (" + lines.size() + ")");
        lines.stream().sorted().forEach(this::line);
    }

    private static String bound(Double d) {
        return d == null ? "-" : number(d);
    }

    /** A value without a trailing {@code .0}. */
    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
