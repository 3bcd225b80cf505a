package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the articles of every module of a multi-module editorial repository together, so a draft
 * in one desk's module is checked against wire copy in another's, and writes one report. Run it from
 * the top of the repository: {@code mvn factcheck:aggregate}.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends AbstractCheckMojo {

    /** The modules of this build. */
    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    protected List<MavenProject> reactorProjects;

    @Override
    protected CheckRequest checkRequest() throws MojoExecutionException {
        List<Path> dirs = new ArrayList<>();
        List<String> names = split(articles == null || articles.isEmpty() ? List.of("articles") : articles);
        for (MavenProject p : reactorProjects) {
            for (String name : names) {
                Path candidate = Path.of(name).isAbsolute() ? Path.of(name) : p.getBasedir().toPath().resolve(name);
                candidate = candidate.normalize();
                if (Files.isDirectory(candidate) && !dirs.contains(candidate)) {
                    dirs.add(candidate);
                }
            }
        }
        if (dirs.isEmpty()) {
            getLog().info("factcheck: no module has an articles directory (" + String.join(", ", names)
                    + "); nothing to check");
            return null;
        }
        CheckRequest base = request(dirs);
        getLog().info("factcheck: aggregating " + dirs.size() + " articles directories");
        return base;
    }
}
