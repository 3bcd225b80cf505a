package dev.factcheck.core.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * Word, number and punctuation tokens of a stretch of prose, as parallel arrays of offsets into the
 * text (no token objects). {@code lower} is the lower-cased token with curly apostrophes straightened.
 */
final class Tokens {
    static final byte WORD = 1;
    static final byte NUMBER = 2;
    static final byte PUNCT = 3;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] lower;
    /** {@code lower[i].hashCode()}, computed while lower-casing, for the vocabulary's word filters. */
    int[] hash;
    byte[] type;
    boolean[] spaceBefore;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        lower = new String[capacity];
        hash = new int[capacity];
        type = new byte[capacity];
        spaceBefore = new boolean[capacity];
    }

    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text, Math.max(8, (to - from) / 4));
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                i++;
                continue;
            }
            int j;
            byte kind;
            if (Character.isDigit(c)) {
                j = i + 1;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isDigit(d)) {
                        j++;
                    } else if ((d == ',' || d == '.') && j + 1 < to && Character.isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                kind = NUMBER;
            } else if (Character.isLetter(c)) {
                j = wordEnd(text, i, to);
                kind = WORD;
            } else if (c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
                j = i + 3;
                kind = PUNCT;
            } else if ((c == '\'' || c == '’') && i + 1 < to && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2))) && (!space || i == from)) {
                j = i + 2;
                kind = WORD;
            } else {
                j = i + 1;
                kind = PUNCT;
            }
            t.add(i, j, kind, space);
            space = false;
            i = j;
        }
        return t;
    }

    private static int wordEnd(String text, int i, int to) {
        if (i + 3 < to && text.charAt(i + 1) == '.' && Character.isLetter(text.charAt(i + 2)) && text.charAt(i + 3) == '.') {
            int j = i;
            while (j + 1 < to && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.') {
                j += 2;
            }
            return j;
        }
        int j = i + 1;
        while (j < to) {
            char d = text.charAt(j);
            if (d < 0x80 && (d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9')) {
                // The common case, decided without the Unicode tables.
                j++;
            } else if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
            } else if ((d == '\'' || d == '’') && j + 1 < to && Character.isLetter(text.charAt(j + 1))
                    && !((text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                    && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2))))) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private void add(int s, int e, byte kind, boolean space) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            lower = Arrays.copyOf(lower, n);
            hash = Arrays.copyOf(hash, n);
            type = Arrays.copyOf(type, n);
            spaceBefore = Arrays.copyOf(spaceBefore, n);
        }
        start[size] = s;
        end[size] = e;
        setLower(s, e);
        type[size] = kind;
        spaceBefore[size] = space;
        size++;
    }

    /**
     * Sets {@code lower[size]} to {@code normal(text.substring(s, e))} and {@code hash[size]} to its hash
     * code. Plain ASCII tokens (most of them) take a shortcut: they are lower-cased char by char, which
     * for ASCII is exactly what {@code toLowerCase(Locale.ROOT)} does, and hashed on the way with
     * {@link String#hashCode}'s formula.
     */
    private void setLower(int s, int e) {
        boolean upper = false;
        int h = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                String l = normal(text.substring(s, e));
                lower[size] = l;
                hash[size] = l.hashCode();
                return;
            }
            if (c >= 'A' && c <= 'Z') {
                upper = true;
                c += 'a' - 'A';
            }
            h = 31 * h + c;
        }
        hash[size] = h;
        if (!upper) {
            lower[size] = text.substring(s, e);
            return;
        }
        char[] out = new char[e - s];
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            out[i - s] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        lower[size] = new String(out);
    }

    static String normal(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.indexOf('’') >= 0 ? l.replace('’', '\'') : l;
    }

    /** Whether {@code c} is whitespace as the regex class {@code \\s} means it: space, tab, line feed, VT, form feed, CR. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code s.replaceAll("\\s+", " ")} without a regex: every run of {@link #isRegexSpace} characters
     * becomes one space. Returns {@code s} itself when nothing changes.
     */
    static String collapseSpace(String s) {
        int n = s.length();
        int i = 0;
        // Find the first place that needs rewriting: a non-space whitespace char or a run of two or more.
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c) && (c != ' ' || (i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                sb.append(' ');
                do {
                    i++;
                } while (i < n && isRegexSpace(s.charAt(i)));
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** A phrase from the vocabulary as the lower-case tokens it is matched against. */
    static String[] words(String phrase) {
        Tokens t = of(phrase, 0, phrase.length());
        return Arrays.copyOf(t.lower, t.size);
    }

    String text(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Text from the start of token {@code from} to the end of token {@code to - 1}. */
    String text(int from, int to) {
        return to <= from ? "" : text.substring(start[from], end[to - 1]);
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && type[i] == WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && type[i] == NUMBER;
    }

    boolean is(int i, String lowerText) {
        return i >= 0 && i < size && lower[i].equals(lowerText);
    }

    boolean capitalised(int i) {
        return i >= 0 && i < size && type[i] == WORD && Character.isUpperCase(text.charAt(start[i]));
    }

    /** Whether token {@code i} is written right against the one before it. */
    boolean attached(int i) {
        return i > 0 && i < size && !spaceBefore[i];
    }

    /** First token index whose start is at or after {@code offset}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
