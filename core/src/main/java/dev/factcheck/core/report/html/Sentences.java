package dev.factcheck.core.report.html;

import java.util.Locale;

/** Finds the figure in its sentence so the report can mark it. */
final class Sentences {
    private Sentences() {
    }

    /** A sentence cut around the marked words; {@code mark} is empty when they cannot be found. */
    record Highlight(String before, String mark, String after) {
    }

    /**
     * Marks the first of {@code candidates} found in the sentence (exactly, then ignoring case). A claim's
     * span ({@code 129 hostages remain}) is the best mark, its figure ({@code more than 33,100}) the next.
     */
    static Highlight highlight(String sentence, String... candidates) {
        if (sentence == null || sentence.isEmpty()) {
            for (String c : candidates) {
                if (c != null && !c.isBlank()) {
                    return new Highlight("", c, "");
                }
            }
            return new Highlight("", "", "");
        }
        for (boolean ignoreCase : new boolean[] {false, true}) {
            String hay = ignoreCase ? sentence.toLowerCase(Locale.ROOT) : sentence;
            for (String c : candidates) {
                if (c == null || c.isBlank()) {
                    continue;
                }
                String needle = ignoreCase ? c.toLowerCase(Locale.ROOT) : c;
                int at = hay.indexOf(needle);
                if (at >= 0 && hay.length() == sentence.length()) {
                    int end = at + needle.length();
                    return new Highlight(sentence.substring(0, at), sentence.substring(at, end), sentence.substring(end));
                }
            }
        }
        return new Highlight(sentence, "", "");
    }
}
