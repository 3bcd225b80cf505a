package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news prose into paragraphs and sentences, as character offsets. A blank line always ends a
 * paragraph; a single line break ends one after terminal punctuation, before a Markdown list item or
 * heading, and after a one-line heading. Inside a paragraph a sentence ends at . ! ? (with any closing
 * quote marks) before a capital, a figure or an opening quote, except after abbreviations the
 * vocabulary lists ("Oct. 7", "Mr. Abu Marzouk", "U.S. officials") and at ellipses. A dateline
 * ("CAIRO (Reuters) –") is kept out of the first sentence.
 */
final class SentenceSplitter {
    record Span(int start, int end) {
    }

    record Paragraph(int start, int end, int datelineStart, int datelineEnd, List<Span> sentences) {
    }

    private static final Pattern MARKER = Pattern.compile("^\\s{0,3}(#{1,6}\\s|[-*+]\\s|\\d{1,3}[.)]\\s)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s");

    private final Vocabulary vocabulary;

    SentenceSplitter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Paragraph> split(String prose, String original, int from) {
        List<int[]> paras = paragraphs(prose, original, from);
        List<Paragraph> out = new ArrayList<>(paras.size());
        for (int[] p : paras) {
            int start = p[0];
            int dlStart = -1;
            int dlEnd = -1;
            if (out.size() < 3) {
                Matcher m = vocabulary.dateline.matcher(prose);
                m.region(start, p[1]);
                if (m.lookingAt() && hasCapitalWord(prose, start, m.end())) {
                    dlStart = start;
                    dlEnd = m.end();
                    start = skipSpace(prose, m.end(), p[1]);
                }
            }
            out.add(new Paragraph(p[0], p[1], dlStart, dlEnd, sentences(prose, start, p[1])));
        }
        return out;
    }

    private static boolean hasCapitalWord(String s, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                if (++run >= 3) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static List<int[]> paragraphs(String prose, String original, int from) {
        List<int[]> out = new ArrayList<>();
        int pStart = -1;
        int pEnd = -1;
        int pLines = 0;
        boolean prevTerminal = false;
        boolean prevHeading = false;
        int ls = from;
        int n = prose.length();
        while (ls <= n) {
            int nl = prose.indexOf('\n', ls);
            int le = nl < 0 ? n : nl;
            int a = skipSpace(prose, ls, le);
            int b = le;
            while (b > a && Character.isWhitespace(prose.charAt(b - 1))) {
                b--;
            }
            if (a >= b) {
                if (pStart >= 0) {
                    out.add(new int[]{pStart, pEnd});
                    pStart = -1;
                }
            } else {
                String origLine = original.substring(ls, le);
                boolean marker = MARKER.matcher(origLine).find();
                boolean heading = HEADING.matcher(origLine).find();
                boolean headlineBefore = pStart >= 0 && pLines == 1 && !prevTerminal && opensSentence(prose.charAt(a));
                if (pStart >= 0 && (prevTerminal || marker || prevHeading || headlineBefore)) {
                    out.add(new int[]{pStart, pEnd});
                    pStart = -1;
                }
                if (pStart < 0) {
                    pStart = a;
                    pLines = 0;
                }
                pEnd = b;
                pLines++;
                prevTerminal = endsTerminal(prose, a, b);
                prevHeading = heading;
            }
            if (nl < 0) {
                break;
            }
            ls = nl + 1;
        }
        if (pStart >= 0) {
            out.add(new int[]{pStart, pEnd});
        }
        return out;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘';
    }

    private static boolean endsTerminal(String s, int a, int b) {
        int i = b - 1;
        while (i >= a && isCloser(s.charAt(i))) {
            i--;
        }
        if (i < a) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static int skipSpace(String s, int i, int to) {
        while (i < to && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    List<Span> sentences(String s, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(s, from, to);
        for (int i = start; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (c == '.' && ((i + 1 < to && s.charAt(i + 1) == '.') || (i > from && s.charAt(i - 1) == '.'))) {
                continue;
            }
            int j = i + 1;
            while (j < to && isCloser(s.charAt(j))) {
                j++;
            }
            if (j >= to || !Character.isWhitespace(s.charAt(j))) {
                continue;
            }
            int k = skipSpace(s, j, to);
            while (k < to && (s.charAt(k) == '…' || s.charAt(k) == '.')) {
                k = skipSpace(s, k + 1, to);
            }
            if (k >= to) {
                continue;
            }
            char next = s.charAt(k);
            if (!(opensSentence(next) || next == '(' || next == '[' || next == '\'')) {
                continue;
            }
            if (c == '.' && !abbreviationAllowsBreak(s, from, i, k, to)) {
                continue;
            }
            out.add(new Span(start, j));
            start = skipSpace(s, j, to);
            i = j - 1;
        }
        if (start < to) {
            int e = to;
            while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
            if (e > start) {
                out.add(new Span(start, e));
            }
        }
        return out;
    }

    private boolean abbreviationAllowsBreak(String s, int from, int dot, int next, int to) {
        int w = dot;
        while (w > from && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        if (w == dot) {
            return true;
        }
        String word = s.substring(w, dot).toLowerCase(Locale.ROOT);
        if (dot - w == 1 && Character.isUpperCase(s.charAt(w))) {
            return false;
        }
        String cls = vocabulary.abbreviations.get(word);
        if (cls == null) {
            return true;
        }
        switch (cls) {
            case "never":
                return false;
            case "digit":
                return !Character.isDigit(s.charAt(next));
            default:
                int e = next;
                while (e < to && Character.isLetter(s.charAt(e))) {
                    e++;
                }
                return vocabulary.starters.contains(s.substring(next, e).toLowerCase(Locale.ROOT));
        }
    }
}
