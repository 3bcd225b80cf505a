package dev.factcheck.maven;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.article.ArticleLoader;
import dev.factcheck.core.policy.PolicyOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Parameters every goal that reads articles shares, and their translation into a {@link CheckRequest}. */
abstract class AbstractFactcheckMojo extends AbstractMojo {

    /** The project's base directory: relative paths in the parameters are resolved against it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /**
     * Skips factcheck entirely. Useful to switch the check off for one build:
     * {@code mvn verify -Dfactcheck.skip}.
     */
    @Parameter(property = "factcheck.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The directories holding the articles, searched recursively. From the command line, a
     * comma-separated list: {@code -Dfactcheck.articles=articles,wire}. Relative paths are resolved
     * against the project's base directory. When left at its default and the directory does not
     * exist, the goal does nothing; a directory named explicitly must exist.
     */
    @Parameter(property = "factcheck.articles", defaultValue = "articles")
    protected List<String> articles;

    /**
     * Globs, relative to each articles directory, of the files to read. Default: every {@code .md},
     * {@code .markdown} and {@code .txt} file ({@code **}{@code /*.md} and so on).
     */
    @Parameter(property = "factcheck.includes")
    protected List<String> includes;

    /** Globs, relative to each articles directory, of files to leave out, e.g. {@code drafts/old/**}. */
    @Parameter(property = "factcheck.excludes")
    protected List<String> excludes;

    /** The character encoding of the article files. */
    @Parameter(property = "factcheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * A directory of the newsroom's own Drools rules ({@code .drl} files), compiled together with the
     * default rule pack. Ignored when it does not exist.
     */
    @Parameter(property = "factcheck.rulesDirectory", defaultValue = "${project.basedir}/src/main/factcheck/rules")
    protected File rulesDirectory;

    /**
     * A YAML file overriding the rule pack's settings (tolerances, windows, grace periods) key by key.
     * Ignored when it does not exist.
     */
    @Parameter(property = "factcheck.rulesSettings", defaultValue = "${project.basedir}/src/main/factcheck/settings.yaml")
    protected File rulesSettings;

    /**
     * A directory of YAML files extending the extraction vocabulary (synonyms, predicates, places,
     * attribution verbs). Ignored when it does not exist.
     */
    @Parameter(property = "factcheck.vocabularyDirectory", defaultValue = "${project.basedir}/src/main/factcheck/vocabulary")
    protected File vocabularyDirectory;

    /**
     * How many articles are read and analysed at once, and how many rule groups fire at once. 0 uses
     * one thread per available processor. Listing the article folders, which mostly waits on the file
     * system, uses twice as many (at least 4, at most 16). Output does not depend on it.
     */
    @Parameter(property = "factcheck.threads", defaultValue = "0")
    protected int threads;

    /**
     * Per-rule severities, like Vale's {@code Style.Rule = warning}: rule id to {@code off},
     * {@code info}, {@code warning} or {@code error}.
     * <pre>
     * &lt;severityOverrides&gt;
     *   &lt;unattributed-figure&gt;error&lt;/unattributed-figure&gt;
     *   &lt;quote-mismatch&gt;off&lt;/quote-mismatch&gt;
     * &lt;/severityOverrides&gt;
     * </pre>
     */
    @Parameter
    protected Map<String, String> severityOverrides;

    /**
     * Lowers findings that involve only {@code source} articles (wire copy the newsroom cannot fix)
     * by one level: {@code auto} does so when the check includes at least one {@code draft} (a
     * check of sources alone is an audit of those sources and keeps the rules' severities);
     * {@code true} always; {@code false} never.
     */
    @Parameter(property = "factcheck.lowerSourceFindings", defaultValue = "auto")
    protected String lowerSourceFindings;

    /**
     * The acknowledgements file: findings the desk has reviewed, each with a reason and an optional
     * {@code until} date, matched by rule, article and claim text. Written by {@code factcheck:baseline}.
     * Ignored when it does not exist.
     */
    @Parameter(property = "factcheck.acknowledgements", defaultValue = "${project.basedir}/factcheck-acknowledgements.yaml")
    protected File acknowledgements;

    /**
     * Suppression files (YAML), each entry matching by rule id, article glob and claim text pattern,
     * with required {@code notes} and an optional {@code until} date. Comma-separated from the
     * command line. A file named here must exist.
     */
    @Parameter(property = "factcheck.suppressionFiles")
    protected List<String> suppressionFiles;

    /**
     * Ignores {@code <!-- factcheck-disable … -->} comments in articles, so an audit sees every
     * finding.
     */
    @Parameter(property = "factcheck.noInlineConfig", defaultValue = "false")
    protected boolean noInlineConfig;

    /**
     * Keeps extraction results between runs, keyed by each article's content, the configuration and
     * the factcheck version, so an unchanged article is not read again.
     */
    @Parameter(property = "factcheck.useCache", defaultValue = "true")
    protected boolean useCache;

    /** Where the extraction cache is kept. */
    @Parameter(property = "factcheck.cacheFile", defaultValue = "${project.build.directory}/factcheck/factcheck-cache.bin")
    protected File cacheFile;

    /**
     * Builds the request, or returns null when the articles parameter is left at its default and that
     * directory does not exist (nothing to check).
     */
    protected CheckRequest request() throws MojoExecutionException {
        List<Path> dirs = new ArrayList<>();
        boolean defaulted = articles == null || articles.isEmpty()
                || (articles.size() == 1 && "articles".equals(articles.get(0).strip()));
        for (String a : articles == null || articles.isEmpty() ? List.of("articles") : articles) {
            for (String part : a.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                Path p = resolve(part.strip());
                if (!Files.isDirectory(p)) {
                    if (defaulted) {
                        return null;
                    }
                    throw new MojoExecutionException("articles directory does not exist: " + p
                            + " (set factcheck.articles to the folder that holds the articles)");
                }
                dirs.add(p);
            }
        }
        return request(dirs);
    }

    /** The request for the given articles directories, with every other parameter of this goal. */
    protected CheckRequest request(List<Path> dirs) throws MojoExecutionException {
        Charset charset;
        try {
            charset = encoding == null || encoding.isBlank() ? Charset.forName("UTF-8") : Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("unknown encoding '" + encoding + "' (factcheck.encoding)");
        }
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<Path> suppressions = new ArrayList<>();
        for (String f : split(suppressionFiles)) {
            suppressions.add(resolve(f));
        }
        PolicyOptions policy = new PolicyOptions(severityOverrides, lowerSourceFindings, existingFile(acknowledgements),
                suppressions, noInlineConfig, LocalDate.now());
        return new CheckRequest(dirs, split(includes), split(excludes), charset, existing(rulesDirectory),
                existingFile(rulesSettings), existing(vocabularyDirectory), n, policy,
                useCache && cacheFile != null ? cacheFile.toPath() : null);
    }

    protected Path resolve(String path) {
        Path p = Path.of(path);
        return (p.isAbsolute() ? p : basedir.toPath().resolve(p)).normalize();
    }

    protected static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    private static Path existing(File dir) {
        return dir != null && dir.isDirectory() ? dir.toPath() : null;
    }

    private static Path existingFile(File file) {
        return file != null && file.isFile() ? file.toPath() : null;
    }

    /**
     * The error for articles that could not be read: each with file, line and what is wrong. The
     * other articles have been checked and reported by then.
     */
    protected MojoExecutionException badArticles(CheckRequest request, CheckResult result) {
        Path root = ArticleLoader.reportRoot(request.articleDirectories());
        List<String> bad = result.errors().stream().map(p -> display(root.resolve(p.path()))
                + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()).toList();
        return new MojoExecutionException("factcheck: " + (bad.size() == 1 ? "bad article" : bad.size()
                + " bad articles") + ":\n  " + String.join("\n  ", bad));
    }

    /** How a path is shown in the log: relative to the project when inside it. */
    protected String display(Path p) {
        Path base = basedir.toPath().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
