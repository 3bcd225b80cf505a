package dev.factcheck.core.rules;

/** A rule kept firing past the configured bound, most likely because it re-triggers itself. */
public final class RunawayRuleException extends Exception {
    public RunawayRuleException(String message) {
        super(message);
    }
}
