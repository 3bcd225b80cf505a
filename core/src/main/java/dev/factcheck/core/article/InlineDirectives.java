package dev.factcheck.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <!-- factcheck-… -->} comments of one article, in markdownlint's grammar:
 * {@code factcheck-disable-next-line contradiction -- reason}, {@code -disable-line},
 * {@code -disable} / {@code -enable} and {@code -disable-file}. No rule ids means every rule.
 */
public final class InlineDirectives {
    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*factcheck-(disable-next-line|disable-line|disable-file|disable|enable)\\b(.*?)-->", Pattern.DOTALL);
    public static final InlineDirectives NONE = new InlineDirectives(List.of());

    /** Rules (empty = all) switched off over lines [from, to], with the reason given. */
    public record Range(int from, int to, Set<String> rules, String reason, int commentLine) {
        boolean covers(String rule, int line) {
            return line >= from && line <= to && (rules.isEmpty() || rules.contains(rule));
        }
    }

    private final List<Range> ranges;

    public InlineDirectives(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public List<Range> ranges() {
        return ranges;
    }

    public static InlineDirectives parse(SourceText text) {
        String s = text.original();
        List<Range> ranges = new ArrayList<>();
        List<Range> open = new ArrayList<>();
        int last = text.lineCount();
        Matcher m = COMMENT.matcher(s);
        while (m.find()) {
            int line = text.line(m.start());
            String rest = m.group(2).strip();
            String reason = null;
            int dashes = rest.indexOf("--");
            if (dashes >= 0) {
                reason = rest.substring(dashes + 2).strip();
                rest = rest.substring(0, dashes).strip();
            }
            Set<String> rules = rest.isEmpty() ? Set.of() : Set.of(rest.split("[\\s,]+"));
            switch (m.group(1)) {
                case "disable-next-line" -> ranges.add(new Range(line + 1, line + 1, rules, reason, line));
                case "disable-line" -> ranges.add(new Range(line, line, rules, reason, line));
                case "disable-file" -> ranges.add(new Range(1, last, rules, reason, line));
                case "disable" -> open.add(new Range(line, last, rules, reason, line));
                default -> {
                    for (int i = open.size() - 1; i >= 0; i--) {
                        Range r = open.get(i);
                        if (rules.isEmpty() || r.rules().equals(rules)) {
                            ranges.add(new Range(r.from(), line, r.rules(), r.reason(), r.commentLine()));
                            open.remove(i);
                        }
                    }
                }
            }
        }
        ranges.addAll(open);
        return new InlineDirectives(ranges);
    }

    /** The directive that switches the rule off on the line, or null. */
    public Range find(String rule, int line) {
        for (Range r : ranges) {
            if (r.covers(rule, line)) {
                return r;
            }
        }
        return null;
    }
}
