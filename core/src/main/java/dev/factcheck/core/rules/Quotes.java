package dev.factcheck.core.rules;

import dev.factcheck.core.model.Quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the quote rules need to compare two quotations: their words after normalisation, split into
 * passages, and whether two of them are the same statement, worded the same, by compatible speakers.
 *
 * <p>Normalisation ignores case, accents, punctuation and every kind of quote mark and apostrophe,
 * and drops what an editor inserts in square brackets or parentheses ({@code [Bezalel]}). A passage
 * ends at a sentence end, a semicolon or an ellipsis, so that {@code "A. … B."} in one article and
 * {@code "A," … "B."} in another are compared passage by passage.
 */
public final class Quotes {
    private static final Pattern INSERTION = Pattern.compile("\\[[^\\]]*]|\\([^)]*\\)");
    private static final Pattern PASSAGE_END = Pattern.compile("…|\\.{2,}|[.!?;]+(?=[\\s\"'”’»]|$)");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})['’`](?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "one", "two", "three", "several", "some");

    /** A quote's passages, all its words, and those words joined (equal when two quotes are worded alike). */
    private static final class Parsed {
        final List<List<String>> passages;
        final List<String> all;
        final String joined;
        final List<String> speakerKey;
        final List<String> speaker;
        /** Whether the speaker is anonymous, for the one list of anonymous nouns it was last asked with. */
        volatile Anonymity anonymity;

        Parsed(List<List<String>> passages, List<String> all, String joined, List<String> speakerKey,
               List<String> speaker) {
            this.passages = passages;
            this.all = all;
            this.joined = joined;
            this.speakerKey = speakerKey;
            this.speaker = speaker;
        }
    }

    /** One answer of {@link #anonymous}: the rules ask it with the same settings list for every pair. */
    private record Anonymity(List<String> nouns, boolean anonymous) {
    }

    private Quotes() {
    }

    /** The quote's words, normalised, passage by passage; passages without words are left out. */
    public static List<List<String>> passages(Quote q) {
        return parsed(q).passages;
    }

    private static Parsed parsed(Quote q) {
        // Kept on the quote itself: one quote is compared with hundreds of others.
        return q.derived(Quotes::parse);
    }

    private static Parsed parse(Quote q) {
        List<List<String>> passages = parsePassages(q);
        List<String> all = new ArrayList<>();
        passages.forEach(all::addAll);
        return new Parsed(passages, List.copyOf(all), String.join(" ", all), words(q.getSpeakerKey()),
                q.getSpeaker() == null ? List.of() : words(q.getSpeaker()));
    }

    private static List<List<String>> parsePassages(Quote q) {
        String text = q.getText() != null ? q.getText() : q.getNormalizedText();
        List<List<String>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : passageTexts(text)) {
            List<String> w = words(part);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    /** The text between passage ends, insertions removed. */
    static List<String> passageTexts(String text) {
        List<String> ascii = asciiPassageTexts(text);
        return ascii != null ? ascii : regexPassageTexts(text);
    }

    /** The general case: any script, ellipsis characters and typographic quote marks included. */
    static List<String> regexPassageTexts(String text) {
        return Arrays.asList(PASSAGE_END.split(INSERTION.matcher(text).replaceAll(" ")));
    }

    /**
     * What the {@code INSERTION} and {@code PASSAGE_END} expressions make of text that is all ASCII,
     * in one pass (empty pieces may differ; they hold no words); null for any other text. A bracketed
     * or parenthesised insertion becomes a space when it is closed. A passage ends at two or more
     * dots, or at a run of {@code . ! ? ;} followed by white space, a quote mark or the end.
     */
    static List<String> asciiPassageTexts(String text) {
        if (!isAscii(text)) {
            return null;
        }
        int n = text.length();
        StringBuilder plain = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int close = c == '[' ? text.indexOf(']', i + 1) : c == '(' ? text.indexOf(')', i + 1) : -1;
            if (close >= 0) {
                plain.append(' ');
                i = close;
            } else {
                plain.append(c);
            }
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int length = plain.length();
        for (int i = 0; i < length; i++) {
            char c = plain.charAt(i);
            int end = -1;
            if (c == '.' && i + 1 < length && plain.charAt(i + 1) == '.') {
                end = i + 2;
                while (end < length && plain.charAt(end) == '.') {
                    end++;
                }
            } else if (isPassageMark(c)) {
                int run = i + 1;
                while (run < length && isPassageMark(plain.charAt(run))) {
                    run++;
                }
                if (run == length || isPassageFollower(plain.charAt(run))) {
                    end = run;
                }
            }
            if (end >= 0) {
                parts.add(plain.substring(start, i));
                start = end;
                i = end - 1;
            }
        }
        parts.add(plain.substring(start));
        return parts;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPassageMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';';
    }

    private static boolean isPassageFollower(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '"' || c == '\'';
    }

    /** Normalised words of a piece of text. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> ascii = asciiWords(text);
        return ascii != null ? ascii : normalisedWords(text);
    }

    /** The general case: any script, accents and combining marks removed. */
    static List<String> normalisedWords(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("");
        t = APOSTROPHE.matcher(t).replaceAll("").toLowerCase(Locale.ROOT);
        t = NOT_WORD.matcher(t).replaceAll(" ").strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split(" "));
    }

    /**
     * The same words as {@link #normalisedWords} for text that is all ASCII, in one pass without
     * regular expressions (most quotes in English copy); null when the text holds any other character.
     * An apostrophe or backquote between two letters joins them; every other run of characters that
     * are not letters or digits separates words.
     */
    static List<String> asciiWords(String text) {
        if (!isAscii(text)) {
            return null;
        }
        int n = text.length();
        List<String> words = new ArrayList<>();
        char[] word = new char[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isAsciiLetter(c) || (c >= '0' && c <= '9')) {
                word[length++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if ((c == '\'' || c == '`') && i > 0 && i + 1 < n && isAsciiLetter(text.charAt(i - 1))
                    && isAsciiLetter(text.charAt(i + 1))) {
                continue;
            } else if (length > 0) {
                words.add(new String(word, 0, length));
                length = 0;
            }
        }
        if (length > 0) {
            words.add(new String(word, 0, length));
        }
        return words.isEmpty() ? List.of() : words;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** All the quote's words in order, passages joined. */
    public static List<String> allWords(Quote q) {
        return new ArrayList<>(parsed(q).all);
    }

    /** Blocking keys: the first and the last {@code keyWords} words of every passage of at least {@code minWords} words. */
    public static List<String> keys(Quote q, int keyWords, int minWords) {
        // Every quote of an archive gets keys, but only the quotes of groups that fire are compared:
        // the parse is kept on the quote only when it was already there.
        Parsed known = q.derivedIfKnown();
        List<List<String>> passages = known != null ? known.passages : parsePassages(q);
        Set<String> keys = new LinkedHashSet<>();
        for (List<String> p : passages) {
            if (p.size() < minWords) {
                continue;
            }
            int n = Math.min(keyWords, p.size());
            keys.add(String.join(" ", p.subList(0, n)));
            keys.add(String.join(" ", p.subList(p.size() - n, p.size())));
        }
        return List.copyOf(keys);
    }

    /**
     * Whether the two quotes are the same statement: one's words contain the other's (an excerpt),
     * or a passage of one and a passage of the other, each at least {@code minWords} long, contain
     * one another or share at least {@code overlap} of their words (Dice coefficient).
     */
    public static boolean sameStatement(Quote a, Quote b, int minWords, double overlap) {
        Parsed qa = parsed(a);
        Parsed qb = parsed(b);
        if (!qa.all.isEmpty() && qa.joined.equals(qb.joined)) {
            return qa.all.size() >= minWords;
        }
        List<String> wa = qa.all;
        List<String> wb = qb.all;
        if (Math.min(wa.size(), wb.size()) >= minWords && (contains(wa, wb) || contains(wb, wa))) {
            return true;
        }
        for (List<String> pa : passages(a)) {
            for (List<String> pb : passages(b)) {
                if (pa.size() >= minWords && pb.size() >= minWords
                        && (contains(pa, pb) || contains(pb, pa) || dice(pa, pb) >= overlap)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the same statement is worded differently: some passage of one is close to a passage of
     * the other (shares {@code overlap} of its words) but neither contains the other, and neither
     * quote as a whole is an excerpt of the other.
     */
    public static boolean reworded(Quote a, Quote b, int minWords, double overlap) {
        Parsed qa = parsed(a);
        Parsed qb = parsed(b);
        if (qa.joined.equals(qb.joined)) {
            return false;
        }
        List<String> wa = qa.all;
        List<String> wb = qb.all;
        if (contains(wa, wb) || contains(wb, wa)) {
            return false;
        }
        for (List<String> pa : passages(a)) {
            for (List<String> pb : passages(b)) {
                if (pa.size() >= minWords && pb.size() >= minWords && !contains(pa, pb) && !contains(pb, pa)
                        && dice(pa, pb) >= overlap) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two speakers can be the same person: not when both sides are known and differ
     * ({@code hamas} vs {@code israel}), nor when both are named and neither name contains the other
     * ({@code israel katz} and {@code israeli foreign minister israel katz} are one speaker). An
     * anonymous speaker ({@link #anonymous}) is compared by side only.
     */
    public static boolean compatibleSpeakers(Quote a, Quote b, List<String> anonymousNouns) {
        String sideA = blankToNull(a.getSpeakerSide());
        String sideB = blankToNull(b.getSpeakerSide());
        if (sideA != null && sideB != null && !sideA.equalsIgnoreCase(sideB)) {
            return false;
        }
        if (anonymous(a, anonymousNouns) || anonymous(b, anonymousNouns)) {
            return true;
        }
        List<String> ka = parsed(a).speakerKey;
        List<String> kb = parsed(b).speakerKey;
        return contains(ka, kb) || contains(kb, ka);
    }

    /**
     * Whether the speaker is not a named person: unknown, written with an article ({@code a Hamas
     * official}, {@code the group}), or a key whose last word is one of {@code anonymousNouns}
     * ({@code hamas official}, {@code he}).
     */
    public static boolean anonymous(Quote q, List<String> anonymousNouns) {
        Parsed p = parsed(q);
        Anonymity known = p.anonymity;
        if (known != null && known.nouns() == anonymousNouns) {
            return known.anonymous();
        }
        boolean anonymous = anonymous(p, anonymousNouns);
        p.anonymity = new Anonymity(anonymousNouns, anonymous);
        return anonymous;
    }

    private static boolean anonymous(Parsed p, List<String> anonymousNouns) {
        List<String> key = p.speakerKey;
        if (key.isEmpty()) {
            return true;
        }
        if (anonymousNouns.contains(key.get(key.size() - 1))) {
            return true;
        }
        List<String> written = p.speaker;
        return !written.isEmpty() && ARTICLES.contains(written.get(0));
    }

    /** The speaker as an editor names them: as written, else the key, else "an unnamed speaker". */
    public static String speakerOf(Quote q) {
        if (q.getSpeaker() != null && !q.getSpeaker().isBlank()) {
            return q.getSpeaker();
        }
        return q.getSpeakerKey() != null ? q.getSpeakerKey() : "an unnamed speaker";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Whether {@code outer} holds {@code inner} as a contiguous run of words. */
    static boolean contains(List<String> outer, List<String> inner) {
        if (inner.isEmpty() || inner.size() > outer.size()) {
            return false;
        }
        return Collections.indexOfSubList(outer, inner) >= 0;
    }

    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(w -> counts.merge(w, 1, Integer::sum));
        int common = 0;
        for (String w : b) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
