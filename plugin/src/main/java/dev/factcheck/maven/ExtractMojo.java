package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.report.JsonReportWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes what the checker sees — every claim and quote with its quantity, interval, date and
 * attribution — to {@code factcheck-claims.json}, without running any rule. For checking the
 * extraction of a new kind of story.
 */
@Mojo(name = "extract", threadSafe = true, requiresProject = false)
public class ExtractMojo extends AbstractFactcheckMojo {

    /** Where {@code factcheck-claims.json} is written. */
    @Parameter(property = "factcheck.outputDirectory", defaultValue = "${project.build.directory}/factcheck")
    protected File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("factcheck: skipped (factcheck.skip)");
            return;
        }
        CheckRequest request = request();
        if (request == null) {
            getLog().info("factcheck: no articles directory (set factcheck.articles); nothing to extract");
            return;
        }
        Factcheck.Analysis a;
        try {
            a = Engines.factcheck().analyse(request);
        } catch (FactcheckException e) {
            throw new MojoExecutionException("factcheck: " + e.getMessage(), e);
        }
        CheckResult claimsOnly = new CheckResult(a.articles(), a.claims(), a.quotes(), List.of(), a.warnings(),
                Map.of(), List.of(), List.of(), a.fromCache());
        try {
            Path written = new JsonReportWriter(JsonReportWriter.CLAIMS_FILE_NAME).write(claimsOnly,
                    outputDirectory.toPath());
            getLog().info("factcheck: " + a.claims().size() + " claims and " + a.quotes().size() + " quotes from "
                    + a.articles().size() + " articles (" + a.fromCache() + " from the cache); written to "
                    + display(written));
        } catch (IOException e) {
            throw new MojoExecutionException("factcheck: cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (!claimsOnly.errors().isEmpty()) {
            throw badArticles(request, claimsOnly);
        }
    }
}
