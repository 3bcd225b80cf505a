package dev.factcheck.core.rules;

import java.util.List;

/** The rule pack does not compile, or a rule's metadata is malformed; each message names file and line. */
public final class RuleCompileException extends Exception {
    private final List<String> problems;

    public RuleCompileException(List<String> problems) {
        super("rules do not compile:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
