package dev.factcheck.core.report;

import dev.factcheck.core.CheckResult;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Check results built by hand for the report tests: a realistic newsroom check (the facts of the seed
 * articles, in our own words) and a hostile one whose every text tries to inject markup or script.
 */
public final class ReportSamples {
    public static final String DRAFT = "drafts/2025/07/2025-07-21-gaza-explainer.md";
    public static final String REUTERS = "sources/2024/04/2024-04-08-reuters-truce-talks.md";
    public static final String ALJAZEERA = "sources/2024/04/2024-04-08-aljazeera-truce-talks.md";
    public static final String AFP = "sources/2025/07/2025-07-14-afp-gaza-strikes.md";
    public static final String UNDATED = "sources/2024/01/wire-copy.txt";
    public static final String DRAFT_STALE_SENTENCE = "More than 33,000 Palestinians have been killed in Gaza since "
            + "the war began, and talks on a truce continue.";
    public static final String AFP_KILLED_SENTENCE = "The health ministry in Gaza says 58,386 people have been "
            + "killed there since the war began.";
    public static final String HOSTILE = "sources/hostile.md";
    public static final String ACK_REASON = "Two tallies of the same attack; we cite both with their sources.";

    private ReportSamples() {
    }

    /** Built-in rules with their contract summaries, as a check run reports them. */
    public static Map<String, RuleInfo> builtInRules() {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        rule(rules, "contradiction", Severity.ERROR,
                "Two articles give incompatible values for the same quantity at the same point in time.");
        rule(rules, "stale-figure", Severity.ERROR,
                "An article uses a figure that a source published before it had already superseded.");
        rule(rules, "revised-figure", Severity.INFO,
                "A fixed historical figure changed between earlier and later sources.");
        rule(rules, "impossible-trend", Severity.WARNING,
                "A cumulative count goes down over time, or a remaining count goes up without explanation.");
        rule(rules, "internal-inconsistency", Severity.ERROR,
                "One article gives incompatible values for the same quantity, or a part larger than its whole.");
        rule(rules, "quote-mismatch", Severity.WARNING,
                "The same quoted statement is worded differently across articles (beyond punctuation).");
        rule(rules, "quote-misattribution", Severity.ERROR,
                "The same quoted statement is attributed to different speakers.");
        rule(rules, "unattributed-figure", Severity.WARNING,
                "A draft states a contested or precise figure with no source.");
        return rules;
    }

    private static void rule(Map<String, RuleInfo> rules, String id, Severity s, String summary) {
        rules.put(id, new RuleInfo(id, s, summary, "builtin"));
    }

    /** The seed facts as a check finds them: two stale figures in a draft, two contradictions, a revision. */
    public static CheckResult realistic() {
        Article draft = new Article(DRAFT, "Explainer: where the Gaza truce talks stand", "The Daily Ledger",
                LocalDate.of(2025, 7, 21), "2025-07-21", null, Role.DRAFT);
        Article reuters = new Article(REUTERS, "Truce talks stall as Hamas studies Israeli proposal", "Reuters",
                LocalDate.of(2024, 4, 8), "2024-04-08", "https://example.org/reuters/truce-talks", Role.SOURCE);
        Article aljazeera = new Article(ALJAZEERA, "Negotiators meet in Cairo as Gaza war enters seventh month",
                "Al Jazeera", LocalDate.of(2024, 4, 8), "2024-04-08", "https://example.org/aljazeera/cairo-talks",
                Role.SOURCE);
        Article afp = new Article(AFP, "Strikes kill dozens in Gaza as truce talks drag on", "AFP",
                LocalDate.of(2025, 7, 14), "2025-07-14", "https://example.org/afp/gaza-strikes", Role.SOURCE);
        Article undated = new Article(UNDATED, null, null, null, null, null, Role.SOURCE);

        Attribution ministry = new Attribution("according to the health ministry in Gaza", "health ministry",
                "according to");
        Attribution israel = new Attribution("Israel says", "israel", "says");
        Attribution officials = new Attribution("according to Israeli officials", "israel", "according to");

        List<Claim> claims = new ArrayList<>();
        // draft
        claims.add(claim(draft, 9, 1, DRAFT_STALE_SENTENCE, "More than 33,000 Palestinians have been killed",
                "More than 33,000", 33000, 33000.0, null, "gaza/killed", "Palestinians killed in Gaza",
                QuantityKind.CUMULATIVE, LocalDate.of(2025, 7, 21), null));
        claims.add(claim(draft, 11, 19, "Negotiators are still working while 129 hostages remain in captivity.",
                "129 hostages remain", "129", 129, 129.0, 129.0, "hostages/held", "hostages still held",
                QuantityKind.REMAINING, LocalDate.of(2025, 7, 21), null));
        claims.add(claim(draft, 13, 10, "On Monday at least 22 people were killed across the territory.",
                "at least 22 people were killed", "at least 22", 22, 22.0, null, "gaza/killed-day",
                "people killed in Gaza that day", QuantityKind.POINT, LocalDate.of(2025, 7, 21), null));
        // Reuters, 8 April 2024
        claims.add(claim(reuters, 14, 38, "The war has killed more than 33,100 Palestinians, according to the "
                + "health ministry in Gaza.", "more than 33,100 Palestinians", "more than 33,100", 33100, 33100.0,
                null, "gaza/killed", "Palestinians killed in Gaza", QuantityKind.CUMULATIVE,
                LocalDate.of(2024, 4, 8), ministry));
        claims.add(claim(reuters, 18, 1, "Israel says 129 hostages are still held in Gaza.",
                "129 hostages are still held", "129", 129, 129.0, 129.0, "hostages/held", "hostages still held",
                QuantityKind.REMAINING, LocalDate.of(2024, 4, 8), israel));
        claims.add(claim(reuters, 20, 5, "Gunmen killed about 1,200 people in Israel on October 7, according to "
                + "Israeli tallies, and took 253 hostages.", "1,200 people in Israel", "1,200", 1200, 1200.0, 1200.0,
                "israel/killed-oct7", "people killed in Israel on 7 October", QuantityKind.FIXED,
                LocalDate.of(2023, 10, 7), new Attribution("according to Israeli tallies", "israel",
                        "according to")));
        claims.add(claim(reuters, 20, 98, "Gunmen killed about 1,200 people in Israel on October 7, according to "
                + "Israeli tallies, and took 253 hostages.", "253 hostages", "253", 253, 253.0, 253.0,
                "hostages/taken", "people taken hostage on 7 October", QuantityKind.FIXED,
                LocalDate.of(2023, 10, 7), null));
        // Al Jazeera, 8 April 2024
        claims.add(claim(aljazeera, 12, 30, "Gaza's health ministry says more than 33,000 people have been killed.",
                "more than 33,000 people have been killed", "more than 33,000", 33000, 33000.0, null, "gaza/killed",
                "Palestinians killed in Gaza", QuantityKind.CUMULATIVE, LocalDate.of(2024, 4, 8),
                new Attribution("Gaza's health ministry says", "health ministry", "says")));
        claims.add(claim(aljazeera, 16, 6, "Some 133 captives are still held, according to Israeli officials.",
                "133 captives are still held", "133", 133, 133.0, 133.0, "hostages/held", "hostages still held",
                QuantityKind.REMAINING, LocalDate.of(2024, 4, 8), officials));
        claims.add(claim(aljazeera, 17, 1, "The October 7 attack killed 1,139 people, according to an Al Jazeera "
                + "tally based on Israeli statistics, and 253 were taken captive.", "killed 1,139 people", "1,139", 1139,
                1139.0, 1139.0, "israel/killed-oct7", "people killed in Israel on 7 October", QuantityKind.FIXED,
                LocalDate.of(2023, 10, 7), new Attribution("according to an Al Jazeera tally", "al jazeera",
                        "according to")));
        claims.add(claim(aljazeera, 17, 120, "The October 7 attack killed 1,139 people, according to an Al Jazeera "
                + "tally based on Israeli statistics, and 253 were taken captive.", "253 were taken captive", "253",
                253, 253.0, 253.0, "hostages/taken", "people taken hostage on 7 October", QuantityKind.FIXED,
                LocalDate.of(2023, 10, 7), null));
        // AFP, 14 July 2025
        claims.add(claim(afp, 15, 38, AFP_KILLED_SENTENCE, "58,386 people have been killed", "58,386", 58386,
                58386.0, 58386.0, "gaza/killed", "Palestinians killed in Gaza", QuantityKind.CUMULATIVE,
                LocalDate.of(2025, 7, 14), new Attribution("The health ministry in Gaza says", "health ministry",
                        "says")));
        claims.add(claim(afp, 19, 1, "Of the 251 people seized in the attack, 49 are still in Gaza, including 27 "
                + "the Israeli military says are dead.", "49 are still in Gaza", "49", 49, 49.0, 49.0, "hostages/held",
                "hostages still held", QuantityKind.REMAINING, LocalDate.of(2025, 7, 14),
                new Attribution("the Israeli military says", "israeli military", "says")));
        claims.add(claim(afp, 19, 8, "Of the 251 people seized in the attack, 49 are still in Gaza, including 27 "
                + "the Israeli military says are dead.", "251 people seized", "251", 251, 251.0, 251.0,
                "hostages/taken", "people taken hostage on 7 October", QuantityKind.FIXED, LocalDate.of(2023, 10, 7),
                null));
        claims.add(claim(afp, 21, 1, "The attack on Israel killed 1,219 people, most of them civilians, according "
                + "to an AFP tally of official figures.", "killed 1,219 people", "1,219", 1219, 1219.0, 1219.0,
                "israel/killed-oct7", "people killed in Israel on 7 October", QuantityKind.FIXED,
                LocalDate.of(2023, 10, 7), new Attribution("according to an AFP tally of official figures", "afp",
                        "according to")));
        List<Claim> numbered = number(claims);

        List<Quote> quotes = List.of(
                new Quote(reuters, 0, 0, 24, 12, "We have reached a critical point in the negotiations.",
                        "we have reached a critical point in the negotiations", "Israeli Foreign Minister Israel Katz",
                        "israel katz", "israel", "Reuters").withId("q1", 1),
                new Quote(aljazeera, 0, 0, 22, 12, "We have reached a critical point in the negotiations.",
                        "we have reached a critical point in the negotiations", "Foreign Minister Israel Katz",
                        "israel katz", "israel", "Army Radio").withId("q2", 2));

        List<Finding> findings = new ArrayList<>();
        findings.add(finding("stale-figure", Severity.ERROR, "\"More than 33,000\" Palestinians killed in Gaza is "
                + "outdated: superseded by 58,386 (AFP, 2025-07-14)", numbered, 0, 11));
        findings.add(finding("stale-figure", Severity.ERROR, "\"129\" hostages still held is outdated: superseded "
                + "by 49 (AFP, 2025-07-14)", numbered, 1, 12));
        findings.add(finding("unattributed-figure", Severity.WARNING, "\"at least 22\" people killed in Gaza that "
                + "day is stated without a source", numbered, 2));
        findings.add(finding("contradiction", Severity.ERROR, "Hostages still held on 2024-04-08: 129 (Reuters) "
                + "vs 133 (Al Jazeera)", numbered, 4, 8));
        findings.add(finding("contradiction", Severity.WARNING, "People killed in Israel on 7 October: 1,200 "
                + "(Israeli tallies, Reuters) vs 1,139 (an Al Jazeera tally): different tallies", numbered, 5, 9));
        findings.add(finding("revised-figure", Severity.INFO, "People taken hostage on 7 October: 253 (Reuters, "
                + "2024-04-08) revised to 251 (AFP, 2025-07-14)", numbered, 6, 13));
        findings.add(finding("revised-figure", Severity.INFO, "People killed in Israel on 7 October: 1,200 "
                + "(Reuters, 2024-04-08) revised to 1,219 (AFP, 2025-07-14)", numbered, 5, 14));
        List<Finding> ids = new ArrayList<>();
        for (Finding f : findings) {
            ids.add(f.withId("f" + (ids.size() + 1)));
        }
        ids.set(4, ids.get(4).withDisposition(new Disposition(Disposition.Kind.ACKNOWLEDGED, ACK_REASON, null,
                "acknowledgements")));
        List<ArticleProblem> warnings = List.of(new ArticleProblem(UNDATED, 0, false,
                "no published date in front matter: stale-figure, revised-figure and impossible-trend could not "
                        + "use this article"));
        return new CheckResult(List.of(draft, aljazeera, reuters, undated, afp), numbered, quotes, ids, warnings,
                builtInRules(), List.of("acknowledgement #2 (stale-figure, drafts/old.md, \"40 hostages\") matches no "
                + "finding: remove it, or run factcheck:baseline to refresh the file"), List.of(), 0);
    }

    /** Every text a hostile or careless article could carry: markup, script, event handlers, entities. */
    public static CheckResult hostile() {
        String marker = "document.documentElement.setAttribute('data-pwned','%s')";
        Article evil = new Article(HOSTILE, "<script>" + marker.formatted("title") + "</script>Hostile & co",
                "<img src=x onerror=\"" + marker.formatted("outlet") + "\">", LocalDate.of(2024, 4, 8),
                "2024-04-08", "javascript:" + marker.formatted("url"), Role.DRAFT);
        Article sneaky = new Article("sources/\"><svg onload=alert(1)>.md", "Fine title", "JaVaScRiPt:alert(1)",
                LocalDate.of(2024, 4, 8), "2024-04-08", " JaVaScRiPt:alert(1)", Role.SOURCE);
        Article quoted = new Article("sources/quoted.md", "Quoted", "Example Wire", LocalDate.of(2024, 4, 9),
                "2024-04-09", "https://example.org/story?a=1&b=%22x%22&c='d'", Role.SOURCE);
        String sentence = "Officials said <b>&amp;</b> &lt;i&gt; 40 people <svg onload=\"" + marker.formatted("svg")
                + "\"> died &copy; today.";
        Claim evilClaim = Claim.builder(evil).position(7, 3).sentence(sentence).span("40 people").figure("40")
                .value(40, 40.0, 40.0).quantity("deaths/<script>", "<i>deaths</i>", QuantityKind.POINT)
                .asOf(LocalDate.of(2024, 4, 8))
                .attribution(new Attribution("\"><script>" + marker.formatted("attribution") + "</script>", "x", "said"))
                .build().withId("c1", 1);
        Claim other = Claim.builder(sneaky).position(3, 1).sentence("Only 12 people <iframe src=javascript:alert(1)> died.")
                .span("12 people").figure("12").value(12, 12.0, 12.0)
                .quantity("deaths/<script>", "<i>deaths</i>", QuantityKind.POINT).asOf(LocalDate.of(2024, 4, 8))
                .build().withId("c2", 2);
        Quote q1 = new Quote(evil, 0, 0, 9, 1, "</blockquote><script>" + marker.formatted("quote") + "</script>",
                "x", "<b onmouseover=alert(1)>Speaker</b>", "s", null, "<u>Medium</u>").withId("q1", 1);
        Quote q2 = new Quote(quoted, 0, 0, 4, 1, "Something else entirely.", "y", "Someone", "t", null, "Wire")
                .withId("q2", 2);
        List<Finding> findings = List.of(
                new Finding("f1", "contradiction", Severity.ERROR, "<a href=\"javascript:" + marker.formatted("message")
                        + "\">click</a> &amp; {{page}} {{{css}}}", List.of("c1", "c2"), HOSTILE, 7, 3,
                        "40 people <script>"),
                new Finding("f2", "quote-mismatch", Severity.WARNING, "Quote differs: <em>" + marker.formatted("q")
                        + "</em>", List.of("q1", "q2"), HOSTILE, 9, 1, "</script>\"quote\"\n- rule: injected"),
                new Finding("f3", "house-<rule>", Severity.INFO, "custom rule \"with\" 'quotes'", List.of("c1"),
                        HOSTILE, 7, 3, null));
        Map<String, RuleInfo> rules = builtInRules();
        rules.put("house-<rule>", new RuleInfo("house-<rule>", Severity.INFO,
                "<script>" + marker.formatted("rule") + "</script>", "newsroom"));
        return new CheckResult(List.of(evil, quoted, sneaky), List.of(evilClaim, other), List.of(q1, q2), findings,
                List.of(new ArticleProblem(HOSTILE, 2, false, "<b>bad</b> front matter " + marker.formatted("warning"))),
                rules);
    }

    private static Claim claim(Article a, int line, int column, String sentence, String span, String figure,
                               double value, Double lower, Double upper, String key, String label, QuantityKind kind,
                               LocalDate asOf, Attribution attribution) {
        return Claim.builder(a).position(line, column).offset(line * 100 + column, line * 100 + column + span.length())
                .sentence(sentence).span(span).figure(figure).value(value, lower, upper)
                .quantity(key, label, kind).asOf(asOf).attribution(attribution).build();
    }

    private static List<Claim> number(List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim c : claims) {
            out.add(c.withId("c" + (out.size() + 1), out.size() + 1));
        }
        return out;
    }

    private static Finding finding(String rule, Severity s, String message, List<Claim> claims, int... indexes) {
        List<String> ids = new ArrayList<>();
        for (int i : indexes) {
            ids.add(claims.get(i).getId());
        }
        Claim first = claims.get(indexes[0]);
        return new Finding(null, rule, s, message, ids, first.getArticlePath(), first.getLine(), first.getColumn(),
                first.getSpan());
    }
}
