package dev.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in paragraphs: curly and straight double quote marks. A paragraph that
 * opens a quote without closing it continues into the next paragraph when that one opens with a quote
 * mark (the newspaper convention for multi-paragraph quotes).
 */
final class QuoteReader {
    /** A quotation: from its opening mark to after its closing mark, and the quoted text runs. */
    static final class Span {
        final int open;
        int end;
        final List<int[]> parts = new ArrayList<>();
        final int firstParagraph;
        int lastParagraph;

        Span(int open, int paragraph) {
            this.open = open;
            this.firstParagraph = paragraph;
            this.lastParagraph = paragraph;
        }

        String text(String prose) {
            StringBuilder sb = new StringBuilder();
            for (int[] p : parts) {
                String s = prose.substring(p[0], p[1]).strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
            return Tokens.collapseSpace(sb.toString());
        }
    }

    List<Span> read(String prose, List<SentenceSplitter.Paragraph> paragraphs) {
        List<Span> out = new ArrayList<>();
        Span open = null;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            SentenceSplitter.Paragraph p = paragraphs.get(pi);
            int i = p.start();
            int partStart = -1;
            if (open != null) {
                char c = prose.charAt(i);
                if (c == '“' || c == '"') {
                    partStart = i + 1;
                    open.lastParagraph = pi;
                    i++;
                } else {
                    out.add(open);
                    open = null;
                }
            }
            for (; i < p.end(); i++) {
                char c = prose.charAt(i);
                boolean inQuote = open != null;
                if (c == '“' && !inQuote) {
                    open = new Span(i, pi);
                    partStart = i + 1;
                } else if ((c == '”' || c == '"') && inQuote) {
                    open.parts.add(new int[]{partStart, i});
                    open.end = i + 1;
                    out.add(open);
                    open = null;
                } else if (c == '"' && (i == p.start() || opensBefore(prose.charAt(i - 1)))) {
                    open = new Span(i, pi);
                    partStart = i + 1;
                }
            }
            if (open != null) {
                open.parts.add(new int[]{partStart, p.end()});
                open.end = p.end();
            }
        }
        if (open != null) {
            out.add(open);
        }
        return out;
    }

    private static boolean opensBefore(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == '‘' || c == ':';
    }

    /** Lower case, no punctuation or quote marks, ellipses as joins, single spaces. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '’' || c == '‘' && !space) {
                continue;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }
}
