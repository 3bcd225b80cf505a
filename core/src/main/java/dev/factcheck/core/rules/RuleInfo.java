package dev.factcheck.core.rules;

import dev.factcheck.core.model.Severity;

/** A rule id's metadata as reports show it: default severity and one-line summary. */
public record RuleInfo(String id, Severity severity, String summary, String source) {
}
