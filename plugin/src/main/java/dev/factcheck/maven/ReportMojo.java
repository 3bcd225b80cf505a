package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.policy.PolicyOptions;
import dev.factcheck.core.report.ReportFormats;
import dev.factcheck.core.report.ReportOptions;
import dev.factcheck.core.report.ReportWriter;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The factcheck report as a page of the project site ({@code mvn site}): the same self-contained HTML
 * report the check goal writes, linked from the site's project reports.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The directories holding the articles; see the check goal. */
    @Parameter(property = "factcheck.articles", defaultValue = "articles")
    protected List<String> articles;

    /** Globs of files to read; see the check goal. */
    @Parameter(property = "factcheck.includes")
    protected List<String> includes;

    /** Globs of files to leave out; see the check goal. */
    @Parameter(property = "factcheck.excludes")
    protected List<String> excludes;

    /** The character encoding of the article files. */
    @Parameter(property = "factcheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** A directory of the newsroom's own DRL rules; see the check goal. */
    @Parameter(property = "factcheck.rulesDirectory", defaultValue = "${project.basedir}/src/main/factcheck/rules")
    protected File rulesDirectory;

    /** The acknowledgements file; see the check goal. */
    @Parameter(property = "factcheck.acknowledgements", defaultValue = "${project.basedir}/factcheck-acknowledgements.yaml")
    protected File acknowledgements;

    /** Per-rule severities; see the check goal. */
    @Parameter
    protected Map<String, String> severityOverrides;

    /** Skips the report. */
    @Parameter(property = "factcheck.skip", defaultValue = "false")
    protected boolean skip;

    @Override
    public String getOutputName() {
        return "factcheck-report";
    }

    @Override
    public String getName(Locale locale) {
        return "factcheck";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Figures and quotes in the articles that contradict other sources or have been superseded.";
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && !articleDirectories().isEmpty();
    }

    private List<Path> articleDirectories() {
        List<Path> dirs = new ArrayList<>();
        for (String a : AbstractFactcheckMojo.split(articles)) {
            Path p = Path.of(a).isAbsolute() ? Path.of(a) : project.getBasedir().toPath().resolve(a);
            if (Files.isDirectory(p)) {
                dirs.add(p.normalize());
            }
        }
        return dirs;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Charset charset = Charset.forName(encoding == null || encoding.isBlank() ? "UTF-8" : encoding);
        PolicyOptions policy = new PolicyOptions(severityOverrides, "auto",
                acknowledgements != null && acknowledgements.isFile() ? acknowledgements.toPath() : null, List.of(),
                false, LocalDate.now());
        CheckRequest request = new CheckRequest(articleDirectories(), AbstractFactcheckMojo.split(includes),
                AbstractFactcheckMojo.split(excludes), charset,
                rulesDirectory != null && rulesDirectory.isDirectory() ? rulesDirectory.toPath() : null, null, null,
                Runtime.getRuntime().availableProcessors(), policy, null);
        try {
            CheckResult result = Engines.factcheck().check(request);
            for (ReportWriter w : ReportFormats.writers(List.of("html"), ReportOptions.defaults())) {
                Path written = w.write(result, getReportOutputDirectory().toPath());
                getLog().info("factcheck: site report written to " + written);
            }
        } catch (FactcheckException | IOException e) {
            throw new MavenReportException("factcheck: " + e.getMessage(), e);
        }
    }
}
