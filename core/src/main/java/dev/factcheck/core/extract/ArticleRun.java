package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.article.SourceText;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One extraction: the state of reading one article, front to back. Not shared between threads. */
final class ArticleRun {
    private static final Set<String> LOCATIVE = Set.of("in", "into", "on", "across", "throughout", "inside", "within", "at",
            "near", "around", "outside", "over", "onto", "toward", "towards");
    private static final Set<String> RELATIVE = Set.of("which", "who", "where", "that", "whom", "including", "among", "of",
            "while", "when");
    private static final Set<String> STOP = Set.of("in", "on", "at", "from", "to", "by", "with", "during", "since", "for",
            "after", "before", "into", "across", "near", "under", "over", "and", "or", "but", "as", "than", "are", "were",
            "is", "was", "be", "been", "being", "have", "has", "had", "will", "would", "could", "may", "might", "can", "who",
            "which", "that", "whom", "whose", "where", "when", "while", "said", "says", "say", "the", "a", "an", "this",
            "these", "those", "it", "they", "he", "she", "we", "per", "each", "a.m", "p.m", "if", "not", "no");
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("in", "on", "at", "across", "during", "after", "by",
            "throughout", "inside", "near", "around", "earlier", "later", "since", "before", "over");

    private final Vocabulary v;
    private final FigureReader figures;
    private final TimeReader times;
    private final Speakers speakers;
    private final LoadedArticle loaded;
    private final Article article;
    private final SourceText source;
    private final String prose;
    private final List<SentenceSplitter.Paragraph> paragraphs;
    private final Tokens[] tokens;
    private final TimeReader.Context tctx;
    private final List<QuoteReader.Span> quoteSpans;
    private final List<Speakers.Speaker> history = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<QuoteReader.Span, Speakers.Speaker> quoteSpeakers = new HashMap<>();
    private String homePlace;

    private LocalDate lastAsOf;
    private String lastAnchor;
    private String lastAnchorLabel;
    private Draft lastDraft;
    private int lastDraftParagraph = -1;

    /** A claim being read: everything the builder needs, plus what later claims refer back to. */
    private static final class Draft {
        int offset;
        int end;
        Figure figure;
        String counted;
        String countedLabel;
        String predicate;
        String predicateLabel;
        String place;
        String anchor;
        String anchorLabel;
        QuantityKind kind;
        LocalDate asOf;
        Attribution attribution;
        int partOf = -1;
        String span;
    }

    ArticleRun(Vocabulary v, SentenceSplitter splitter, FigureReader figures, TimeReader times, Speakers speakers,
               QuoteReader quoteReader, LoadedArticle loaded) {
        this.v = v;
        this.figures = figures;
        this.times = times;
        this.speakers = speakers;
        this.loaded = loaded;
        this.article = loaded.article();
        this.source = loaded.text();
        this.prose = source.prose();
        this.paragraphs = splitter.split(prose, source.original(), source.bodyStart());
        this.tokens = new Tokens[paragraphs.size()];
        for (int i = 0; i < tokens.length; i++) {
            SentenceSplitter.Paragraph p = paragraphs.get(i);
            tokens[i] = Tokens.of(prose, p.start(), p.end());
        }
        this.tctx = new TimeReader.Context(article.getPublished());
        this.quoteSpans = quoteReader.read(prose, paragraphs);
        this.lastAsOf = article.getPublished();
    }

    Extraction run() {
        prescan();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Tokens t = tokens[pi];
            for (SentenceSplitter.Span s : paragraphs.get(pi).sentences()) {
                int a = t.indexAt(s.start());
                int b = t.indexAt(s.end());
                sentence(pi, t, a, b, s);
            }
        }
        buildQuotes();
        claims.sort(Comparator.comparingInt(Claim::getOffset));
        quotes.sort(Comparator.comparingInt(Quote::getOffset));
        return new Extraction(claims, quotes);
    }

    // ---------------------------------------------------------------- article-wide context

    private void prescan() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        int order = 0;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Tokens t = tokens[pi];
            times.collect(t, 0, t.size, tctx);
            for (int k = 0; k < t.size; k++) {
                if (!t.capitalised(k)) {
                    continue;
                }
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, k, t.size);
                if (p != null && !(k + p.length() < t.size && t.capitalised(k + p.length()) && !isDirection(t, k))) {
                    for (String key : v.lineage(p.value().key())) {
                        counts.merge(key, 1, Integer::sum);
                        firstSeen.putIfAbsent(key, order++);
                    }
                    k += p.length() - 1;
                } else {
                    PhraseTable.Entry<Boolean> title = v.titles.at(t, k, t.size);
                    if (title != null) {
                        Speakers.Speaker named = speakers.nameAfterTitle(t, k + title.length(), t.size, t.start[k]);
                        if (named != null) {
                            history.add(named);
                        }
                    }
                }
            }
        }
        times.resolveCollected(tctx);
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && broader(e.getKey(), best, firstSeen))) {
                best = e.getKey();
            }
        }
        homePlace = best;
    }

    private boolean isDirection(Tokens t, int k) {
        return v.directions.contains(t.lower[k]);
    }

    private boolean broader(String a, String b, Map<String, Integer> firstSeen) {
        if (v.lineage(b).contains(a)) {
            return true;
        }
        if (v.lineage(a).contains(b)) {
            return false;
        }
        return firstSeen.get(a) < firstSeen.get(b);
    }

    // ---------------------------------------------------------------- one sentence

    private record Attr(int verb, int subjStart, int subjEnd, boolean trailing, boolean according, Attribution attribution) {
    }

    private void sentence(int pi, Tokens t, int s, int e, SentenceSplitter.Span span) {
        if (s >= e) {
            return;
        }
        int[] seg = segments(t, s, e);
        List<TimeReader.Mention> mentions = times.read(t, s, e, tctx, lastAsOf);
        List<Attr> attrs = attributions(t, s, e, seg);
        List<Figure> found = figures.read(t, s, e);
        LocalDate sentenceAsOf = null;
        String sentenceAnchor = null;
        String sentenceAnchorLabel = null;
        for (TimeReader.Mention m : mentions) {
            if (m.isEvent() && m.type() != TimeReader.Type.ANAPHORA && m.anchor() != null && sentenceAnchor == null) {
                sentenceAnchor = m.anchor();
                sentenceAnchorLabel = m.label();
            }
        }
        for (Figure f : found) {
            if (f.nonClaim != null || inQuoteMarkOnly(t, f)) {
                continue;
            }
            Draft d = claim(pi, t, s, e, seg, f, mentions, attrs);
            if (d == null) {
                continue;
            }
            if (d.asOf != null && !d.asOf.equals(article.getPublished())) {
                sentenceAsOf = d.asOf;
            }
            add(d, t, s, e);
        }
        for (TimeReader.Mention m : mentions) {
            if ((m.type() == TimeReader.Type.RELATIVE || m.type() == TimeReader.Type.PREVIOUS_DAY) && m.date() != null
                    && sentenceAsOf == null) {
                sentenceAsOf = m.date();
            }
        }
        lastAsOf = sentenceAsOf != null ? sentenceAsOf : article.getPublished();
        if (sentenceAnchor != null) {
            lastAnchor = sentenceAnchor;
            lastAnchorLabel = sentenceAnchorLabel;
        }
    }

    private boolean inQuoteMarkOnly(Tokens t, Figure f) {
        return false;
    }

    /** Segment id per token: commas, semicolons, colons and dashes split a sentence; a pair of dashes or brackets is a parenthesis (-1). */
    private static int[] segments(Tokens t, int s, int e) {
        int[] seg = new int[e - s];
        int id = 0;
        int saved = 0;
        boolean paren = false;
        String closer = null;
        for (int k = s; k < e; k++) {
            boolean dash = t.is(k, "—") || t.is(k, "–") || (t.is(k, "-") && t.spaceBefore[k]);
            if (!paren && (t.is(k, "(") || (dash && laterDash(t, k + 1, e)))) {
                seg[k - s] = -2;
                saved = id;
                paren = true;
                closer = t.is(k, "(") ? ")" : "dash";
                continue;
            }
            if (paren) {
                boolean close = "dash".equals(closer) ? dash : t.is(k, ")");
                seg[k - s] = close ? -2 : -1;
                if (close) {
                    paren = false;
                    id = saved;
                }
                continue;
            }
            if (t.is(k, ",") || t.is(k, ";") || t.is(k, ":") || dash) {
                seg[k - s] = -2;
                id++;
                continue;
            }
            seg[k - s] = id;
        }
        return seg;
    }

    private static boolean laterDash(Tokens t, int from, int e) {
        for (int k = from; k < e; k++) {
            if (t.is(k, "—") || t.is(k, "–") || (t.is(k, "-") && t.spaceBefore[k])) {
                return true;
            }
        }
        return false;
    }

    private static int segOf(int[] seg, int s, int k) {
        return seg[k - s];
    }

    /** First and last+1 token of the segment with this id (ignoring parentheses inside it). */
    private static int[] segRange(int[] seg, int s, int e, int id) {
        int a = -1;
        int b = -1;
        for (int k = s; k < e; k++) {
            if (seg[k - s] == id) {
                if (a < 0) {
                    a = k;
                }
                b = k + 1;
            }
        }
        return new int[]{a, b};
    }

    // ---------------------------------------------------------------- attributions

    private List<Attr> attributions(Tokens t, int s, int e, int[] seg) {
        List<Attr> out = new ArrayList<>();
        for (int k = s; k < e; k++) {
            if (insideQuote(t.start[k])) {
                continue;
            }
            PhraseTable.Entry<String> before = v.attributionBefore.at(t, k, e);
            if (before != null && seg[k - s] >= 0) {
                int id = seg[k - s];
                int a = k + before.length();
                int b = a;
                while (b < e && (seg[b - s] == id || seg[b - s] == -1)) {
                    b++;
                }
                if (b > a) {
                    String name = speakers.source(t, a, b);
                    if (name != null) {
                        out.add(new Attr(k, a, b, false, true, new Attribution(clean(t.text(k, b)), name, t.text(k, a).toLowerCase())));
                    }
                }
                k = b - 1;
                continue;
            }
            PhraseTable.Entry<String> verb = v.attributionVerbs.at(t, k, e);
            if (verb == null || seg[k - s] < 0) {
                continue;
            }
            int id = seg[k - s];
            int[] np = subject(t, s, e, seg, k);
            boolean inverted = false;
            if (np == null) {
                int a = k + verb.length();
                int b = a;
                while (b < e && seg[b - s] == id) {
                    b++;
                }
                if (b > a && b - a <= 8 && (k == s || seg[k - 1 - s] == -2)) {
                    np = new int[]{a, b};
                    inverted = true;
                }
            }
            if (np == null) {
                continue;
            }
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], null, history, t.start[np[0]]);
            if (sp == null) {
                continue;
            }
            String name;
            int[] c = speakers.core(t, np[0], np[1]);
            if (c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]])) {
                name = sp.key();
            } else {
                name = speakers.source(t, np[0], np[1]);
            }
            if (name == null) {
                continue;
            }
            int after = k + verb.length();
            String medium = null;
            if (t.lower[k].startsWith("told") || t.lower[k].startsWith("tell")) {
                medium = speakers.medium(t, after, e);
            }
            int textEnd = after;
            if (medium != null) {
                while (textEnd < e && seg[textEnd - s] == id && t.text(textEnd, textEnd + 1).length() > 0
                        && (t.capitalised(textEnd) || t.is(textEnd, "'s") || t.is(textEnd, "the")) && textEnd < after + 6) {
                    textEnd++;
                }
            }
            boolean trailing = inverted || trailingClause(t, after, e);
            int from = inverted ? k : np[0];
            int to = inverted ? np[1] : textEnd;
            out.add(new Attr(k, np[0], np[1], trailing, false,
                    new Attribution(clean(t.text(from, to)), name, t.text(k, k + verb.length()).toLowerCase())));
            if (!(c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]))) {
                history.add(sp);
            }
        }
        return out;
    }

    /** The subject of the verb at k: the segment before it, skipping an appositive set off by commas. */
    private int[] subject(Tokens t, int s, int e, int[] seg, int k) {
        int b = k;
        if (b - 1 >= s && t.is(b - 1, ",")) {
            int p = b - 1;
            int start = p - 1;
            while (start >= s && seg[start - s] != -2) {
                start--;
            }
            // start is the comma opening the appositive, or s-1
            if (start >= s && t.is(start, ",")) {
                int ap = start + 1;
                if (ap < p && (t.is(ap, "who") || t.is(ap, "a") || t.is(ap, "an") || t.is(ap, "the") || t.is(ap, "speaking")
                        || t.is(ap, "which") || t.is(ap, "citing") || t.is(ap, "whose"))) {
                    b = start;
                } else {
                    return null;
                }
            } else {
                return null;
            }
        }
        int a = b - 1;
        if (a < s || seg[a - s] < 0) {
            return null;
        }
        int id = seg[a - s];
        while (a - 1 >= s && seg[a - 1 - s] == id && !t.is(a - 1, "that") && !isQuoteMark(t, a - 1)) {
            a--;
        }
        while (a < b && (t.is(a, "and") || t.is(a, "but") || t.is(a, "as") || t.is(a, "while") || isQuoteMark(t, a))) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (b - a > 10) {
            a = b - 10;
        }
        for (int j = b - 1; j >= a; j--) {
            if (t.isWord(j) && (STOP.contains(t.lower[j]) && !t.is(j, "the") && !t.is(j, "a") && !t.is(j, "an")
                    && !t.is(j, "in") && !t.is(j, "of"))) {
                a = j + 1;
                break;
            }
            if (v.predicates.at(t, j, b) != null && !t.capitalised(j) && j > a) {
                a = j + 1;
                break;
            }
        }
        return a < b ? new int[]{a, b} : null;
    }

    private static boolean isQuoteMark(Tokens t, int k) {
        return t.is(k, "“") || t.is(k, "”") || t.is(k, "\"");
    }

    private boolean trailingClause(Tokens t, int after, int e) {
        int k = after;
        int n = 0;
        while (k < e && n < 12) {
            if (t.is(k, ".") || t.is(k, "!") || t.is(k, "?") || isQuoteMark(t, k)) {
                return true;
            }
            if (t.is(k, ",")) {
                return k + 1 >= e || t.lower[k + 1].endsWith("ing") || t.is(k + 1, "without");
            }
            if (t.isNumber(k) || t.is(k, "that")) {
                return false;
            }
            k++;
            n++;
        }
        return k >= e;
    }

    private boolean insideQuote(int offset) {
        for (QuoteReader.Span q : quoteSpans) {
            if (offset > q.open && offset < q.end - 1) {
                for (int[] p : q.parts) {
                    if (offset >= p[0] && offset < p[1]) {
                        return true;
                    }
                }
            }
            if (q.open > offset) {
                break;
            }
        }
        return false;
    }

    private QuoteReader.Span quoteAt(int offset) {
        for (QuoteReader.Span q : quoteSpans) {
            for (int[] p : q.parts) {
                if (offset >= p[0] && offset < p[1]) {
                    return q;
                }
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- one figure

    private Draft claim(int pi, Tokens t, int s, int e, int[] seg, Figure f, List<TimeReader.Mention> mentions, List<Attr> attrs) {
        int id = segOf(seg, s, f.numStart);
        if (id < 0) {
            id = nearestSeg(seg, s, e, f.numStart);
        }
        Draft d = new Draft();
        d.figure = f;
        d.offset = t.start[f.first];
        int spanStart = f.first;
        int spanEnd = f.end;
        boolean partitive = partitive(t, s, seg, f, id);
        if (partitive && lastDraft != null && lastDraftParagraph == pi && lastDraft.figure.isCount()) {
            d.partOf = lastDraft.offset;
        }
        Vocabulary.Predicate pred = null;
        if (f.isTime()) {
            String event = eventNoun(t, s, e, seg, f, id);
            d.counted = event == null ? "time" : event;
            d.countedLabel = d.counted;
            d.predicate = "duration";
            d.predicateLabel = "duration";
        } else {
            int[] noun = new int[2];
            Vocabulary.Noun n = noun(t, s, e, seg, f, id, noun);
            if (n == null && (f.isCount() || "fraction".equals(f.unit))) {
                Draft ante = partitive ? (d.partOf >= 0 ? lastDraft : null) : null;
                if (ante == null && elided(t, f, e) && lastDraft != null && lastDraftParagraph >= pi - 1) {
                    ante = lastDraft;
                }
                if (ante == null) {
                    return null;
                }
                d.counted = ante.counted;
                d.countedLabel = ante.countedLabel;
            } else if (n == null) {
                return null;
            } else {
                d.counted = n.key();
                d.countedLabel = n.label() == null ? n.key() : n.label();
                if (n.predicate() != null) {
                    pred = v.predicatesByKey.get(n.predicate());
                    if (pred == null) {
                        d.predicate = n.predicate();
                        d.predicateLabel = n.predicate();
                    }
                }
                spanEnd = Math.max(spanEnd, noun[1]);
            }
            if (f.isCount() && anonymousSource(t, s, e, f, noun[1] > 0 ? noun[1] : f.end)) {
                if (pred == null && predicateNear(t, s, e, seg, f, Math.max(f.end, noun[1]), id, null) == null) {
                    return null;
                }
            }
            if (pred == null && d.predicate == null) {
                PhraseTable.Entry<Vocabulary.Predicate> pb = v.predicatesBefore.endingAt(t, f.first, s);
                if (pb != null) {
                    pred = pb.value();
                    spanStart = f.first - pb.length();
                } else {
                    int[] where = new int[2];
                    pred = modifierPredicate(t, f.end, noun[0] > 0 ? noun[0] : f.end);
                    if (pred == null) {
                        pred = predicateNear(t, s, e, seg, f, Math.max(f.end, noun[1]), id, where);
                        if (pred != null) {
                            if (where[0] < f.first && f.first - where[0] <= 3) {
                                spanStart = where[0];
                            } else if (where[0] >= f.end && where[1] - spanEnd <= 4) {
                                spanEnd = Math.max(spanEnd, where[1]);
                            }
                        }
                    }
                }
            }
            if (pred != null) {
                d.predicate = pred.key();
                d.predicateLabel = pred.label();
                String over = pred.counted().get(d.counted);
                if (over != null) {
                    d.counted = over;
                    d.countedLabel = over;
                }
            } else if (d.predicate == null) {
                d.predicate = defaultPredicate(f);
                d.predicateLabel = d.predicate.equals("total") ? "" : d.predicate;
            }
        }
        d.end = t.end[Math.max(spanStart, spanEnd - 1)];
        d.span = clean(prose.substring(t.start[Math.min(spanStart, f.first)], t.end[spanEnd - 1]));
        scope(t, s, e, seg, f, id, pred, mentions, d);
        attribute(t, f, attrs, d);
        return d;
    }

    private static int nearestSeg(int[] seg, int s, int e, int k) {
        for (int j = k; j < e; j++) {
            if (seg[j - s] >= 0) {
                return seg[j - s];
            }
        }
        return 0;
    }

    private static String defaultPredicate(Figure f) {
        if (f.isTime()) {
            return "duration";
        }
        return switch (f.unit) {
            case "count" -> "total";
            case "percent", "percentage point" -> "rate";
            case "fraction" -> "share";
            default -> f.unit.length() == 3 && f.unit.equals(f.unit.toUpperCase()) ? "amount" : f.unit;
        };
    }

    private boolean partitive(Tokens t, int s, int[] seg, Figure f, int id) {
        int p = f.first - 1;
        if (p >= s && (t.is(p, "including") || t.is(p, "whom") || t.is(p, "which") && t.is(p - 1, "of"))) {
            return true;
        }
        if (p - 1 >= s && t.is(p - 1, "among") && (t.is(p, "them") || t.is(p, "whom") || t.is(p, "those"))) {
            return true;
        }
        if (p >= s && t.is(p, ",") && p - 2 >= s && (t.is(p - 2, "of") || t.is(p - 2, "among"))
                && (t.is(p - 1, "those") || t.is(p - 1, "them") || t.is(p - 1, "these") || t.is(p - 1, "whom"))) {
            return true;
        }
        return f.end + 1 < t.size && t.is(f.end, "of") && (t.is(f.end + 1, "them") || t.is(f.end + 1, "those") || t.is(f.end + 1, "whom"));
    }

    private boolean elided(Tokens t, Figure f, int e) {
        int k = f.end;
        if (k >= e) {
            return true;
        }
        if (t.type[k] == Tokens.PUNCT || STOP.contains(t.lower[k]) || t.is(k, "of")) {
            return true;
        }
        return v.predicates.at(t, k, e) != null || t.lower[k].endsWith("ing") || t.lower[k].endsWith("ed");
    }

    /** The counted noun after the figure ("129 hostages", "600 of its soldiers", "more than a million displaced Palestinians"). */
    private Vocabulary.Noun noun(Tokens t, int s, int e, int[] seg, Figure f, int id, int[] where) {
        int k = f.end;
        if (k < e && (t.is(k, "the") || t.is(k, "a") || t.is(k, "an")) && f.isCount()) {
            return null;
        }
        boolean of = false;
        if (k < e && (t.is(k, "of") || t.is(k, "in") || t.is(k, "for") || t.is(k, "on")) && !f.isCount()) {
            of = true;
        }
        String fallback = null;
        int fallbackAt = -1;
        int limit = Math.min(e, k + 6);
        for (; k < limit; k++) {
            if (seg[k - s] != id && seg[k - s] != -1) {
                break;
            }
            if (seg[k - s] == -1) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k, e);
            PhraseTable.Entry<Vocabulary.Noun> m = f.isCount() ? null : v.measures.at(t, k, e);
            if (m != null && (n == null || m.length() >= n.length())) {
                where[0] = k;
                where[1] = k + m.length();
                return m.value();
            }
            if (n != null) {
                where[0] = k;
                where[1] = k + n.length();
                return n.value();
            }
            if (!f.isCount() && t.capitalised(k) && (of || k == f.end + 1)) {
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, k, e);
                if (p != null && "percent".equals(f.unit) || p != null && "fraction".equals(f.unit)) {
                    where[0] = k;
                    where[1] = k + p.length();
                    return new Vocabulary.Noun("territory", "territory", "share");
                }
            }
            String w = t.lower[k];
            if (v.nounSkip.contains(w) || (of && (t.is(k, "of") || t.is(k, "in") || t.is(k, "for") || t.is(k, "on")))) {
                continue;
            }
            if (t.capitalised(k) || v.placeAdjectives.at(t, k, e) != null) {
                continue;
            }
            if (v.predicates.at(t, k, e) != null && k + 1 < e && t.isWord(k + 1) && !STOP.contains(t.lower[k + 1])) {
                continue;
            }
            if (t.type[k] != Tokens.WORD || STOP.contains(w) || v.predicates.at(t, k, e) != null) {
                break;
            }
            if (f.isCount() && w.length() > 2 && (w.endsWith("s") || f.value == 1) && !w.endsWith("ss") && !w.endsWith("ed")
                    && !w.endsWith("ing") && !w.endsWith("ly")) {
                fallback = w;
                fallbackAt = k;
            } else if (f.isCount()) {
                break;
            }
        }
        if (fallback != null) {
            where[0] = fallbackAt;
            where[1] = fallbackAt + 1;
            return new Vocabulary.Noun(fallback, fallback, null);
        }
        // the noun may come before: "the death toll rose to 5,000", "inflation rose to 3.2%"
        int first = f.first;
        int n = 0;
        for (int j = first - 1; j >= s && n < 10; j--, n++) {
            if (seg[j - s] != id && seg[j - s] != -1) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Noun> m = f.isCount() ? null : v.measures.at(t, j, first);
            if (m != null) {
                where[0] = 0;
                where[1] = 0;
                return m.value();
            }
            PhraseTable.Entry<Vocabulary.Noun> c = v.counted.at(t, j, first);
            if (c != null && (c.value().predicate() != null || !f.isCount())) {
                where[0] = 0;
                where[1] = 0;
                return c.value();
            }
        }
        return null;
    }

    private Vocabulary.Predicate modifierPredicate(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, to);
            if (p != null) {
                return p.value();
            }
        }
        return null;
    }

    /** The nearest predicate phrase to the figure in its clause; after the noun wins ties. */
    private Vocabulary.Predicate predicateNear(Tokens t, int s, int e, int[] seg, Figure f, int from, int id, int[] where) {
        PhraseTable.Entry<Vocabulary.Predicate> after = null;
        int afterAt = -1;
        int dist = 0;
        for (int k = from; k < e && dist < 9; k++) {
            int sg = seg[k - s];
            if (sg == -1 || sg == -2 && isParenBoundary(seg, s, e, k)) {
                continue;
            }
            if (sg != id) {
                break;
            }
            dist++;
            if (v.attributionVerbs.at(t, k, e) != null && !t.is(k, "reported") && !t.is(k, "confirmed") && !t.is(k, "recorded")) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, e);
            if (p != null) {
                after = p;
                afterAt = k;
                break;
            }
        }
        int afterDist = dist;
        PhraseTable.Entry<Vocabulary.Predicate> before = null;
        int beforeAt = -1;
        dist = 0;
        for (int k = f.first - 1; k >= s && dist < 7; k--) {
            int sg = seg[k - s];
            if (sg == -1 || sg == -2 && isParenBoundary(seg, s, e, k)) {
                continue;
            }
            if (sg != id) {
                break;
            }
            dist++;
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.endingAt(t, k + 1, s);
            if (p != null && seg[k + 1 - p.length() - s] == id) {
                before = p;
                beforeAt = k + 1 - p.length();
                break;
            }
        }
        int beforeDist = dist;
        if (after == null && before == null) {
            return null;
        }
        boolean useAfter = after != null && (before == null || afterDist <= beforeDist);
        if (where != null) {
            where[0] = useAfter ? afterAt : beforeAt;
            where[1] = useAfter ? afterAt + after.length() : beforeAt + before.length();
        }
        return useAfter ? after.value() : before.value();
    }

    private static boolean isParenBoundary(int[] seg, int s, int e, int k) {
        return (k + 1 < e && seg[k + 1 - s] == -1) || (k - 1 >= s && seg[k - 1 - s] == -1);
    }

    private boolean anonymousSource(Tokens t, int s, int e, Figure f, int nounEnd) {
        int k = f.end;
        boolean anon = false;
        for (int j = k; j < Math.min(e, k + 5); j++) {
            PhraseTable.Entry<Boolean> n = v.anonymousNouns.at(t, j, e);
            if (n != null) {
                anon = true;
                nounEnd = j + n.length();
                break;
            }
            if (STOP.contains(t.lower[j]) && !t.is(j, "the") || t.type[j] == Tokens.PUNCT && !t.is(j, ".") && !t.is(j, "-")) {
                break;
            }
        }
        if (!anon) {
            return false;
        }
        if (v.attributionBefore.endingAt(t, f.first, s) != null) {
            return true;
        }
        int p = f.first - 1;
        if (p >= s && t.is(p, "and")) {
            return true;
        }
        for (int j = nounEnd; j < Math.min(e, nounEnd + 9); j++) {
            if (v.anonymousCues.at(t, j, e) != null) {
                return true;
            }
        }
        return false;
    }

    private String eventNoun(Tokens t, int s, int e, int[] seg, Figure f, int id) {
        int k = f.end;
        if (k < e && t.is(k, "of")) {
            k++;
            if (t.is(k, "the")) {
                k++;
            }
        }
        for (int j = k; j < Math.min(e, k + 3); j++) {
            PhraseTable.Entry<Vocabulary.EventNoun> ev = v.events.at(t, j, e);
            if (ev != null) {
                return ev.value().key();
            }
            if (!(t.capitalised(j) || t.isWord(j) && !STOP.contains(t.lower[j]))) {
                break;
            }
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int j = s; j < e; j++) {
            if (seg[j - s] != id) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.EventNoun> ev = v.events.at(t, j, e);
            if (ev != null) {
                int dist = j < f.first ? f.first - j : j - f.end;
                if (dist < bestDist) {
                    best = ev.value().key();
                    bestDist = dist;
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- place, time, kind

    private void scope(Tokens t, int s, int e, int[] seg, Figure f, int id, Vocabulary.Predicate pred,
                       List<TimeReader.Mention> mentions, Draft d) {
        boolean[] in = new boolean[e - s];
        int[] own = segRange(seg, s, e, id);
        for (int k = s; k < e; k++) {
            in[k - s] = seg[k - s] == id || (seg[k - s] == -1 && k > own[0] && k < own[1]);
        }
        if (own[0] > s) {
            int first = own[0];
            boolean rel = RELATIVE.contains(t.lower[first]) || (t.is(first, "of") && (t.is(first + 1, "whom") || t.is(first + 1, "which")));
            if (rel) {
                int prev = first - 1;
                while (prev >= s && seg[prev - s] < 0) {
                    prev--;
                }
                if (prev >= s) {
                    int pid = seg[prev - s];
                    for (int k = s; k < e; k++) {
                        if (seg[k - s] == pid) {
                            in[k - s] = true;
                        }
                    }
                }
            }
            int[] lead = segRange(seg, s, e, 0);
            if (lead[0] >= 0 && lead[1] - lead[0] <= 6 && ADVERBIAL_OPENERS.contains(t.lower[lead[0]])) {
                for (int k = lead[0]; k < lead[1]; k++) {
                    in[k - s] = true;
                }
            }
        }
        // time
        LocalDate asOf = article.getPublished();
        String anchor = null;
        String anchorLabel = null;
        boolean since = false;
        boolean by = false;
        boolean relative = false;
        String sequence = null;
        String sequenceLabel = null;
        for (TimeReader.Mention m : mentions) {
            if (!in[m.start() - s]) {
                continue;
            }
            if ("since".equals(m.prefix())) {
                since = true;
                continue;
            }
            if ("by".equals(m.prefix())) {
                by = true;
                if (m.date() != null && (m.type() == TimeReader.Type.RELATIVE || m.type() == TimeReader.Type.PREVIOUS_DAY)) {
                    asOf = m.date();
                }
                continue;
            }
            switch (m.type()) {
                case RELATIVE, PREVIOUS_DAY -> {
                    if (!relative) {
                        relative = true;
                        if (m.date() != null) {
                            asOf = m.date();
                        }
                    }
                }
                case ANAPHORA -> {
                    if (anchor == null && lastAnchor != null) {
                        anchor = lastAnchor;
                        anchorLabel = lastAnchorLabel;
                    }
                }
                case SEQUENCE -> {
                    if (sequence == null) {
                        sequence = m.anchor();
                        sequenceLabel = m.label();
                    }
                }
                default -> {
                    if (anchor == null && m.anchor() != null) {
                        anchor = m.anchor();
                        anchorLabel = m.label();
                    }
                }
            }
        }
        d.asOf = article.getPublished() == null ? null : asOf;
        // kind
        boolean proposal = cue(v.proposalCues, t, s, e, in);
        QuantityKind kind;
        String pk = pred == null ? null : pred.kind();
        if (f.isTime()) {
            PhraseTable.Entry<Vocabulary.EventNoun> ev = null;
            for (int k = s; k < e && ev == null; k++) {
                if (in[k - s]) {
                    ev = v.events.at(t, k, e);
                    if (ev != null && !ev.value().key().equals(d.counted)) {
                        ev = null;
                    }
                }
            }
            kind = proposal ? QuantityKind.PROPOSAL : ev == null ? QuantityKind.STATE : kindOf(ev.value().kind());
            anchor = null;
        } else if (proposal) {
            kind = QuantityKind.PROPOSAL;
        } else if (pk == null || pk.equals("state")) {
            kind = QuantityKind.STATE;
        } else if (pk.equals("remaining")) {
            kind = QuantityKind.REMAINING;
        } else if (pk.equals("point")) {
            kind = QuantityKind.POINT;
        } else if (since || by || cue(v.cumulativeCues, t, s, e, in) || "killed".equals(d.predicate) && "deaths".equals(countedNounWord(t, f))) {
            kind = anchor != null && !since && !by ? QuantityKind.FIXED : QuantityKind.CUMULATIVE;
        } else if (anchor != null) {
            kind = QuantityKind.FIXED;
        } else if (relative) {
            kind = QuantityKind.POINT;
        } else if (perfect(t, s, e, f, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else {
            kind = QuantityKind.POINT;
        }
        if (kind == QuantityKind.POINT && anchor == null && d.asOf != null) {
            anchor = d.asOf.toString();
            anchorLabel = "on " + TimeReader.dayLabel(d.asOf, 0, 0);
        }
        if (kind == QuantityKind.CUMULATIVE && since) {
            anchor = null;
        }
        if (pred != null && !pred.anchor() && kind != QuantityKind.POINT) {
            anchor = null;
        }
        if (pred == null && kind != QuantityKind.POINT) {
            anchor = null;
        }
        if (sequence != null && (kind == QuantityKind.PROPOSAL || anchor == null)) {
            anchor = sequence;
            anchorLabel = sequenceLabel;
        }
        d.kind = kind;
        d.anchor = anchor;
        d.anchorLabel = anchorLabel;
        // place
        if (pred == null || pred.place()) {
            d.place = place(t, s, e, seg, f, in, own);
        }
    }

    private String countedNounWord(Tokens t, Figure f) {
        return null;
    }

    private static QuantityKind kindOf(String k) {
        QuantityKind q = QuantityKind.parse(k);
        return q == null ? QuantityKind.STATE : q;
    }

    private static boolean cue(PhraseTable<Boolean> table, Tokens t, int s, int e, boolean[] in) {
        for (int k = s; k < e; k++) {
            if (in[k - s] && table.at(t, k, e) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean perfect(Tokens t, int s, int e, Figure f, boolean[] in) {
        for (int k = Math.max(s, f.first - 6); k < Math.min(e, f.end + 8); k++) {
            if (in[k - s] && v.perfect.at(t, k, e) != null) {
                return true;
            }
        }
        return false;
    }

    private String place(Tokens t, int s, int e, int[] seg, Figure f, boolean[] in, int[] own) {
        List<String> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        boolean[] attribution = new boolean[e - s];
        for (int k = s; k < e; k++) {
            if (v.attributionBefore.at(t, k, e) != null) {
                int id = seg[k - s];
                for (int j = k; j < e && (seg[j - s] == id || seg[j - s] == -1); j++) {
                    attribution[j - s] = true;
                }
            }
        }
        for (int k = s; k < e; k++) {
            if (!in[k - s] || attribution[k - s] || !t.capitalised(k)) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, k, e);
            if (p == null) {
                continue;
            }
            int end = k + p.length();
            if (end < e && (t.is(end, "'s") || t.is(end, "'"))) {
                k = end - 1;
                continue;
            }
            boolean loc = locative(t, s, k);
            boolean mod = end < e && !t.capitalised(end) && v.counted.at(t, end, e) != null && end >= f.end && end <= f.end + 3;
            if (loc || mod) {
                found.add(p.value().key());
                at.add(k);
            }
            k = end - 1;
        }
        if (found.isEmpty() && own[0] > s) {
            int first = own[0];
            boolean appositive = t.is(first, "a") || t.is(first, "an") || t.is(first, "where") || t.is(first, "the");
            int prev = first - 1;
            while (prev >= s && seg[prev - s] == -2) {
                prev--;
            }
            if (appositive && prev >= s) {
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.endingAt(t, prev + 1, s);
                if (p != null && t.capitalised(prev + 1 - p.length())) {
                    return p.value().key();
                }
            }
        }
        if (found.isEmpty()) {
            return homePlace;
        }
        String common = commonAncestor(found);
        if (common != null) {
            return common;
        }
        int best = 0;
        for (int i = 1; i < found.size(); i++) {
            if (Math.abs(at.get(i) - f.first) < Math.abs(at.get(best) - f.first)) {
                best = i;
            }
        }
        return found.get(best);
    }

    private boolean locative(Tokens t, int s, int k) {
        int j = k - 1;
        while (j >= s && (v.directions.contains(t.lower[j]) || t.is(j, "the") || t.is(j, "-")
                || (j - 1 >= s && t.is(j - 1, "-") && t.attached(j)) || (t.isWord(j) && j + 1 <= k && t.is(j + 1, "-")))) {
            j--;
        }
        return j >= s && LOCATIVE.contains(t.lower[j]);
    }

    private String commonAncestor(List<String> keys) {
        List<String> candidates = v.lineage(keys.get(0));
        for (String c : candidates) {
            boolean all = true;
            for (String k : keys) {
                if (!v.lineage(k).contains(c)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return c;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- attribution of a figure

    private void attribute(Tokens t, Figure f, List<Attr> attrs, Draft d) {
        QuoteReader.Span q = quoteAt(t.start[f.numStart]);
        if (q != null) {
            Speakers.Speaker sp = quoteSpeakers.get(q);
            if (sp == null) {
                sp = speakerOf(q);
            }
            if (sp != null) {
                d.attribution = new Attribution(sp.text(), sp.key(), "said");
            }
            return;
        }
        Attr best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Attr a : attrs) {
            int dist;
            if (a.according()) {
                dist = a.verb() > f.first ? a.verb() - f.end : f.first - a.subjEnd();
            } else if (a.subjStart() == f.end || (a.subjStart() > f.end && a.subjStart() - f.end <= 1 && a.verb() > f.end
                    && !a.trailing())) {
                dist = 0;
            } else if (!a.trailing() && a.verb() < f.first) {
                dist = f.first - a.verb();
            } else if (a.trailing() && a.subjStart() >= f.end) {
                dist = a.subjStart() - f.end;
            } else {
                continue;
            }
            if (dist < bestDist) {
                best = a;
                bestDist = dist;
            }
        }
        if (best != null) {
            d.attribution = best.attribution();
        }
    }

    // ---------------------------------------------------------------- output

    private void add(Draft d, Tokens t, int s, int e) {
        String key = d.counted.replace(' ', '-') + "/" + d.predicate.replace(' ', '-')
                + (d.place == null ? "" : "@" + d.place) + (d.anchor == null ? "" : "#" + d.anchor);
        StringBuilder label = new StringBuilder(d.countedLabel == null ? d.counted : d.countedLabel);
        if (d.predicateLabel != null && !d.predicateLabel.isEmpty()) {
            label.append(' ').append(d.predicateLabel);
        }
        if (d.place != null) {
            Vocabulary.Place p = v.place(d.place);
            label.append(" in ").append(p == null ? d.place : p.label());
        }
        if (d.anchor != null && d.anchorLabel != null) {
            label.append(' ').append(d.anchorLabel);
        }
        Figure f = d.figure;
        String sentence = clean(prose.substring(t.start[s], t.end[e - 1]));
        Claim c = Claim.builder(article)
                .offset(d.offset, d.end)
                .position(source.line(d.offset), source.column(d.offset))
                .sentence(sentence)
                .span(d.span)
                .figure(clean(prose.substring(t.start[f.first], t.end[Math.max(f.first, f.end - 1)])))
                .value(f.value, f.lower, f.upper)
                .unit(f.unit)
                .quantity(key, label.toString(), d.kind)
                .asOf(d.asOf)
                .eventAnchor(d.anchor)
                .attribution(d.attribution)
                .partOfOffset(d.partOf)
                .build();
        claims.add(c);
        if (f.isCount() || "fraction".equals(f.unit)) {
            lastDraft = d;
            lastDraftParagraph = paragraphOf(d.offset);
        }
    }

    private int paragraphOf(int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset >= paragraphs.get(i).start() && offset <= paragraphs.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- quotes

    private Speakers.Speaker speakerOf(QuoteReader.Span q) {
        return null;
    }

    private void buildQuotes() {
    }
}
