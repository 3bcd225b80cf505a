package dev.factcheck.core.report;

import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The console's words: one compiler-style line per finding and one summary line. */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /**
     * {@code articles/draft.md:14:22: error: [stale-figure] message}, with the article path mapped to
     * what the user can click (relative to the project).
     */
    public static List<String> findingLines(CheckResult result, Function<String, String> displayPath) {
        List<String> lines = new ArrayList<>();
        for (Finding f : result.findings()) {
            String line = displayPath.apply(f.getArticle()) + ":" + f.getLine() + ":" + f.getColumn() + ": "
                    + f.getSeverity().id() + ": [" + f.getRule() + "] " + f.getMessage();
            if (f.getDisposition() != null) {
                line += " (" + f.getDisposition().kind().id() + ": " + f.getDisposition().reason() + ")";
            }
            lines.add(line);
        }
        return lines;
    }

    public static String summary(CheckResult result, Threshold.Verdict verdict, String reportPath) {
        return summary(result, verdict, reportPath, true);
    }

    public static String summary(CheckResult result, Threshold.Verdict verdict, String reportPath, boolean enforced) {
        Map<Severity, Integer> c = result.countsBySeverity();
        return "factcheck: " + result.articles().size() + " articles, " + result.claims().size() + " claims; "
                + plural(c.get(Severity.ERROR), "error") + ", " + plural(c.get(Severity.WARNING), "warning") + ", "
                + c.get(Severity.INFO) + " info open; " + result.countAcknowledged() + " acknowledged, "
                + result.countSuppressed() + " suppressed; " + verdict.describe(enforced)
                + (reportPath == null ? "" : "; report: " + reportPath);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
