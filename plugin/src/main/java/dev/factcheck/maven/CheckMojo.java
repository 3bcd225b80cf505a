package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.report.ConsoleReport;
import dev.factcheck.core.report.ReportOptions;
import dev.factcheck.core.report.ReportWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the articles: extracts every figure and quote, runs the rules, writes the reports, prints
 * one line per finding and a summary, and fails the build when more findings than allowed reach the
 * configured severity.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractFactcheckMojo {

    /**
     * The report formats to write, comma-separated: {@code json}, {@code html}, {@code sarif},
     * {@code junit}. The JSON report is always written, since the other formats and the build
     * decision are made from the same result.
     */
    @Parameter(property = "factcheck.formats", defaultValue = "json,html")
    protected List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "factcheck.outputDirectory", defaultValue = "${project.build.directory}/factcheck")
    protected File outputDirectory;

    /**
     * Fails the build when more than {@code maxAllowedViolations} findings at or above
     * {@code violationSeverity} are found. Set to false to report without failing.
     */
    @Parameter(property = "factcheck.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /**
     * The lowest severity that counts against the build: {@code error}, {@code warning} or
     * {@code info}.
     */
    @Parameter(property = "factcheck.violationSeverity", defaultValue = "error")
    protected String violationSeverity;

    /** How many findings at or above {@code violationSeverity} are tolerated before the build fails. */
    @Parameter(property = "factcheck.maxAllowedViolations", defaultValue = "0")
    protected int maxAllowedViolations;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("factcheck: skipped (factcheck.skip)");
            return;
        }
        Severity severity = Severity.parse(violationSeverity);
        if (severity == null) {
            throw new MojoExecutionException("factcheck.violationSeverity must be error, warning or info, not '"
                    + violationSeverity + "'");
        }
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("factcheck.maxAllowedViolations must be 0 or more, not "
                    + maxAllowedViolations);
        }
        CheckRequest request = request();
        if (request == null) {
            getLog().info("factcheck: no articles directory at " + display(resolve("articles"))
                    + " (set factcheck.articles); nothing to check");
            return;
        }
        Threshold threshold = new Threshold(severity, maxAllowedViolations);
        List<ReportWriter> writers = Reports.writers(formats,
                new ReportOptions(threshold, p -> articlePath(request, p)));
        CheckResult result;
        try {
            result = Engines.factcheck().check(request);
        } catch (FactcheckException e) {
            throw new MojoExecutionException("factcheck: " + e.getMessage(), e);
        }
        Path out = outputDirectory.toPath();
        Path main = null;
        try {
            for (ReportWriter w : writers) {
                Path written = w.write(result, out);
                if (main == null) {
                    main = written;
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("factcheck: cannot write reports to " + out + ": " + e.getMessage(), e);
        }
        for (ArticleProblem p : result.warnings()) {
            getLog().warn(articlePath(request, p.path()) + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message());
        }
        Threshold.Verdict verdict = threshold.evaluate(result);
        for (String line : ConsoleReport.findingLines(result, p -> articlePath(request, p))) {
            if (line.contains(": error: ")) {
                getLog().error(line);
            } else if (line.contains(": warning: ")) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        String summary = ConsoleReport.summary(result, verdict, display(main));
        if (verdict.failed() && failOnViolation) {
            getLog().error(summary);
            throw new MojoFailureException("factcheck: " + verdict.counted() + " finding"
                    + (verdict.counted() == 1 ? "" : "s") + " at or above " + severity.id() + " (max allowed "
                    + maxAllowedViolations + "); see " + display(main));
        }
        getLog().info(summary);
    }

    /** An article's report path as the user can open it: through its articles directory. */
    private String articlePath(CheckRequest request, String reportPath) {
        List<Path> dirs = request.articleDirectories();
        if (dirs.size() == 1) {
            return display(dirs.get(0).resolve(reportPath));
        }
        int slash = reportPath.indexOf('/');
        for (Path d : dirs) {
            if (slash > 0 && d.getFileName().toString().equals(reportPath.substring(0, slash))) {
                return display(d.resolve(reportPath.substring(slash + 1)));
            }
        }
        return reportPath;
    }
}
