package dev.factcheck.core.report.html;

import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Direction;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.rules.RuleInfo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the page shows, computed from one {@link CheckResult}: plain records of strings, numbers and lists
 * that the template prints (and escapes). Every list is in a fixed order, so the page is deterministic.
 */
final class ReportModel {
    private static final Severity[] MOST_SERIOUS_FIRST = {Severity.ERROR, Severity.WARNING, Severity.INFO};

    record Page(String version, VerdictView verdict, Summary summary, Filters filters, List<SeverityGroup> groups,
                boolean hasFindings, List<ChartView> charts, boolean hasCharts, List<ArticleView> articles,
                List<RuleView> rules) {
    }

    record VerdictView(boolean failed, String text) {
    }

    /**
     * The summary's numbers: {@code open} findings count against the build; acknowledged ones (in the
     * acknowledgements file) and suppressed ones (suppression file or a comment in the article) do not.
     */
    record Summary(int articles, int drafts, int sources, int claims, int quotes, int findings, int open,
                   int acknowledged, int suppressed, List<CountRow> bySeverity, List<RuleRow> byRule,
                   boolean hasRuleRows, List<WarningView> warnings, boolean hasWarnings, List<String> notices,
                   boolean hasNotices) {
    }

    record CountRow(String id, String label, int open, int acknowledged, int suppressed) {
    }

    record RuleRow(String id, String name, String anchor, int count, String summary) {
    }

    record WarningView(String location, String articleAnchor, String message) {
    }

    record Option(String value, String label) {
    }

    record Filters(List<Option> severities, List<Option> rules, List<Option> articles, List<Option> statuses,
                   boolean hasStatuses) {
    }

    record SeverityGroup(String id, String heading, int count, List<FindingView> findings) {
    }

    record FindingView(String id, String severity, String severityLabel, String rule, String ruleName,
                       String ruleAnchor, String explanation, String message, String location, String articleIds,
                       List<SideView> sides, String action, String ack, String chartAnchor, String chartLabel,
                       ChartFigure chart, String status, DispositionView disposition) {
    }

    /** Why a finding does not count: acknowledged, suppressed or disabled in the article, with the reason. */
    record DispositionView(String label, String reason, String until, String source) {
    }

    record SideView(String heading, boolean quote, boolean missing, String claimId, String outlet, String date,
                    String role, boolean draft, String location, String articleAnchor, String title, String before,
                    String mark, String after, String text, String attribution, String quantity, String speaker,
                    String medium) {
    }

    record FindingRef(String id, String label) {
    }

    record ChartView(String anchor, String key, String label, String findingIds, List<FindingRef> findings,
                     ChartFigure figure, List<ValueRow> values, String undatedNote) {
    }

    /** One drawing of a chart; {@code svgId} keeps the ids unique when a chart is drawn more than once. */
    record ChartFigure(String svgId, String title, String desc, QuantityChart.Layout layout) {
    }

    /**
     * One value of a chart's table. {@code change} is set for a claim that states a change, shown
     * instead of the interval; {@code unnamed} marks a figure whose text names nothing counted.
     */
    record ValueRow(String date, String outlet, String figure, String interval, ChangeView change, boolean unnamed,
                    String location, String articleAnchor, String findings) {
    }

    /**
     * A stated change as the report shows it: {@code ▲ 3.9 → 4.2}, {@code ▼ 2.5}. The arrow is drawn
     * with {@code word} ("up", "down", "changed") as its text alternative.
     */
    record ChangeView(String arrow, String word, String text) {
    }

    record ArticleView(String id, String path, String title, String outlet, String published, String role,
                       boolean draft, String url, String urlText, int claims, int quotes,
                       List<ArticleFinding> findings, boolean hasFindings, int findingCount) {
    }

    record ArticleFinding(String id, String severity, String severityLabel, String ruleName, int line,
                          String message, String statusLabel) {
    }

    record RuleView(String id, String anchor, String name, String summary, String severityLabel, int count) {
    }

    private final CheckResult result;
    private final Map<String, Claim> claims = new HashMap<>();
    private final Map<String, Quote> quotes = new HashMap<>();
    private final Map<String, String> articleIds = new HashMap<>();
    private final List<Finding> ordered;

    private ReportModel(CheckResult result) {
        this.result = result;
        result.claims().forEach(c -> claims.put(c.getId(), c));
        result.quotes().forEach(q -> quotes.put(q.getId(), q));
        for (Article a : result.articles()) {
            articleIds.putIfAbsent(a.getPath(), "a" + (articleIds.size() + 1));
        }
        List<Finding> fs = new ArrayList<>(result.findings());
        fs.sort(Comparator.comparing((Finding f) -> -f.getSeverity().ordinal()));
        this.ordered = fs;
    }

    static Page build(CheckResult result, Threshold.Verdict verdict) {
        return new ReportModel(result).page(verdict);
    }

    private Page page(Threshold.Verdict verdict) {
        Map<String, ChartView> chartOf = new LinkedHashMap<>();
        List<ChartView> charts = charts(chartOf);
        List<SeverityGroup> groups = new ArrayList<>();
        for (Severity s : MOST_SERIOUS_FIRST) {
            List<FindingView> views = ordered.stream().filter(f -> f.getSeverity() == s)
                    .map(f -> finding(f, chartOf)).toList();
            if (!views.isEmpty()) {
                groups.add(new SeverityGroup(s.id(), Texts.get("severity." + s.id() + ".plural"), views.size(), views));
            }
        }
        return new Page(dev.factcheck.core.Version.get(), verdict(verdict), summary(), filters(), groups,
                !ordered.isEmpty(), charts, !charts.isEmpty(), articles(), rules());
    }

    private static VerdictView verdict(Threshold.Verdict v) {
        if (v == null) {
            return null;
        }
        Map<String, String> values = Map.of("counted", Long.toString(v.counted()),
                "severity", v.threshold().severity().id(), "max", Integer.toString(v.threshold().maxAllowed()));
        return new VerdictView(v.failed(), Texts.get(v.failed() ? "verdict.failed" : "verdict.passed", values));
    }

    private Summary summary() {
        List<CountRow> bySeverity = new ArrayList<>();
        for (Severity s : MOST_SERIOUS_FIRST) {
            int open = 0;
            int acknowledged = 0;
            int suppressed = 0;
            for (Finding f : result.findings()) {
                if (f.getSeverity() == s) {
                    switch (status(f)) {
                        case "open" -> open++;
                        case "acknowledged" -> acknowledged++;
                        default -> suppressed++;
                    }
                }
            }
            bySeverity.add(new CountRow(s.id(), Texts.get("severity." + s.id()), open, acknowledged, suppressed));
        }
        List<RuleRow> byRule = new ArrayList<>();
        ruleCounts().forEach((id, n) -> byRule.add(new RuleRow(id, Texts.ruleName(id), ruleAnchor(id), n,
                explanation(id))));
        byRule.sort(Comparator.comparingInt((RuleRow r) -> -r.count()).thenComparing(RuleRow::id));
        List<WarningView> warnings = new ArrayList<>();
        for (ArticleProblem p : result.warnings()) {
            warnings.add(new WarningView(p.path() + (p.line() > 0 ? ":" + p.line() : ""), articleIds.get(p.path()),
                    p.message()));
        }
        int drafts = (int) result.articles().stream().filter(Article::isDraft).count();
        int acknowledged = (int) result.countAcknowledged();
        int suppressed = (int) result.countSuppressed();
        int findings = result.findings().size();
        List<String> notices = new ArrayList<>(result.notices());
        notices.addAll(result.unusedSuppressions());
        return new Summary(result.articles().size(), drafts, result.articles().size() - drafts,
                result.claims().size(), result.quotes().size(), findings, findings - acknowledged - suppressed,
                acknowledged, suppressed, bySeverity, byRule, !byRule.isEmpty(), warnings, !warnings.isEmpty(),
                notices, !notices.isEmpty());
    }

    private Map<String, Integer> ruleCounts() {
        Map<String, Integer> n = new TreeMap<>();
        result.findings().forEach(f -> n.merge(f.getRule(), 1, Integer::sum));
        return n;
    }

    private Filters filters() {
        List<Option> severities = new ArrayList<>();
        for (Severity s : MOST_SERIOUS_FIRST) {
            long n = result.findings().stream().filter(f -> f.getSeverity() == s).count();
            if (n > 0) {
                severities.add(new Option(s.id(), Texts.get("severity." + s.id()) + " (" + n + ")"));
            }
        }
        Map<String, Integer> byStatus = new TreeMap<>();
        result.findings().forEach(f -> byStatus.merge(status(f), 1, Integer::sum));
        List<Option> statuses = new ArrayList<>();
        for (String st : List.of("open", "acknowledged", "suppressed")) {
            if (byStatus.containsKey(st)) {
                statuses.add(new Option(st, Texts.get("status." + st) + " (" + byStatus.get(st) + ")"));
            }
        }
        List<Option> rules = new ArrayList<>();
        ruleCounts().forEach((id, n) -> rules.add(new Option(id, Texts.ruleName(id) + " (" + n + ")")));
        List<Option> articles = new ArrayList<>();
        Map<String, Integer> perArticle = new HashMap<>();
        for (Finding f : result.findings()) {
            for (String path : articlesOf(f)) {
                perArticle.merge(path, 1, Integer::sum);
            }
        }
        for (Article a : sortedArticles()) {
            Integer n = perArticle.get(a.getPath());
            if (n != null) {
                articles.add(new Option(articleIds.get(a.getPath()), a.getPath() + " (" + n + ")"));
            }
        }
        return new Filters(severities, rules, articles, statuses, statuses.size() > 1);
    }

    private FindingView finding(Finding f, Map<String, ChartView> chartOf) {
        List<SideView> sides = new ArrayList<>();
        List<String> ids = f.getClaims();
        for (int i = 0; i < ids.size(); i++) {
            sides.add(side(f.getRule(), i, ids.get(i)));
        }
        Set<String> articleRefs = new TreeSet<>(Comparator.comparingInt(this::articleOrder));
        for (String path : articlesOf(f)) {
            if (articleIds.containsKey(path)) {
                articleRefs.add(path);
            }
        }
        String articles = String.join(" ", articleRefs.stream().map(articleIds::get).toList());
        Claim first = ids.isEmpty() ? null : claims.get(ids.get(0));
        ChartView chart = first == null ? null : chartOf.get(first.getQuantityKey());
        String subject = f.getSubject();
        if (subject == null || subject.isBlank()) {
            subject = first != null ? first.getSpan() : ids.isEmpty() || !quotes.containsKey(ids.get(0)) ? ""
                    : quotes.get(ids.get(0)).getText();
        }
        String location = f.getArticle() == null ? "" : f.getArticle() + ":" + f.getLine() + ":" + f.getColumn();
        String status = status(f);
        return new FindingView(f.getId(), f.getSeverity().id(), Texts.get("severity." + f.getSeverity().id()),
                f.getRule(), Texts.ruleName(f.getRule()), ruleAnchor(f.getRule()), explanation(f.getRule()),
                f.getMessage(), location, articles, sides, action(f), f.isOpen() ? Acknowledgements.snippet(f.getRule(),
                f.getArticle(), subject) : null, chart == null ? null : chart.anchor(),
                chart == null ? null : chart.label(),
                chart == null ? null : new ChartFigure(f.getId() + "-chart", chart.figure().title(),
                        chart.figure().desc(), chart.figure().layout()), status, disposition(f));
    }

    /** {@code open}, {@code acknowledged} or {@code suppressed} (a suppression file or a comment in the article). */
    static String status(Finding f) {
        Disposition d = f.getDisposition();
        return d == null ? "open" : d.kind() == Disposition.Kind.ACKNOWLEDGED ? "acknowledged" : "suppressed";
    }

    private static DispositionView disposition(Finding f) {
        Disposition d = f.getDisposition();
        if (d == null) {
            return null;
        }
        return new DispositionView(Texts.get("disposition." + d.kind().id()), d.reason(),
                d.until() == null ? null : d.until().toString(), d.source());
    }

    private SideView side(String rule, int index, String id) {
        String heading = Texts.sideLabel(rule, index);
        Claim c = claims.get(id);
        if (c != null) {
            Article a = c.getArticle();
            Sentences.Highlight h = Sentences.highlight(c.getSentence(), c.getSpan(), c.getFigure());
            String attribution = c.getAttribution() == null ? null : c.getAttribution().getText();
            return new SideView(heading, false, false, id, outlet(a), date(a), a.getRole().id(), a.isDraft(),
                    a.getPath() + ":" + c.getLine(), articleIds.get(a.getPath()), a.getTitle(), h.before(), h.mark(),
                    h.after(), null, attribution, c.getQuantityLabel(), null, null);
        }
        Quote q = quotes.get(id);
        if (q != null) {
            Article a = q.getArticle();
            return new SideView(heading, true, false, id, outlet(a), date(a), a.getRole().id(), a.isDraft(),
                    a.getPath() + ":" + q.getLine(), articleIds.get(a.getPath()), a.getTitle(), null, null, null,
                    q.getText(), null, null, q.getSpeaker(), q.getMedium());
        }
        return new SideView(heading, false, true, id, null, null, null, false, null, null, null, null, null, null,
                Texts.get("claim.missing"), null, null, null, null);
    }

    private String action(Finding f) {
        String rule = f.getRule();
        String template = Texts.orNull("rule." + rule + ".action");
        if (template == null) {
            return Texts.get("rule.default.action");
        }
        List<String> ids = f.getClaims();
        Map<String, String> values = new HashMap<>();
        if (ids.size() > 1) {
            values.put("newer", citation(ids.get(1)));
            values.put("others", String.join("; ", ids.subList(1, ids.size()).stream().map(this::citation).toList()));
        }
        ids.stream().filter(claims::containsKey).map(claims::get)
                .max(Comparator.comparing((Claim c) -> c.getPublished() == null ? LocalDate.MIN : c.getPublished())
                        .thenComparingInt(Claim::getSeq))
                .ifPresent(c -> values.put("latest", c.getCitation()));
        String text = Texts.fill(template, values);
        return text.contains("{") ? Texts.get("rule.default.action") : text;
    }

    private String citation(String id) {
        Claim c = claims.get(id);
        if (c != null) {
            return c.getCitation();
        }
        Quote q = quotes.get(id);
        if (q != null) {
            Article a = q.getArticle();
            return a.getDisplayName() + (a.getPublished() == null ? "" : ", " + a.getPublished()) + ", " + a.getPath()
                    + ":" + q.getLine();
        }
        return id;
    }

    private List<ChartView> charts(Map<String, ChartView> chartOf) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        for (Finding f : ordered) {
            for (String id : f.getClaims()) {
                Claim c = claims.get(id);
                if (c != null) {
                    List<Finding> list = byKey.computeIfAbsent(c.getQuantityKey(), k -> new ArrayList<>());
                    if (!list.contains(f)) {
                        list.add(f);
                    }
                }
            }
        }
        List<ChartView> charts = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byKey.entrySet()) {
            ChartView chart = chart("chart-" + (charts.size() + 1), e.getKey(), e.getValue());
            chartOf.put(e.getKey(), chart);
            charts.add(chart);
        }
        return charts;
    }

    private ChartView chart(String anchor, String key, List<Finding> findings) {
        List<Claim> all = result.claims().stream().filter(c -> c.getQuantityKey().equals(key)).toList();
        Map<String, List<QuantityChart.Flag>> flags = new HashMap<>();
        List<QuantityChart.Link> links = new ArrayList<>();
        for (Finding f : findings) {
            List<String> ids = f.getClaims();
            boolean stale = f.getRule().equals("stale-figure");
            for (int i = 0; i < ids.size(); i++) {
                if (stale && i > 0) {
                    continue;
                }
                String kind = stale ? "stale" : f.getRule().equals("contradiction") ? "conflict" : "flag";
                flags.computeIfAbsent(ids.get(i), k -> new ArrayList<>()).add(new QuantityChart.Flag(f.getId(), kind));
            }
            if (stale && ids.size() > 1) {
                links.add(new QuantityChart.Link(ids.get(0), ids.get(1)));
            }
        }
        List<QuantityChart.Point> points = new ArrayList<>();
        List<ValueRow> rows = new ArrayList<>();
        List<Claim> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing((Claim c) -> plotDate(c) == null ? LocalDate.MAX : plotDate(c))
                .thenComparing(c -> outlet(c.getArticle())).thenComparingInt(Claim::getSeq));
        for (Claim c : sorted) {
            LocalDate date = plotDate(c);
            String dateText = date == null ? Texts.get("claim.noDate") : date.toString();
            String figure = c.getFigure() == null ? c.getSpan() : c.getFigure();
            String where = c.getArticlePath() + ":" + c.getLine();
            List<QuantityChart.Flag> fl = flags.getOrDefault(c.getId(), List.of());
            String tooltip = outlet(c.getArticle()) + ", " + dateText + ": " + figure + " (" + where + ")";
            points.add(new QuantityChart.Point(c.getId(), date, c.getValue(), c.getLower(), c.getUpper(),
                    outlet(c.getArticle()), tooltip, fl));
            String interval = Numbers.interval(c.getValue(), c.getLower(), c.getUpper());
            rows.add(new ValueRow(dateText, outlet(c.getArticle()), figure, interval, change(c, interval),
                    !c.isNamed(), where,
                    articleIds.get(c.getArticlePath()),
                    String.join(" ", fl.stream().map(QuantityChart.Flag::findingId).distinct().toList())));
        }
        QuantityChart.Layout layout = QuantityChart.layout(points, links);
        String label = all.isEmpty() ? key : all.get(0).getQuantityLabel();
        Map<String, String> values = Map.of("label", label, "key", key, "count", Integer.toString(layout.undated()));
        List<FindingRef> refs = findings.stream()
                .map(f -> new FindingRef(f.getId(), f.getId() + " " + Texts.ruleName(f.getRule()))).toList();
        ChartFigure figure = new ChartFigure(anchor + "-svg", Texts.get("chart.title", values),
                Texts.get("chart.desc", values), layout);
        return new ChartView(anchor, key, label, String.join(" ", findings.stream().map(Finding::getId).toList()),
                refs, figure, rows, layout.undated() == 0 ? null : Texts.get("chart.undated", values));
    }

    /** How the value of a claim that states a change reads, or null for a level. */
    static ChangeView change(Claim c, String interval) {
        Change ch = c.getChange();
        if (ch == null) {
            return null;
        }
        String arrow = ch.direction() == Direction.UP ? "\u25B2" : ch.direction() == Direction.DOWN ? "\u25BC" : "\u0394";
        String word = Texts.get("claim.change." + (ch.direction() == null ? "none" : ch.direction().id()));
        String text;
        if (ch.from() != null && ch.to() != null) {
            text = Numbers.format(ch.from()) + " \u2192 " + Numbers.format(ch.to());
        } else if (ch.to() != null) {
            text = Texts.get("claim.change.to", Map.of("value", Numbers.format(ch.to())));
        } else if (ch.from() != null) {
            text = Texts.get("claim.change.from", Map.of("value", Numbers.format(ch.from())));
        } else {
            text = interval;
        }
        return new ChangeView(arrow, word, text);
    }

    /**
     * The date a value is drawn at: the day it describes, except for fixed past events and proposals, which are
     * drawn when they were reported (all of them describe the same day, so only that shows a revision).
     */
    static LocalDate plotDate(Claim c) {
        boolean reported = c.getKind() == QuantityKind.FIXED || c.getKind() == QuantityKind.PROPOSAL;
        LocalDate first = reported ? c.getPublished() : c.getAsOf();
        return first != null ? first : reported ? c.getAsOf() : c.getPublished();
    }

    private List<ArticleView> articles() {
        Map<String, List<ArticleFinding>> perArticle = new HashMap<>();
        for (Finding f : ordered) {
            for (String path : articlesOf(f)) {
                perArticle.computeIfAbsent(path, k -> new ArrayList<>()).add(new ArticleFinding(f.getId(),
                        f.getSeverity().id(), Texts.get("severity." + f.getSeverity().id()),
                        Texts.ruleName(f.getRule()), lineIn(f, path), f.getMessage(),
                        f.isOpen() ? null : Texts.get("disposition." + f.getDisposition().kind().id())));
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        result.claims().forEach(c -> counts.computeIfAbsent(c.getArticlePath(), k -> new int[2])[0]++);
        result.quotes().forEach(q -> counts.computeIfAbsent(q.getArticlePath(), k -> new int[2])[1]++);
        List<ArticleView> views = new ArrayList<>();
        for (Article a : sortedArticles()) {
            List<ArticleFinding> fs = perArticle.getOrDefault(a.getPath(), List.of());
            int[] n = counts.getOrDefault(a.getPath(), new int[2]);
            String link = Links.httpUrl(a.getUrl());
            views.add(new ArticleView(articleIds.get(a.getPath()), a.getPath(), a.getTitle(), a.getOutlet(),
                    a.getPublished() == null ? a.getPublishedText() : a.getPublished().toString(), a.getRole().id(),
                    a.isDraft(), link, link == null ? a.getUrl() : null, n[0], n[1], fs, !fs.isEmpty(), fs.size()));
        }
        return views;
    }

    private int lineIn(Finding f, String path) {
        if (path.equals(f.getArticle())) {
            return f.getLine();
        }
        for (String id : f.getClaims()) {
            Claim c = claims.get(id);
            if (c != null && c.getArticlePath().equals(path)) {
                return c.getLine();
            }
            Quote q = quotes.get(id);
            if (q != null && q.getArticlePath().equals(path)) {
                return q.getLine();
            }
        }
        return 0;
    }

    private List<RuleView> rules() {
        Map<String, Integer> counts = ruleCounts();
        Set<String> ids = new TreeSet<>(result.rules().keySet());
        ids.addAll(counts.keySet());
        List<RuleView> views = new ArrayList<>();
        for (String id : ids) {
            RuleInfo info = result.rules().get(id);
            views.add(new RuleView(id, ruleAnchor(id), Texts.ruleName(id), explanation(id),
                    info == null ? null : Texts.get("severity." + info.severity().id()), counts.getOrDefault(id, 0)));
        }
        return views;
    }

    private String explanation(String rule) {
        RuleInfo info = result.rules().get(rule);
        if (info != null && info.summary() != null && !info.summary().isBlank()) {
            return info.summary();
        }
        String text = Texts.orNull("rule." + rule + ".summary");
        return text == null ? "" : text;
    }

    /** Every article a finding involves: the one it points at, then those of its claims and quotes. */
    private Set<String> articlesOf(Finding f) {
        Set<String> paths = new LinkedHashSet<>();
        if (f.getArticle() != null) {
            paths.add(f.getArticle());
        }
        for (String id : f.getClaims()) {
            Claim c = claims.get(id);
            if (c != null) {
                paths.add(c.getArticlePath());
            }
            Quote q = quotes.get(id);
            if (q != null) {
                paths.add(q.getArticlePath());
            }
        }
        return paths;
    }

    /** Drafts first (they are what an editor fixes), then sources, each by path. */
    private List<Article> sortedArticles() {
        List<Article> list = new ArrayList<>(result.articles());
        list.sort(Comparator.comparing((Article a) -> !a.isDraft()).thenComparing(Article::getPath));
        return list;
    }

    private int articleOrder(String path) {
        String id = articleIds.get(path);
        return id == null ? Integer.MAX_VALUE : Integer.parseInt(id.substring(1));
    }

    private static String outlet(Article a) {
        return a.getDisplayName();
    }

    private static String date(Article a) {
        if (a.getPublished() != null) {
            return a.getPublished().toString();
        }
        return a.getPublishedText() != null ? a.getPublishedText() : Texts.get("claim.noDate");
    }

    static String ruleAnchor(String rule) {
        return "rule-" + rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    }
}
