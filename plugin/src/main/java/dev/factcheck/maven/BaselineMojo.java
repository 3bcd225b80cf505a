package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.policy.Acknowledgements;
import dev.factcheck.core.report.ReportFiles;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.util.List;

/**
 * Writes or refreshes the acknowledgements file from today's findings: every finding that is not
 * suppressed gets an entry; entries that still match keep their reason and {@code until} date; new
 * ones get a "TODO" reason for the editor to fill in. Entries that match nothing any more are dropped.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractFactcheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("factcheck: skipped (factcheck.skip)");
            return;
        }
        CheckRequest request = request();
        if (request == null) {
            getLog().info("factcheck: no articles directory (set factcheck.articles); nothing to baseline");
            return;
        }
        CheckResult result;
        Acknowledgements existing;
        try {
            result = Engines.factcheck().check(request);
            existing = Acknowledgements.read(request.policy().acknowledgements());
        } catch (FactcheckException e) {
            throw new MojoExecutionException("factcheck: " + e.getMessage(), e);
        }
        if (!result.errors().isEmpty()) {
            throw badArticles(request, result);
        }
        List<Finding> toAcknowledge = result.findings().stream()
                .filter(f -> f.isOpen() || f.getDisposition().kind() == Disposition.Kind.ACKNOWLEDGED).toList();
        try {
            ReportFiles.writeAtomically(acknowledgements.toPath(), Acknowledgements.baseline(toAcknowledge, existing));
        } catch (IOException e) {
            throw new MojoExecutionException("factcheck: cannot write " + acknowledgements + ": " + e.getMessage(), e);
        }
        long fresh = toAcknowledge.stream().filter(Finding::isOpen).count();
        getLog().info("factcheck: " + display(acknowledgements.toPath()) + " now acknowledges " + toAcknowledge.size()
                + " findings (" + fresh + " new: give each a reason)");
    }
}
