package dev.factcheck.core.report;

import dev.factcheck.core.Threshold;

import java.util.function.UnaryOperator;

/**
 * What writers need beyond the result: the threshold the build applies, and how an article's report
 * path becomes a path from the repository root (SARIF viewers and CI annotations want those).
 */
public record ReportOptions(Threshold threshold, UnaryOperator<String> repositoryPath) {
    public static ReportOptions defaults() {
        return new ReportOptions(null, UnaryOperator.identity());
    }
}
