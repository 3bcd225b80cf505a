package dev.factcheck.core;

import dev.factcheck.core.model.Severity;

/**
 * When a check fails: more than {@code maxAllowed} findings at or above {@code severity}.
 */
public record Threshold(Severity severity, int maxAllowed) {

    /** The decision for one result. */
    public record Verdict(Threshold threshold, long counted, boolean failed) {
        public String describe() {
            return describe(true);
        }

        /** The threshold's outcome; when not enforced, a breach is reported without failing. */
        public String describe(boolean enforced) {
            return "threshold " + threshold.severity().id() + " (max " + threshold.maxAllowed() + "): " + counted
                    + " counted — " + (!failed ? "passed" : enforced ? "FAILED" : "exceeded (failOnViolation=false)");
        }
    }

    public Verdict evaluate(CheckResult result) {
        long counted = result.countAtLeast(severity);
        return new Verdict(this, counted, counted > maxAllowed);
    }
}
