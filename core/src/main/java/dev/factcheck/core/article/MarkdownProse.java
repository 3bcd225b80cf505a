package dev.factcheck.core.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article file into prose of the same length: Markdown syntax, HTML comments and tags, code,
 * and page cruft become spaces; line breaks stay, so every offset keeps its line and column.
 */
final class MarkdownProse {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern RULE_LINE = Pattern.compile("^\\s{0,3}([-=*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?=\\s|$)");
    private static final Pattern HEADING_CLOSE = Pattern.compile("\\s#+\\s*$");
    private static final Pattern QUOTE_MARKER = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)](\\([^)\\n]*\\)|\\[[^\\]\\n]*])");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?|mailto):[^>\\s]*>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern CODE = Pattern.compile("`+[^`\\n]*`+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");

    private MarkdownProse() {
    }

    static String of(String original, int bodyStart, PageCruft cruft) {
        char[] out = original.toCharArray();
        blank(out, 0, bodyStart);
        Matcher comments = COMMENT.matcher(original);
        comments.region(bodyStart, original.length());
        while (comments.find()) {
            blank(out, comments.start(), comments.end());
        }
        boolean inFence = false;
        int start = bodyStart;
        while (start <= original.length()) {
            int nl = original.indexOf('\n', start);
            int end = nl < 0 ? original.length() : nl;
            String line = new String(out, start, end - start);
            char first = firstNonSpace(line);
            if ((first == '`' || first == '~') && FENCE.matcher(line).find()) {
                blank(out, start, end);
                inFence = !inFence;
            } else if (inFence || (first == '-' || first == '=' || first == '*' || first == '_')
                    && RULE_LINE.matcher(line).matches()) {
                blank(out, start, end);
            } else {
                blankLine(out, start, line);
                if (cruft.matches(new String(out, start, end - start))) {
                    blank(out, start, end);
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return new String(out);
    }

    /** The first character that is not regex whitespace, or 0. */
    private static char firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u000B' && c != '\f' && c != '\r' && c != '\n') {
                return c;
            }
        }
        return 0;
    }

    // Each pattern runs only when the line holds a character it cannot match without: most lines of
    // prose hold none, and these patterns run on every line of every article.
    private static void blankLine(char[] out, int start, String line) {
        if (line.indexOf('>') >= 0) {
            blankFirst(out, start, line, QUOTE_MARKER);
            line = new String(out, start, line.length());
        }
        char first = firstNonSpace(line);
        Matcher heading = first == '#' ? HEADING.matcher(line) : null;
        if (heading != null && heading.find()) {
            blank(out, start + heading.start(), start + heading.end());
            Matcher close = HEADING_CLOSE.matcher(line);
            if (close.find()) {
                blank(out, start + close.start(), start + close.end());
            }
        } else if (first == '-' || first == '*' || first == '+' || (first >= '0' && first <= '9')) {
            blankFirst(out, start, line, LIST_MARKER);
        }
        line = new String(out, start, line.length());
        if (line.indexOf('[') >= 0) {
            if (line.indexOf('!') >= 0) {
                blankAll(out, start, line, IMAGE);
                line = new String(out, start, line.length());
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                out[start + link.start()] = ' ';
                blank(out, start + link.end(1), start + link.end());
            }
            line = new String(out, start, line.length());
        }
        if (line.indexOf('<') >= 0) {
            blankAll(out, start, line, AUTOLINK);
            blankAll(out, start, line, TAG);
        }
        if (line.indexOf('`') >= 0) {
            blankAll(out, start, line, CODE);
        }
        if (line.indexOf('*') >= 0 || line.indexOf('_') >= 0) {
            line = new String(out, start, line.length());
            blankAll(out, start, line, EMPHASIS);
        }
    }

    private static void blankFirst(char[] out, int start, String line, Pattern p) {
        Matcher m = p.matcher(line);
        if (m.find()) {
            blank(out, start + m.start(), start + m.end());
        }
    }

    private static void blankAll(char[] out, int start, String line, Pattern p) {
        Matcher m = p.matcher(line);
        while (m.find()) {
            blank(out, start + m.start(), start + m.end());
        }
    }

    private static void blank(char[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out[i] != '\n' && out[i] != '\r') {
                out[i] = ' ';
            }
        }
    }
}
