package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks the articles: extracts every figure and quote, runs the rules, writes the reports, prints
 * one line per finding and a summary, and fails the build when more open findings than allowed reach
 * the configured severity. Runs at {@code verify}; analyses once.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractCheckMojo {

    @Override
    protected CheckRequest checkRequest() throws MojoExecutionException {
        CheckRequest request = request();
        if (request == null) {
            getLog().info("factcheck: no articles directory at " + display(resolve("articles"))
                    + " (set factcheck.articles); nothing to check");
        }
        return request;
    }
}
