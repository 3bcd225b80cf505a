package dev.factcheck.core.report.html;

import java.util.regex.Pattern;

/**
 * The copy-paste entry that acknowledges one finding: rule id, article path and the claim's text —
 * what its fingerprint is made of — plus the editor's reason. Valid YAML whatever the text holds.
 */
final class Acknowledgements {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private Acknowledgements() {
    }

    /** An entry of the {@code acknowledgements:} list, indented as the file has it. */
    static String snippet(String rule, String article, String claimText) {
        return "  - rule: " + scalar(rule) + "\n"
                + "    article: " + scalar(article) + "\n"
                + "    claim: " + quoted(claimText == null ? "" : claimText) + "\n"
                + "    reason: \"\u2026\"\n";
    }

    static String scalar(String s) {
        if (s == null) {
            return "\"\"";
        }
        return PLAIN.matcher(s).matches() && !s.equals("true") && !s.equals("false") && !s.equals("null")
                && !s.equals("yes") && !s.equals("no") && !s.equals("on") && !s.equals("off") ? s : quoted(s);
    }

    /** A YAML double-quoted scalar: backslash, quote and every control or line-separator character escaped. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                            || c == '\ufeff' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
