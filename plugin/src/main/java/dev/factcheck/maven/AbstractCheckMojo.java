package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.Threshold;
import dev.factcheck.core.article.ArticleLoader;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.report.ConsoleReport;
import dev.factcheck.core.report.ReportOptions;
import dev.factcheck.core.report.ReportWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The check itself, shared by {@code check} (one project) and {@code aggregate} (a whole reactor). */
abstract class AbstractCheckMojo extends AbstractFactcheckMojo {

    /**
     * The report formats to write, comma-separated: {@code html}, {@code json}, {@code sarif},
     * {@code junit}. The JSON report is always written: every format and the build decision are made
     * from the same result.
     */
    @Parameter(property = "factcheck.formats", defaultValue = "html,json")
    protected List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "factcheck.outputDirectory", defaultValue = "${project.build.directory}/factcheck")
    protected File outputDirectory;

    /**
     * Fails the build when more than {@code maxAllowedViolations} open findings (neither acknowledged
     * nor suppressed) reach {@code violationSeverity}. Set to false to report without failing.
     */
    @Parameter(property = "factcheck.failOnViolation", defaultValue = "true")
    protected boolean failOnViolation;

    /** The lowest severity that counts against the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "factcheck.violationSeverity", defaultValue = "error")
    protected String violationSeverity;

    /** How many open findings at or above {@code violationSeverity} are tolerated before the build fails. */
    @Parameter(property = "factcheck.maxAllowedViolations", defaultValue = "0")
    protected int maxAllowedViolations;

    /** Fails the build when a suppression entry matched no finding (it is always logged). */
    @Parameter(property = "factcheck.failOnUnusedSuppression", defaultValue = "false")
    protected boolean failOnUnusedSuppression;

    /** The request to check, or null when there is nothing to check. */
    protected abstract CheckRequest checkRequest() throws MojoExecutionException;

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
        CheckRequest request = checkRequest();
        if (request == null) {
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
        Path main = writeReports(writers, result);
        logResult(request, result);
        if (!result.errors().isEmpty()) {
            getLog().error("factcheck: the other articles were checked; report: " + display(main));
            throw badArticles(request, result);
        }
        Threshold.Verdict verdict = threshold.evaluate(result);
        String summary = ConsoleReport.summary(result, verdict, display(main), failOnViolation);
        if (verdict.failed() && failOnViolation) {
            getLog().error(summary);
            throw new MojoFailureException("factcheck: " + verdict.counted() + " open finding"
                    + (verdict.counted() == 1 ? "" : "s") + " at or above " + severity.id() + " (max allowed "
                    + maxAllowedViolations + "); see " + display(main));
        }
        if (failOnUnusedSuppression && !result.unusedSuppressions().isEmpty()) {
            getLog().error(summary);
            throw new MojoFailureException("factcheck: " + result.unusedSuppressions().size()
                    + " suppression entries matched no finding (factcheck.failOnUnusedSuppression)");
        }
        getLog().info(summary);
    }

    private Path writeReports(List<ReportWriter> writers, CheckResult result) throws MojoExecutionException {
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
        return main;
    }

    /** Warnings, cache use, notices about acknowledgements and suppressions, then one line per finding. */
    protected void logResult(CheckRequest request, CheckResult result) {
        for (ArticleProblem p : result.warnings()) {
            String line = articlePath(request, p.path()) + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message();
            if (p.fatal()) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (request.cacheFile() != null) {
            getLog().info("factcheck: " + result.fromCache() + " of " + result.articles().size()
                    + " articles from the cache");
        }
        for (String n : result.notices()) {
            getLog().warn("factcheck: " + n);
        }
        for (String n : result.unusedSuppressions()) {
            getLog().warn("factcheck: " + n);
        }
        List<String> lines = ConsoleReport.findingLines(result, p -> articlePath(request, p));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            switch (result.findings().get(i).isOpen() ? result.findings().get(i).getSeverity() : Severity.INFO) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        }
    }

    /** An article's report path as the user can open it: from the project directory. */
    protected String articlePath(CheckRequest request, String reportPath) {
        return display(ArticleLoader.reportRoot(request.articleDirectories()).resolve(reportPath));
    }
}
