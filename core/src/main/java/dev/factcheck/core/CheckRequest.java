package dev.factcheck.core;

import dev.factcheck.core.policy.PolicyOptions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one check needs, in plain Java: where the articles are, which files count, and where a
 * newsroom's own rules, settings and vocabulary live (each may be null).
 *
 * @param articleDirectories directories searched recursively for articles
 * @param includes           globs relative to each directory; empty means the default article extensions
 * @param excludes           globs of files to leave out
 * @param encoding           how article files are decoded
 * @param rulesDirectory     a directory of the newsroom's own {@code .drl} files, or null
 * @param settingsFile       a YAML file overriding the rule pack's settings, or null
 * @param vocabularyDirectory a directory of YAML files extending the extraction vocabulary, or null
 * @param threads            how many articles are read and extracted at once (1 or more)
 * @param policy             how findings are weighed: overrides, acknowledgements, suppressions
 * @param cacheFile          where extraction results are kept between runs, or null for no cache
 */
public record CheckRequest(List<Path> articleDirectories, List<String> includes, List<String> excludes,
                           Charset encoding, Path rulesDirectory, Path settingsFile, Path vocabularyDirectory,
                           int threads, PolicyOptions policy, Path cacheFile) {
    public CheckRequest {
        articleDirectories = List.copyOf(articleDirectories);
        includes = includes == null ? List.of() : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        threads = Math.max(1, threads);
        policy = policy == null ? PolicyOptions.defaults() : policy;
    }

    /** A request with defaults for everything but the directories. */
    public static CheckRequest of(Path... directories) {
        return new CheckRequest(List.of(directories), List.of(), List.of(), StandardCharsets.UTF_8, null, null, null,
                Runtime.getRuntime().availableProcessors(), PolicyOptions.defaults(), null);
    }

    public CheckRequest withRulesDirectory(Path dir) {
        return new CheckRequest(articleDirectories, includes, excludes, encoding, dir, settingsFile,
                vocabularyDirectory, threads, policy, cacheFile);
    }

    public CheckRequest withPolicy(PolicyOptions p) {
        return new CheckRequest(articleDirectories, includes, excludes, encoding, rulesDirectory, settingsFile,
                vocabularyDirectory, threads, p, cacheFile);
    }

    public CheckRequest withCacheFile(Path file) {
        return new CheckRequest(articleDirectories, includes, excludes, encoding, rulesDirectory, settingsFile,
                vocabularyDirectory, threads, policy, file);
    }

    public CheckRequest withThreads(int n) {
        return new CheckRequest(articleDirectories, includes, excludes, encoding, rulesDirectory, settingsFile,
                vocabularyDirectory, n, policy, cacheFile);
    }
}
