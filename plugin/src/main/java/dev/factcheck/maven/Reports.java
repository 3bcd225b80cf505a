package dev.factcheck.maven;

import dev.factcheck.core.report.JsonReportWriter;
import dev.factcheck.core.report.ReportFormats;
import dev.factcheck.core.report.ReportOptions;
import dev.factcheck.core.report.ReportWriter;
import org.apache.maven.plugin.MojoExecutionException;

import java.util.ArrayList;
import java.util.List;

/** Turns the {@code formats} parameter into writers; the JSON report is always among them. */
final class Reports {
    private Reports() {
    }

    static List<ReportWriter> writers(List<String> formats, ReportOptions options) throws MojoExecutionException {
        List<String> names = new ArrayList<>(AbstractFactcheckMojo.split(formats));
        List<ReportWriter> writers;
        try {
            writers = new ArrayList<>(ReportFormats.writers(names, options));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("factcheck.formats: " + e.getMessage());
        }
        writers.sort((a, b) -> Boolean.compare(!isPrimary(a), !isPrimary(b)));
        if (writers.stream().noneMatch(w -> w instanceof JsonReportWriter)) {
            writers.add(new JsonReportWriter());
        }
        return writers;
    }

    /** The HTML report, when asked for, is the one whose path ends the log. */
    private static boolean isPrimary(ReportWriter w) {
        return w.fileName().endsWith(".html");
    }
}
