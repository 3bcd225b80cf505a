package dev.factcheck.core.extract;

/** Text cut from the prose as it goes into a claim: runs of white space become one space, ends trimmed. */
final class Prose {
    private Prose() {
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

    /** A straight or curly double quote mark. */
    static boolean isQuoteMark(Tokens t, int k) {
        return t.is(k, "“") || t.is(k, "”") || t.is(k, "\"");
    }
}
