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
    /** What a figure counts when its sentence names nothing: it is still a claim. */
    static final String UNNAMED = "number";

    private static final Set<String> LOCATIVE = Set.of("in", "into", "on", "across", "throughout", "inside", "within", "at",
            "near", "around", "outside", "over", "onto", "toward", "towards");
    private static final Set<String> RELATIVE = Set.of("which", "who", "where", "that", "whom", "including", "among", "of",
            "while", "when");
    private static final Set<String> STOP = Set.of("in", "on", "at", "from", "to", "by", "with", "during", "since", "for",
            "after", "before", "into", "across", "near", "under", "over", "and", "or", "but", "as", "than", "are", "were",
            "is", "was", "be", "been", "being", "have", "has", "had", "will", "would", "could", "may", "might", "can", "who",
            "which", "that", "whom", "whose", "where", "when", "while", "said", "says", "say", "the", "a", "an", "this",
            "these", "those", "it", "they", "he", "she", "we", "per", "each", "a.m", "p.m", "if", "not", "no");
    private static final Set<String> CLAUSE = Set.of("are", "were", "is", "was", "be", "been", "being", "have", "has",
            "had", "will", "would", "could", "may", "might", "can", "who", "which", "that", "whom", "whose", "where", "when",
            "while", "and", "but", "as", "if", "because", "than", "said", "says", "say", "told", "after", "before", "since");
    private static final Set<String> VERBISH = Set.of("are", "were", "is", "was", "be", "been", "have", "has", "had", "will",
            "would", "could", "may", "might", "can", "should", "must", "did", "does", "do");
    private static final Set<String> TRAILING_ING = Set.of("adding", "citing", "saying", "according", "without", "noting",
            "referring", "quoting");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "across", "from", "to", "for", "with", "by",
            "during", "over", "of", "into", "among", "between", "near", "inside", "within", "throughout");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "all", "its", "their", "his", "her", "some",
            "those", "these", "both", "each", "every", "another");
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
    private final List<Speakers.Speaker> names = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<QuoteReader.Span, Speakers.Speaker> quoteSpeakers = new HashMap<>();
    private String homePlace;
    private String sentenceText;
    private int sentenceTextStart = -1;
    private int[] quoteParts = new int[0];
    /** Per sentence: which tokens start a proposal cue, a cumulative cue, a perfect, an "according to" clause. */
    private boolean[] proposalAt;
    private boolean[] cumulativeAt;
    private boolean[] perfectAt;
    private boolean[] attributionSeg;

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
        boolean nounPredicate;
        String basePredicate;
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
                int after = p == null ? k : k + p.length();
                while (after < t.size && t.isWord(after) && (t.is(after, "also") || t.is(after, "has") || t.is(after, "have")
                        || t.is(after, "had") || t.is(after, "now") || t.is(after, "later") || t.is(after, "will"))) {
                    after++;
                }
                boolean actor = p != null && after < t.size && t.isWord(after) && !t.capitalised(after)
                        && (v.speechVerbs.at(t, after, t.size) != null && !t.is(after, "reported")
                        || v.predicates.at(t, after, t.size) != null && v.predicates.at(t, after, t.size).value().agent());
                if (p != null && allCaps(t, k, k + p.length()) && !allCapsName(t, k, p)) {
                    k = k + p.length() - 1;
                    continue;
                }
                if (actor) {
                    k = after - 1;
                    continue;
                }
                boolean beforeName = p != null && k + p.length() < t.size && t.capitalised(k + p.length())
                        && !demonymAt(t, k + p.length()) && !isDirection(t, k);
                if (p != null && !beforeName) {
                    for (String key : v.lineage(p.value().key())) {
                        counts.merge(key, 1, Integer::sum);
                        firstSeen.putIfAbsent(key, order++);
                    }
                    k += p.length() - 1;
                } else {
                }
            }
            for (int k = 0; k < t.size; k++) {
                PhraseTable.Entry<Boolean> title = v.titles.at(t, k, t.size);
                if (title != null) {
                    Speakers.Speaker named = speakers.nameAfterTitle(t, k + title.length(), t.size, t.start[k]);
                    if (named != null) {
                        names.add(named);
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

    /** "Gaza Palestinians": a capitalised plural that counts people, after a place name. */
    private boolean demonymAt(Tokens t, int k) {
        PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k, t.size);
        return n != null && "people".equals(n.value().key());
    }

    private static boolean allCaps(Tokens t, int a, int b) {
        String x = t.text(a, b);
        return x.length() > 2 && x.equals(x.toUpperCase(java.util.Locale.ROOT)) && !x.equals(x.toLowerCase(java.util.Locale.ROOT));
    }

    private boolean allCapsName(Tokens t, int k, PhraseTable.Entry<Vocabulary.Place> p) {
        return v.upperCaseNames.contains(t.text(k, k + p.length()));
    }

    private boolean isDirection(Tokens t, int k) {
        return v.directions.contains(t.lower[k]);
    }

    private boolean broader(String a, String b, Map<String, Integer> firstSeen) {
        if (v.lineage(a).contains(b)) {
            return true;
        }
        if (v.lineage(b).contains(a)) {
            return false;
        }
        return firstSeen.get(a) < firstSeen.get(b);
    }

    // ---------------------------------------------------------------- one sentence

    /** A source named in a sentence; its Attribution is built only for a figure that uses it. */
    private record Attr(int verb, int subjStart, int subjEnd, boolean trailing, boolean according,
                        java.util.function.Supplier<Attribution> make) {
    }

    private void sentence(int pi, Tokens t, int s, int e, SentenceSplitter.Span span) {
        if (s >= e) {
            return;
        }
        for (QuoteReader.Span q : quoteSpans) {
            if (q.end > span.start() && q.end <= span.end() + 1) {
                saidOf(q);
            }
        }
        int[] seg = segments(t, s, e);
        List<TimeReader.Mention> mentions = times.read(t, s, e, tctx, lastAsOf);
        List<Figure> found = figures.read(t, s, e);
        boolean candidates = false;
        for (Figure f : found) {
            candidates |= f.nonClaim == null;
        }
        List<Attr> attrs = attributions(t, s, e, seg, candidates);
        if (candidates) {
            cues(t, s, e, seg);
        }
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
            if (t.type[k] != Tokens.PUNCT) {
                // Words and numbers are none of the marks below: they belong to the open parenthesis or segment.
                seg[k - s] = paren ? -1 : id;
                continue;
            }
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
            if (t.is(k, ",") && dateComma(t, k, s, e)) {
                seg[k - s] = id;
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

    /** The comma of "October 7, 2023": part of a date, not the end of a clause. */
    private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private static boolean dateComma(Tokens t, int k, int s, int e) {
        if (k - 2 < s || k + 1 >= e || !t.isNumber(k - 1) || !t.isNumber(k + 1) || t.lower[k + 1].length() != 4
                || t.lower[k - 1].length() > 2) {
            return false;
        }
        int m = t.is(k - 2, ".") ? k - 3 : k - 2;
        return m >= s && MONTHS.contains(t.lower[m]) && t.capitalised(m);
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

    /** Marks, once per sentence, the tokens where cues start, for the figures of the sentence to look up. */
    private void cues(Tokens t, int s, int e, int[] seg) {
        int n = e - s;
        proposalAt = new boolean[n];
        cumulativeAt = new boolean[n];
        perfectAt = new boolean[n];
        attributionSeg = new boolean[n];
        for (int k = s; k < e; k++) {
            proposalAt[k - s] = v.proposalCues.at(t, k, e) != null;
            cumulativeAt[k - s] = v.cumulativeCues.at(t, k, e) != null;
            perfectAt[k - s] = v.perfect.at(t, k, e) != null;
            if (v.attributionBefore.at(t, k, e) != null) {
                int id = seg[k - s];
                for (int j = k; j < e && (seg[j - s] == id || seg[j - s] == -1); j++) {
                    attributionSeg[j - s] = true;
                }
            }
        }
    }

    private List<Attr> attributions(Tokens t, int s, int e, int[] seg, boolean sources) {
        List<Attr> out = new ArrayList<>();
        for (int k = s; k < e; k++) {
            if (!v.isAttributionStarter(t, k) || insideQuote(t.start[k])) {
                continue;
            }
            PhraseTable.Entry<String> before = sources ? v.attributionBefore.at(t, k, e) : null;
            if (before != null && seg[k - s] >= 0) {
                int id = seg[k - s];
                int a = k + before.length();
                int b = a;
                while (b < e && (seg[b - s] == id || seg[b - s] == -1)) {
                    b++;
                }
                if (b > a) {
                    int tb = b;
                    while (tb > a && t.type[tb - 1] == Tokens.PUNCT) {
                        tb--;
                    }
                    int kk = k;
                    int aa = a;
                    int bb = b;
                    int end = tb;
                    out.add(new Attr(k, a, b, false, true, () -> {
                        String name = speakers.source(t, aa, bb);
                        return name == null ? null : new Attribution(clean(t.text(kk, end)), name, t.text(kk, aa).toLowerCase());
                    }));
                }
                k = b - 1;
                continue;
            }
            PhraseTable.Entry<String> verb = v.attributionVerbs.at(t, k, e);
            if (verb == null && seg[k - s] >= 0 && v.speechVerbs.at(t, k, e) != null) {
                int[] np = subject(t, s, e, seg, k);
                if (np != null) {
                    int[] c = speakers.core(t, np[0], np[1]);
                    if (c[1] > c[0] && !(c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]))) {
                        Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], appositive(t, np, k), history, names, t.start[np[0]]);
                        if (sp != null) {
                            history.add(sp);
                        }
                    }
                }
                continue;
            }
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
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], inverted ? null : appositive(t, np, k), history, names, t.start[np[0]]);
            if (sp == null) {
                continue;
            }
            int[] c = speakers.core(t, np[0], np[1]);
            if (!sources) {
                if (!(c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]))) {
                    history.add(sp);
                }
                continue;
            }
            boolean pronoun = c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]);
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
            int kk = k;
            int verbEnd = k + verb.length();
            int[] subj = np;
            String key = sp.key();
            out.add(new Attr(k, np[0], np[1], trailing, false, () -> {
                String name = pronoun ? key : speakers.source(t, subj[0], subj[1]);
                return name == null ? null : new Attribution(clean(t.text(from, to)), name, t.text(kk, verbEnd).toLowerCase());
            }));
            if (!(c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]))) {
                history.add(sp);
            }
        }
        return out;
    }

    /** The appositive between a subject and its verb ("Mousa Abu Marzouk, a senior Hamas official, said"), or null. */
    private static int[] appositive(Tokens t, int[] np, int verb) {
        if (verb - 1 > np[1] && t.is(verb - 1, ",") && t.is(np[1], ",")) {
            return new int[]{np[1] + 1, verb - 1};
        }
        return null;
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
                if (ap < p && !t.capitalised(ap) && t.isWord(ap)) {
                    b = start;
                } else {
                    return null;
                }
            } else {
                return null;
            }
        }
        while (b - 1 >= s && t.isWord(b - 1) && !t.capitalised(b - 1) && (VERBISH.contains(t.lower[b - 1])
                || t.is(b - 1, "also") || t.is(b - 1, "later") || t.is(b - 1, "earlier") || t.is(b - 1, "now"))) {
            if (t.is(b - 1, "been") || t.is(b - 1, "be") || (b == k && (t.is(b - 1, "is") || t.is(b - 1, "are")
                    || t.is(b - 1, "was") || t.is(b - 1, "were")))) {
                return null;
            }
            b--;
        }
        int a = b - 1;
        if (a < s || seg[a - s] < 0) {
            return null;
        }
        int id = seg[a - s];
        while (a - 1 >= s && seg[a - 1 - s] == id && !t.is(a - 1, "that") && !isQuoteMark(t, a - 1)) {
            a--;
        }
        for (int j = b - 1; j > a; j--) {
            if ((t.is(j, "who") || t.is(j, "whom") || t.is(j, "which")) && !t.capitalised(j)) {
                boolean clause = false;
                for (int x = a; x < j; x++) {
                    clause |= t.isWord(x) && CLAUSE.contains(t.lower[x]);
                }
                if (!clause) {
                    b = j;
                }
            }
        }
        while (a < b && (t.is(a, "and") || t.is(a, "but") || t.is(a, "as") || t.is(a, "while") || isQuoteMark(t, a))) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        if (b - a > 14) {
            a = b - 14;
        }
        while (a < b && (t.is(a, "'s") || t.is(a, "-"))) {
            a++;
        }
        for (int j = b - 1; j >= a; j--) {
            if (t.isWord(j) && CLAUSE.contains(t.lower[j]) && !t.capitalised(j)) {
                a = j + 1;
                break;
            }
            if (t.isNumber(j) && j + 1 < b && (t.is(j + 1, "the") || t.is(j + 1, "a") || t.is(j + 1, "an"))) {
                a = j + 1;
                break;
            }
            if (v.predicates.at(t, j, b) != null && !t.capitalised(j) && j > a) {
                a = j + 1;
                break;
            }
        }
        for (int j = a; j < b; j++) {
            if ((t.isNumber(j) || v.numberWords.containsKey(t.lower[j])) && (j + 1 >= b || v.anonymousNouns.at(t, j + 1, b) == null
                    && !(j + 2 < b && v.anonymousNouns.at(t, j + 2, b) != null) && !(j + 3 < b && v.anonymousNouns.at(t, j + 3, b) != null))) {
                return null;
            }
        }
        return a < b ? new int[]{a, b} : null;
    }

    private static boolean isQuoteMark(Tokens t, int k) {
        return t.is(k, "“") || t.is(k, "”") || t.is(k, "\"");
    }

    private boolean trailingClause(Tokens t, int after, int e) {
        for (int k = after; k < e && k < after + 9; k++) {
            if (t.is(k, ".") || t.is(k, "!") || t.is(k, "?") || isQuoteMark(t, k)) {
                return true;
            }
            if (t.is(k, ",") || t.is(k, ";")) {
                return k + 1 >= e || TRAILING_ING.contains(t.lower[k + 1]);
            }
            if (t.isNumber(k) || t.is(k, "that") || VERBISH.contains(t.lower[k])) {
                return false;
            }
        }
        return after >= e;
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

    static String clean(String s) {
        int n = s.length();
        boolean tidy = n == 0 || (!isWs(s.charAt(0)) && !isWs(s.charAt(n - 1)));
        for (int i = 0; tidy && i < n; i++) {
            char c = s.charAt(i);
            tidy = !isWs(c) || (c == ' ' && !isWs(s.charAt(i + 1)));
        }
        if (tidy) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isWs(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isWs(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u00a0';
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
        int[] predWhere = {-1, -1};
        if (f.isTime()) {
            String event = eventNoun(t, s, e, seg, f, id);
            d.counted = event == null ? "time" : event;
            d.countedLabel = d.counted;
            d.predicate = "duration";
            d.predicateLabel = "duration";
        } else if (f.isCount()) {
            int[] noun = new int[2];
            Vocabulary.Noun n = noun(t, s, e, seg, f, id, noun);
            if (n == null) {
                Draft ante = partitive ? (d.partOf >= 0 ? lastDraft : null) : null;
                if (ante == null && elided(t, f, e) && lastDraft != null && lastDraftParagraph >= pi - 1
                        && lastDraft.figure.isCount()) {
                    ante = lastDraft;
                }
                if (ante == null) {
                    d.counted = UNNAMED;
                    d.countedLabel = UNNAMED;
                } else {
                    d.counted = ante.counted;
                    d.countedLabel = ante.countedLabel;
                }
            } else {
                d.counted = n.key();
                d.countedLabel = n.label() == null ? n.key() : n.label();
                if (n.predicate() != null) {
                    pred = predicate(n.predicate());
                    d.nounPredicate = true;
                }
                spanEnd = Math.max(spanEnd, noun[1]);
            }
            if (anonymousSource(t, s, e, f, noun[1] > 0 ? noun[1] : f.end)) {
                if (pred == null && predicateNear(t, s, e, seg, f, Math.max(f.end, noun[1]), id, null) == null) {
                    return null;
                }
            }
            if (pred == null) {
                PhraseTable.Entry<Vocabulary.Predicate> pb = v.predicatesBefore.endingAt(t, f.first, s);
                if (pb != null) {
                    pred = pb.value();
                    spanStart = f.first - pb.length();
                } else {
                    pred = modifierPredicate(t, f.end, noun[0] > 0 ? noun[0] : f.end);
                    if (pred == null) {
                        pred = predicateNear(t, s, e, seg, f, Math.max(f.end, noun[1]), id, predWhere);
                        if (pred != null) {
                            if (predWhere[0] < f.first && f.first - predWhere[0] <= 3) {
                                spanStart = predWhere[0];
                            } else if (predWhere[0] >= f.end && predWhere[1] - spanEnd <= 4) {
                                spanEnd = Math.max(spanEnd, predWhere[1]);
                            }
                        }
                    }
                }
            }
            if (pred != null) {
                String over = pred.counted().get(d.counted);
                if (over != null) {
                    d.counted = over;
                    d.countedLabel = over;
                }
            }
            if (pred == null && !d.nounPredicate && n == null && lastDraft != null && d.counted.equals(lastDraft.counted)
                    && lastDraft.nounPredicate) {
                pred = predicate(lastDraft.basePredicate);
            }
        } else if (isMeasureUnit(f)) {
            Vocabulary.Noun n = measureNoun(t, s, e, f);
            d.counted = n == null ? "reading" : n.key();
            d.countedLabel = d.counted;
            d.predicate = f.unit;
            d.predicateLabel = f.unit;
        } else if (isShare(f)) {
            int[] baseAt = new int[2];
            Vocabulary.Noun base = base(t, s, e, f, baseAt);
            Vocabulary.Noun before = measureBefore(t, s, f.first);
            Vocabulary.Noun n = before != null ? before : base;
            if (n == null) {
                if (lastDraft != null && lastDraftParagraph >= pi - 1 && isShare(lastDraft.figure) && elided(t, f, e)) {
                    d.counted = lastDraft.counted;
                    d.countedLabel = lastDraft.countedLabel;
                    pred = predicate(lastDraft.basePredicate);
                } else {
                    String subject = changeSubject(t, s, f);
                    d.counted = subject == null ? UNNAMED : subject;
                    d.countedLabel = d.counted.replace('-', ' ');
                    if (subject != null) {
                        pred = predicate("change");
                    }
                }
            } else {
                d.counted = n.key();
                d.countedLabel = n.label() == null ? n.key() : n.label();
                Vocabulary.Predicate after = base == null ? null : predicateAfter(t, s, e, seg, baseAt[1], id);
                if (after != null) {
                    pred = after;
                } else if (base != null) {
                    pred = predicate("share");
                } else if (changeContext(t, s, e, f) && !n.keepChange()) {
                    pred = predicate("change");
                } else {
                    pred = predicate(n.predicate() == null || n.predicate().equals("amount") ? "rate" : n.predicate());
                }
                if (base != null) {
                    spanEnd = Math.max(spanEnd, baseAt[1]);
                }
            }
        } else {
            Vocabulary.Noun n = moneyNoun(t, s, e, f);
            d.counted = n == null ? v.moneyNoun : n.key();
            d.countedLabel = d.counted;
            pred = predicateNear(t, s, e, seg, f, f.end, id, predWhere);
            if (pred == null) {
                pred = predicate(n == null || n.predicate() == null ? "amount" : n.predicate());
            }
        }
        if (pred != null) {
            d.predicate = pred.key();
            d.predicateLabel = pred.label();
        }
        if (pred == null && d.predicate == null) {
            d.predicate = defaultPredicate(f);
            d.predicateLabel = d.predicate.equals("total") ? "" : d.predicate;
        }
        if (pred != null && pred.agent() && predWhere[0] < 0) {
            for (int k = f.first - 1; k >= s && seg[k - s] != -2; k--) {
                PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, f.first);
                if (p != null && p.value().agent()) {
                    predWhere[0] = k;
                    break;
                }
            }
            if (predWhere[0] < 0 && d.nounPredicate) {
                predWhere[0] = f.first;
            }
        }
        d.basePredicate = d.predicate;
        if (pred != null && pred.agent() && predWhere[0] >= 0) {
            String agent = agent(t, s, e, seg, f, id, predWhere[0] < f.first ? predWhere[0] : f.first);
            if (agent != null) {
                d.predicate = d.predicate + "-by-" + agent;
                d.predicateLabel = d.predicateLabel + " by " + agent.replace('-', ' ');
            }
        }
        d.end = t.end[Math.max(spanStart, spanEnd - 1)];
        d.span = clean(prose.substring(t.start[Math.min(spanStart, f.first)], t.end[spanEnd - 1]));
        scope(t, s, e, seg, f, id, pred, mentions, d);
        attribute(t, f, attrs, d);
        return d;
    }

    private Vocabulary.Predicate predicate(String key) {
        if (key == null) {
            return null;
        }
        Vocabulary.Predicate p = v.predicatesByKey.get(key);
        return p != null ? p : new Vocabulary.Predicate(key, key, "state", true, false, false, Map.of());
    }

    private static boolean isMeasureUnit(Figure f) {
        return !f.isCount() && !f.isTime() && !isShare(f) && !(f.unit.length() == 3 && f.unit.equals(f.unit.toUpperCase(java.util.Locale.ROOT)));
    }

    private static boolean isShare(Figure f) {
        return f.unit.equals("percent") || f.unit.equals("fraction") || f.unit.equals("percentage point") || f.unit.equals("basis point");
    }

    /** "52 percent of the vote", "a third of the population", "40 percent of Gaza": what the share is of. */
    private Vocabulary.Noun base(Tokens t, int s, int e, Figure f, int[] at) {
        int k = f.end;
        boolean direct = f.unit.equals("fraction") && (t.is(k, "the") || t.is(k, "its") || t.is(k, "their")
                || t.isWord(k) && !t.is(k, "of"));
        if (k >= e || !t.is(k, "of") && !direct) {
            return null;
        }
        if (!direct) {
            k++;
        }
        while (k < e && (t.is(k, "the") || t.is(k, "its") || t.is(k, "their") || t.is(k, "all") || v.nounSkip.contains(t.lower[k])
                && !t.capitalised(k))) {
            k++;
        }
        for (int j = k; j < Math.min(e, k + 4); j++) {
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.at(t, j, e);
            PhraseTable.Entry<Vocabulary.Noun> c = v.counted.at(t, j, e);
            if (m != null || c != null) {
                PhraseTable.Entry<Vocabulary.Noun> best = m != null && (c == null || m.length() >= c.length()) ? m : c;
                at[0] = j;
                at[1] = j + best.length();
                Vocabulary.Noun n = best.value();
                return new Vocabulary.Noun(n.key(), n.label(), n.predicate(), n.keepChange());
            }
            if (t.capitalised(j)) {
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, j, e);
                if (p != null) {
                    at[0] = j;
                    at[1] = j + p.length();
                    return new Vocabulary.Noun("territory", "territory", "share");
                }
            }
            if (t.type[j] != Tokens.WORD || v.nounStop.contains(t.lower[j])) {
                break;
            }
        }
        return null;
    }

    /** The nearest measure noun before the figure in its sentence ("inflation eased to 3.4 percent"). */
    private Vocabulary.Noun measureBefore(Tokens t, int s, int first) {
        for (int end = first; end > s; end--) {
            if (t.is(end - 1, ";")) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.endingAt(t, end, s);
            if (m != null) {
                return m.value();
            }
        }
        return null;
    }

    private Vocabulary.Noun measureNoun(Tokens t, int s, int e, Figure f) {
        for (int j = f.end; j < Math.min(e, f.end + 3); j++) {
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.at(t, j, e);
            if (m != null) {
                return m.value();
            }
        }
        Vocabulary.Noun before = measureBefore(t, s, f.first);
        if (before != null) {
            return before;
        }
        for (int j = f.end; j < Math.min(e, f.end + 3); j++) {
            PhraseTable.Entry<Vocabulary.EventNoun> ev = v.events.at(t, j, e);
            if (ev != null) {
                return new Vocabulary.Noun(ev.value().key(), null, null);
            }
        }
        return null;
    }

    /** What a sum of money is: "$1 billion to fund relief", "4 billion euros in military aid", "a budget of $1.2bn". */
    private Vocabulary.Noun moneyNoun(Tokens t, int s, int e, Figure f) {
        for (int j = f.end; j < Math.min(e, f.end + 5); j++) {
            if (t.type[j] == Tokens.PUNCT) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.at(t, j, e);
            if (m != null) {
                return m.value();
            }
        }
        for (int end = f.first; end > s; end--) {
            PhraseTable.Entry<Vocabulary.Noun> m = v.measures.endingAt(t, end, s);
            if (m != null && v.predicates.at(t, end - m.length(), end) == null) {
                return m.value();
            }
        }
        return null;
    }

    /** A change verb close before the figure ("rose 3.6 percent", "cut ... by two points") or "up/down" or "higher/lower" after. */
    /**
     * What changed, in open vocabulary, when a share follows a change verb with no measure the
     * vocabulary knows: the words of the subject right before the verb ("Exports fell 4.1 percent" →
     * exports, "The S&P 500 fell 2.5%" → s&p-500). Null when the verb has no such subject.
     */
    private String changeSubject(Tokens t, int s, Figure f) {
        int verb = f.first - 1;
        if (t.is(verb, "by")) {
            verb--;
        }
        if (verb <= s || !v.changeVerbs.contains(t.lower[verb])) {
            return null;
        }
        int k = verb - 1;
        while (k >= s && k >= verb - 4 && (t.isWord(k) || t.isNumber(k) || t.is(k, "&") && t.attached(k))
                && !v.nounStop.contains(t.lower[k]) && !t.is(k, "the") && !t.is(k, "its") && !t.is(k, "their")) {
            k--;
        }
        if (k == verb - 1) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int j = k + 1; j < verb; j++) {
            if (key.length() > 0 && !t.attached(j)) {
                key.append('-');
            }
            key.append(t.lower[j]);
        }
        return key.toString();
    }

    private boolean changeContext(Tokens t, int s, int e, Figure f) {
        for (int k = f.first - 1; k >= Math.max(s, f.first - 5); k--) {
            if (v.changeVerbs.contains(t.lower[k])) {
                return !(k + 1 < f.first && t.is(k + 1, "to")) && !t.is(f.first - 1, "to");
            }
            if (t.type[k] == Tokens.PUNCT) {
                break;
            }
        }
        return f.end < e && (t.is(f.end, "higher") || t.is(f.end, "lower") || t.is(f.end, "more") && t.is(f.end + 1, "than"));
    }

    /** A predicate right after the base of a share ("a quarter of its buildings swept away"). */
    private Vocabulary.Predicate predicateAfter(Tokens t, int s, int e, int[] seg, int from, int id) {
        for (int k = from; k < Math.min(e, from + 4); k++) {
            if (seg[k - s] != id) {
                break;
            }
            PhraseTable.Entry<Vocabulary.Predicate> p = v.predicates.at(t, k, e);
            if (p != null) {
                return p.value();
            }
        }
        return null;
    }

    /**
     * Who did what the predicate says, for predicates whose key names them ("seats/won-by-labour"): the
     * proper nouns of the clause's subject, or of "X's" before the figure, or of the sentence's subject
     * when the clause opens with a participle ("..., winning 52 seats") or a pronoun.
     */
    private String agent(Tokens t, int s, int e, int[] seg, Figure f, int id, int verbAt) {
        int p = f.first - 1;
        if (p >= s && t.is(p, "'s")) {
            int a = p;
            while (a - 1 >= s && t.capitalised(a - 1)) {
                a--;
            }
            String name = agentName(t, s, a, p);
            if (name != null) {
                return name;
            }
        }
        int end = verbAt;
        while (end - 1 >= s && (seg[end - 1 - s] == id) && (t.isWord(end - 1) && !t.capitalised(end - 1)
                && (v.predicates.at(t, end - 1, end) != null || t.lower[end - 1].endsWith("ly") || v.perfect.at(t, end - 1, end) != null
                || t.is(end - 1, "also") || t.is(end - 1, "now") || t.is(end - 1, "alone") || t.is(end - 1, "just")
                || t.is(end - 1, "had") || t.is(end - 1, "has") || t.is(end - 1, "have")))) {
            end--;
        }
        int a = end;
        while (a - 1 >= s && seg[a - 1 - s] == id && !(t.isWord(a - 1) && CLAUSE.contains(t.lower[a - 1]) && !t.is(a - 1, "and"))) {
            a--;
        }
        String name = agentName(t, s, a, end);
        boolean participle = a < e && t.lower[a].endsWith("ing") || t.is(a, "with") || t.is(a, "but");
        boolean pronoun = end - a == 1 && v.pronouns.contains(t.lower[a]);
        if (name == null && (participle || pronoun || a == end)) {
            int b = s;
            while (b < e && seg[b - s] == 0 && !(t.isWord(b) && !t.capitalised(b) && (v.predicates.at(t, b, e) != null
                    || v.speechVerbs.at(t, b, e) != null || v.attributionVerbs.at(t, b, e) != null
                    || t.is(b, "has") || t.is(b, "have") || t.is(b, "had") || t.is(b, "says") || t.is(b, "said")))) {
                b++;
            }
            name = agentName(t, s, s, b);
        }
        return name;
    }

    private String agentName(Tokens t, int s, int a, int b) {
        for (int k = b - 1; k >= a; k--) {
            if (t.is(k, "'s")) {
                a = k + 1;
                break;
            }
        }
        List<String> words = new ArrayList<>();
        for (int k = a; k < b; k++) {
            if (!t.capitalised(k)) {
                if (!words.isEmpty() && !(t.is(k, "-") || isJoiner(t, k))) {
                    break;
                }
                continue;
            }
            if (k == s && k + 1 < b && !t.capitalised(k + 1) && v.placeNames.at(t, k, k + 1) == null && v.sides.at(t, k, k + 1) == null) {
                continue;
            }
            if (k == s && k + 1 < b && t.capitalised(k + 1) && v.placeNames.at(t, k, b) == null && v.sides.at(t, k, b) == null
                    && v.counted.at(t, k, k + 1) != null) {
                continue;
            }
            PhraseTable.Entry<Boolean> title = v.titles.at(t, k, b);
            if (title != null && k + title.length() < b && t.capitalised(k + title.length())) {
                k += title.length() - 1;
                continue;
            }
            if (v.agentDrop.contains(t.lower[k])) {
                continue;
            }
            if (k + 1 < b && t.is(k + 1, "-") && t.attached(k + 1) && !t.capitalised(k + 2)) {
                words.add(t.lower[k]);
                break;
            }
            words.add(t.lower[k]);
        }
        if (words.isEmpty()) {
            return null;
        }
        return String.join("-", words).replace(".", "");
    }

    private static boolean isJoiner(Tokens t, int k) {
        return t.is(k, "al") || t.is(k, "bin") || t.is(k, "de") || t.is(k, "van") || t.is(k, "von") || t.is(k, "le") || t.is(k, "la");
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
        if (k < e && (t.is(k, "the") || t.is(k, "a") || t.is(k, "an"))) {
            return null;
        }
        if (k + 1 < e && t.is(k, "-") && t.attached(k) && t.attached(k + 1) && t.isWord(k + 1)) {
            PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k + 1, e);
            where[0] = k + 1;
            where[1] = k + 2;
            if (n != null) {
                return n.value();
            }
            String w = t.lower[k + 1];
            if (!t.is(k + 2, "-") && w.length() > 2 && !w.endsWith("ed") && !w.endsWith("ing")) {
                String plural = w.endsWith("y") ? w.substring(0, w.length() - 1) + "ies" : w.endsWith("s") ? w + "es" : w + "s";
                return new Vocabulary.Noun(plural, plural, null);
            }
            return null;
        }
        Vocabulary.Noun found = null;
        String fallback = null;
        int fallbackAt = -1;
        int limit = Math.min(e, k + 7);
        for (; k < limit; k++) {
            if (seg[k - s] != id && seg[k - s] != -1) {
                break;
            }
            if (seg[k - s] == -1) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k, e);
            if (n != null) {
                found = n.value();
                where[0] = k;
                where[1] = k + n.length();
                k += n.length() - 1;
                if (k + 1 < e && v.counted.at(t, k + 1, e) != null) {
                    continue;
                }
                return found;
            }
            if (found != null) {
                return found;
            }
            String w = t.lower[k];
            if (t.isNumber(k) && k - 1 >= f.end && (t.is(k - 1, "the") || t.is(k - 1, "of"))) {
                continue;
            }
            if (v.nounSkip.contains(w) && !v.nounStop.contains(w) || t.is(k, "of") || (t.is(k, "the") && k > f.end && t.is(k - 1, "of"))) {
                continue;
            }
            if (t.is(k, "-") && t.attached(k) || t.capitalised(k) || v.placeAdjectives.at(t, k, e) != null) {
                continue;
            }
            if (v.predicates.at(t, k, e) != null && k + 1 < e && t.isWord(k + 1) && !v.nounStop.contains(t.lower[k + 1])) {
                continue;
            }
            if (t.type[k] != Tokens.WORD || v.nounStop.contains(w) || v.predicates.at(t, k, e) != null) {
                break;
            }
            if (w.length() > 2 && (w.endsWith("s") || f.value == 1) && !w.endsWith("ss") && !w.endsWith("ed")
                    && !w.endsWith("ing") && !w.endsWith("ly")) {
                fallback = w;
                fallbackAt = k;
                continue;
            }
            if (fallback != null) {
                break;
            }
        }
        if (found != null) {
            return found;
        }
        if (fallback != null) {
            where[0] = fallbackAt;
            where[1] = fallbackAt + 1;
            return new Vocabulary.Noun(fallback, fallback, null);
        }
        // the noun may come before: "the death toll rose to 5,000", "the number of dead climbed to 1,832"
        int first = f.first;
        int[] own = segRange(seg, s, e, id);
        boolean participle = own[0] >= 0 && t.lower[own[0]].endsWith("ing");
        int n = 0;
        for (int j = first - 1; j >= s && n < 12; j--, n++) {
            if (seg[j - s] != id && seg[j - s] != -1 && !(participle && seg[j - s] == -2)) {
                if (!participle || seg[j - s] != id - 1) {
                    break;
                }
            }
            PhraseTable.Entry<Vocabulary.Noun> c = v.counted.at(t, j, first);
            boolean inPhrase = j - 1 >= s && (LOCATIVE.contains(t.lower[j - 1]) || j - 2 >= s && t.is(j - 1, "the")
                    && LOCATIVE.contains(t.lower[j - 2]));
            if (c != null && !inPhrase && (c.value().predicate() != null || bare(t, s, f, j))) {
                where[0] = 0;
                where[1] = 0;
                return c.value();
            }
        }
        return null;
    }

    /** Whether a counted noun before the figure is its subject: "cases ... rose to 69,176", "a crowd of 65,600". */
    private boolean bare(Tokens t, int s, Figure f, int nounAt) {
        int p = f.first - 1;
        if (p < s) {
            return false;
        }
        if (f.qualifier != null && v.changeVerbs.contains(f.qualifier.toLowerCase(java.util.Locale.ROOT).split(" ")[0])
                || f.qualifier != null && (f.qualifier.equalsIgnoreCase("passed") || f.qualifier.equalsIgnoreCase("topped")
                || f.qualifier.equalsIgnoreCase("surpassed") || f.qualifier.equalsIgnoreCase("exceeded"))) {
            return true;
        }
        if (t.is(p, "of") && nounAt < p && p - nounAt <= 2) {
            return true;
        }
        if (nounAt - 2 >= s && (t.is(nounAt - 1, "of") && (t.is(nounAt - 2, "number") || t.is(nounAt - 2, "total")
                || t.is(nounAt - 2, "count") || t.is(nounAt - 2, "tally")))) {
            return true;
        }
        for (int k = nounAt - 1; k >= Math.max(s, nounAt - 3); k--) {
            if (t.is(k, "of") && k - 1 >= s && (t.is(k - 1, "number") || t.is(k - 1, "total"))) {
                return true;
            }
        }
        return (t.is(p, "to") || t.is(p, "at") || t.is(p, "reached") || t.is(p, "hit") || t.is(p, "was") || t.is(p, "were")
                || t.is(p, "is") || t.is(p, "are")) && !t.is(p - 1, "up");
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
            if (t.is(k, "to") && k + 1 < e && t.isWord(k + 1) && v.predicates.at(t, k + 1, e) != null) {
                break;
            }
            if (t.is(k, "and") && k + 1 < e && (t.isNumber(k + 1) || v.numberWords.containsKey(t.lower[k + 1]))) {
                while (k + 1 < e && seg[k + 1 - s] == id && !VERBISH.contains(t.lower[k + 1])) {
                    k++;
                }
                continue;
            }
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
        boolean content = false;
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
            if (!content && PREPOSITIONS.contains(t.lower[k]) && !(t.is(k, "of") && k - 1 >= s && t.isWord(k - 1)
                    && !PREPOSITIONS.contains(t.lower[k - 1]) && !DETERMINERS.contains(t.lower[k - 1]))) {
                break;
            }
            if (t.isWord(k) && !DETERMINERS.contains(t.lower[k])) {
                content = true;
            }
        }
        int beforeDist = dist;
        if (after == null && before == null) {
            return null;
        }
        boolean useAfter = after != null && (before == null || (afterDist <= beforeDist && beforeDist > 1));
        if (where != null) {
            where[0] = useAfter ? afterAt : beforeAt;
            where[1] = useAfter ? afterAt + after.length() : beforeAt + before.length();
        }
        return useAfter ? after.value() : before.value();
    }

    private static boolean isParenBoundary(int[] seg, int s, int e, int k) {
        return (k + 1 < e && seg[k + 1 - s] == -1) || (k - 1 >= s && seg[k - 1 - s] == -1);
    }

    /** "two senior Hamas officials said", "two people familiar with the talks": the story's own sources. */
    private boolean anonymousSource(Tokens t, int s, int e, Figure f, int nounEnd) {
        int k = f.end;
        boolean source = false;
        boolean people = false;
        for (int j = k; j < Math.min(e, k + 5); j++) {
            PhraseTable.Entry<Boolean> n = v.anonymousNouns.at(t, j, e);
            PhraseTable.Entry<Boolean> p = n == null ? v.anonymousPeople.at(t, j, e) : null;
            if (n != null || p != null) {
                if (j + 1 < e && t.isWord(j + 1) && v.counted.at(t, j + 1, e) != null) {
                    return false;
                }
                source = n != null;
                people = p != null;
                nounEnd = j + (n != null ? n.length() : p.length());
                break;
            }
            if (v.nounStop.contains(t.lower[j]) && !t.is(j, "the") || t.type[j] == Tokens.PUNCT && !t.is(j, ".") && !t.is(j, "-")
                    || v.predicates.at(t, j, e) != null) {
                break;
            }
        }
        if (!source && !people) {
            return false;
        }
        for (int j = nounEnd; j < Math.min(e, nounEnd + 9); j++) {
            if (v.anonymousStrongCues.at(t, j, e) != null) {
                return true;
            }
        }
        if (!source) {
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
        int anchorDist = Integer.MAX_VALUE;
        boolean period = false;
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
                    int dist = m.start() >= f.end ? m.start() - f.end : f.first - m.end();
                    if (m.anchor() != null && (anchor == null || dist < anchorDist)) {
                        anchor = m.anchor();
                        anchorLabel = m.label();
                        anchorDist = dist;
                        period = m.type() == TimeReader.Type.YEAR || m.type() == TimeReader.Type.MONTH;
                    }
                }
            }
        }
        d.asOf = article.getPublished() == null ? null : asOf;
        // kind
        boolean proposal = cue(proposalAt, in) || (f.end < e && v.targets.at(t, f.end, e) != null);
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
        } else if (since || by || cue(cumulativeAt, in) || durationIn(t, s, e, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else if (anchor != null && period && perfect(t, s, e, f, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else if (anchor != null) {
            kind = QuantityKind.FIXED;
        } else if (relative) {
            kind = QuantityKind.POINT;
        } else if (perfect(t, s, e, f, in)) {
            kind = QuantityKind.CUMULATIVE;
        } else {
            kind = QuantityKind.POINT;
        }
        if (kind == QuantityKind.POINT && anchor == null && d.asOf != null && !f.isTime()) {
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
        if (!f.isTime() && (pred == null || pred.place())) {
            d.place = place(t, s, e, seg, f, in, own);
        }
    }

    private boolean durationIn(Tokens t, int s, int e, boolean[] in) {
        for (int k = s + 1; k < e; k++) {
            if (in[k - s] && v.timeUnits.at(t, k, e) != null && (t.isNumber(k - 1) || v.numberWords.containsKey(t.lower[k - 1]))
                    && k - 2 >= s && (t.is(k - 2, "over") || t.is(k - 2, "during") || t.is(k - 2, "in"))) {
                return true;
            }
        }
        return false;
    }

    private static QuantityKind kindOf(String k) {
        QuantityKind q = QuantityKind.parse(k);
        return q == null ? QuantityKind.STATE : q;
    }

    private static boolean cue(boolean[] at, boolean[] in) {
        for (int k = 0; k < in.length; k++) {
            if (in[k] && at[k]) {
                return true;
            }
        }
        return false;
    }

    private boolean perfect(Tokens t, int s, int e, Figure f, boolean[] in) {
        for (int k = Math.max(s, f.first - 6); k < Math.min(e, f.end + 8); k++) {
            if (in[k - s] && perfectAt[k - s]) {
                return true;
            }
        }
        return false;
    }

    private String place(Tokens t, int s, int e, int[] seg, Figure f, boolean[] in, int[] own) {
        List<String> found = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        int lastEnd = -10;
        boolean[] attribution = attributionSeg;
        for (int k = s; k < e; k++) {
            if (!in[k - s] || attribution[k - s] || !t.capitalised(k)) {
                continue;
            }
            PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, k, e);
            if (p == null || allCaps(t, k, k + p.length()) && !allCapsName(t, k, p)) {
                continue;
            }
            int end = k + p.length();
            if (end < e && (t.is(end, "'s") || t.is(end, "'"))) {
                k = end - 1;
                continue;
            }
            boolean loc = locative(t, s, k) || (k - 1 > s && (t.is(k - 1, "and") || t.is(k - 1, "or") || t.is(k - 1, ","))
                    && !at.isEmpty() && lastEnd == k - 1);
            boolean mod = end < e && (v.counted.at(t, end, e) != null && end >= f.end && end <= f.end + 3
                    || v.measures.at(t, end, e) != null && !f.isCount());
            if (loc || mod) {
                found.add(p.value().key());
                at.add(k);
                lastEnd = end;
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
        while (j >= s) {
            if (v.directions.contains(t.lower[j]) || t.is(j, "the") || t.is(j, "-") || t.is(j, "of")
                    || (j - 1 >= s && t.is(j - 1, "-") && t.attached(j)) || (t.isWord(j) && t.is(j + 1, "-"))
                    || v.placeAdjectives.at(t, j, k) != null) {
                j--;
                continue;
            }
            PhraseTable.Entry<Boolean> st = v.settlements.endingAt(t, j + 1, s);
            if (st != null && t.is(j + 1, "of")) {
                j -= st.length();
                continue;
            }
            break;
        }
        return j >= s && LOCATIVE.contains(t.lower[j]) && !(t.is(j + 1, "of"));
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
        List<long[]> ranked = new ArrayList<>();
        for (int n = 0; n < attrs.size(); n++) {
            Attr a = attrs.get(n);
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
            ranked.add(new long[]{dist, n});
        }
        ranked.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (long[] r : ranked) {
            Attribution made = attrs.get((int) r[1]).make().get();
            if (made != null) {
                d.attribution = made;
                return;
            }
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
        if (sentenceText == null || sentenceTextStart != t.start[s]) {
            sentenceText = clean(prose.substring(t.start[s], t.end[e - 1]));
            sentenceTextStart = t.start[s];
        }
        String sentence = sentenceText;
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
        if (f.isCount() || isShare(f)) {
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

    /** Who said a quotation, and through what medium; {@code own} is false when it is only inherited. */
    private record Said(Speakers.Speaker speaker, String medium, boolean own) {
    }

    private final Map<QuoteReader.Span, Said> said = new HashMap<>();

    private Speakers.Speaker speakerOf(QuoteReader.Span q) {
        Said s = saidOf(q);
        return s == null ? null : s.speaker();
    }

    private Said saidOf(QuoteReader.Span q) {
        Said known = said.get(q);
        if (known != null) {
            return known;
        }
        Said found = after(q);
        if (found == null) {
            found = before(q);
        }
        if (found == null) {
            int i = quoteSpans.indexOf(q);
            if (i > 0) {
                QuoteReader.Span prev = quoteSpans.get(i - 1);
                boolean opensParagraph = paragraphs.get(q.firstParagraph).start() == q.open;
                if (prev.lastParagraph == q.firstParagraph || (prev.lastParagraph == q.firstParagraph - 1 && opensParagraph)) {
                    Said p = saidOf(prev);
                    if (p != null) {
                        found = new Said(p.speaker(), p.medium(), false);
                    }
                }
            }
        }
        if (found == null) {
            found = new Said(null, null, false);
        }
        said.put(q, found);
        return found;
    }

    private SentenceSplitter.Span sentenceAt(int pi, int offset) {
        for (SentenceSplitter.Span s : paragraphs.get(pi).sentences()) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private Said after(QuoteReader.Span q) {
        int pi = q.lastParagraph;
        Tokens t = tokens[pi];
        SentenceSplitter.Span sent = sentenceAt(pi, q.end - 1);
        if (sent == null || q.end >= sent.end()) {
            return null;
        }
        int a = t.indexAt(q.end);
        int b = t.indexAt(sent.end());
        while (a < b && (t.is(a, ",") || t.is(a, ".") || t.is(a, "!") || t.is(a, "?"))) {
            a++;
        }
        if (a >= b) {
            return null;
        }
        int limit = a + 14;
        for (int k = a; k < Math.min(b, limit); k++) {
            if (isQuoteMark(t, k)) {
                int close = k + 1;
                while (close < b && !isQuoteMark(t, close)) {
                    close++;
                }
                if (close >= b) {
                    return null;
                }
                a = close + 1;
                while (a < b && t.type[a] == Tokens.PUNCT) {
                    a++;
                }
                k = a - 1;
                limit = a + 14;
                continue;
            }
            PhraseTable.Entry<Boolean> verb = v.speechVerbs.at(t, k, b);
            if (verb == null) {
                continue;
            }
            int[] np;
            int[] appositive = null;
            if (k == a) {
                int x = k + verb.length();
                int y = x;
                while (y < b && !t.is(y, ",") && !t.is(y, ".") && !isQuoteMark(t, y)) {
                    y++;
                }
                np = new int[]{x, y};
            } else {
                np = new int[]{a, k};
                int comma = -1;
                for (int j = a; j < k; j++) {
                    if (t.is(j, ",")) {
                        comma = j;
                        break;
                    }
                }
                if (comma > a) {
                    int end = k;
                    while (end > comma && (t.is(end - 1, ",") || t.type[end - 1] == Tokens.PUNCT)) {
                        end--;
                    }
                    if (t.is(comma + 1, "a") || t.is(comma + 1, "an") || t.is(comma + 1, "the")) {
                        int apEnd = comma + 1;
                        while (apEnd < end && !t.is(apEnd, ",")) {
                            apEnd++;
                        }
                        appositive = new int[]{comma + 1, apEnd};
                    }
                    np = new int[]{a, comma};
                }
            }
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], appositive, history, names, t.start[np[0] < t.size ? np[0] : a]);
            if (sp == null) {
                return null;
            }
            remember(sp, t, np);
            return new Said(sp, medium(t, k, b), true);
        }
        return null;
    }

    private Said before(QuoteReader.Span q) {
        int pi = q.firstParagraph;
        Tokens t = tokens[pi];
        SentenceSplitter.Span sent = sentenceAt(pi, q.open);
        if (sent == null) {
            return null;
        }
        int s = t.indexAt(sent.start());
        int o = t.indexAt(q.open);
        if (o <= s) {
            return null;
        }
        int e = t.indexAt(sent.end());
        int[] seg = segments(t, s, e);
        for (int k = s; k < o; k++) {
            if (isQuoteMark(t, k)) {
                int close = k + 1;
                while (close < o && !isQuoteMark(t, close)) {
                    close++;
                }
                k = close;
                continue;
            }
            PhraseTable.Entry<Boolean> verb = v.speechVerbs.at(t, k, o);
            if (verb == null) {
                continue;
            }
            if ((t.is(k, "cited") || t.is(k, "quoted")) && !t.is(k + 1, "as")) {
                for (int j = k + 1; j + 1 < o; j++) {
                    if (t.is(j, "as") && (t.is(j + 1, "saying") || t.is(j + 1, "telling"))) {
                        Speakers.Speaker sp = speakers.speaker(t, k + 1, j, null, history, names, t.start[k + 1]);
                        if (sp != null) {
                            remember(sp, t, new int[]{k + 1, j});
                            return new Said(sp, medium(t, j, o), true);
                        }
                    }
                }
            }
            int[] np = seg[k - s] >= 0 ? subject(t, s, e, seg, k) : null;
            if (np == null) {
                continue;
            }
            int[] appositive = null;
            if (k - 1 > np[1] && t.is(k - 1, ",")) {
                appositive = new int[]{np[1] + 1, k - 1};
            }
            Speakers.Speaker sp = speakers.speaker(t, np[0], np[1], appositive, history, names, t.start[np[0]]);
            if (sp == null) {
                continue;
            }
            remember(sp, t, np);
            return new Said(sp, medium(t, k, o), true);
        }
        return null;
    }

    private void remember(Speakers.Speaker sp, Tokens t, int[] np) {
        int[] c = speakers.core(t, np[0], np[1]);
        if (c[1] > c[0] && !(c[1] - c[0] == 1 && v.pronouns.contains(t.lower[c[0]]))) {
            history.add(sp);
        }
    }

    /** The medium named after a speech verb: "told Reuters", "telling AFP", "wrote on Telegram", "by The Guardian". */
    private String medium(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isQuoteMark(t, k)) {
                continue;
            }
            String w = t.lower[k];
            if (w.equals("told") || w.equals("telling") || w.equals("tell") || w.equals("tells")) {
                return mediumName(t, k + 1, to);
            }
            if ((w.equals("on") || w.equals("by") || w.equals("with") || w.equals("to")) && k > from) {
                String m = mediumName(t, k + 1, to);
                if (m != null && !v.placeNames.hasWord(t.lower[k + 1]) || m != null && w.equals("by")) {
                    return m;
                }
            }
        }
        return null;
    }

    private String mediumName(Tokens t, int k, int to) {
        String m = speakers.medium(t, k, to);
        if (m == null) {
            return null;
        }
        String s = m.strip();
        return s.isEmpty() ? null : s;
    }

    private void buildQuotes() {
        List<QuoteReader.Span> spans = quoteSpans;
        int i = 0;
        while (i < spans.size()) {
            QuoteReader.Span q = spans.get(i);
            Said sq = saidOf(q);
            StringBuilder text = new StringBuilder(q.text(prose));
            int end = q.end;
            int j = i + 1;
            while (j < spans.size()) {
                QuoteReader.Span n = spans.get(j);
                Said sn = saidOf(n);
                if (n.firstParagraph != q.lastParagraph || sn.own() || sq.speaker() == null) {
                    break;
                }
                text.append(" … ").append(n.text(prose));
                end = n.end;
                j++;
            }
            i = j;
            String quoted = text.toString().strip();
            if (quoted.split("\\s+").length < 2) {
                continue;
            }
            Speakers.Speaker sp = sq.speaker();
            quotes.add(new Quote(article, q.open, end, source.line(q.open), source.column(q.open), quoted,
                    QuoteReader.normalise(quoted), sp == null ? null : sp.text(), sp == null ? null : sp.key(),
                    sp == null ? null : sp.side(), sq.medium()));
        }
    }
}
