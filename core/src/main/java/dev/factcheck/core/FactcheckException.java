package dev.factcheck.core;

import java.util.List;

/**
 * The check could not run: bad configuration, unreadable input, malformed front matter or rules that
 * do not compile. Each problem names the file and line. Distinct from findings, which are results.
 */
public final class FactcheckException extends Exception {
    private final List<String> problems;

    public FactcheckException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : ":\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    public FactcheckException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    public List<String> problems() {
        return problems;
    }
}
