package dev.factcheck.core;

import dev.factcheck.core.article.ArticleLoader;
import dev.factcheck.core.article.ArticleProblem;
import dev.factcheck.core.article.InlineDirectives;
import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.article.PageCruft;
import dev.factcheck.core.cache.ExtractionCache;
import dev.factcheck.core.extract.Extraction;
import dev.factcheck.core.extract.Extractor;
import dev.factcheck.core.extract.NewsExtractor;
import dev.factcheck.core.extract.Vocabulary;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.policy.FindingPolicy;
import dev.factcheck.core.rules.CompiledRules;
import dev.factcheck.core.rules.GroupedRules;
import dev.factcheck.core.rules.RuleCompileException;
import dev.factcheck.core.rules.RuleEngine;
import dev.factcheck.core.rules.RulePack;
import dev.factcheck.core.rules.RuleSettings;
import dev.factcheck.core.rules.RunawayRuleException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.function.Function;

/**
 * Runs one check: discover and read the articles, extract claims and quotes (in parallel), number
 * them in a fixed order, run the rules, and return a sorted, numbered {@link CheckResult}.
 */
public final class Factcheck {
    private final Function<CheckRequest, Extractor> extractors;

    /** A check that builds its extractor for each request (vocabulary overrides come from the request). */
    public Factcheck(Function<CheckRequest, Extractor> extractors) {
        this.extractors = extractors;
    }

    /**
     * The standard engine: the news extractor with the default vocabulary, extended by the request's
     * vocabulary directory when it has one. The vocabulary is read once per distinct directory.
     */
    public static Factcheck standard() {
        Map<Path, Extractor> byDirectory = new java.util.concurrent.ConcurrentHashMap<>();
        Extractor plain = new NewsExtractor(Vocabulary.defaults());
        return new Factcheck(request -> request.vocabularyDirectory() == null ? plain
                : byDirectory.computeIfAbsent(request.vocabularyDirectory(),
                        dir -> new NewsExtractor(Vocabulary.defaults().withOverrides(dir))));
    }

    public CheckResult check(CheckRequest request) throws FactcheckException {
        RuleSettings settings = settings(request);
        FindingPolicy policy = new FindingPolicy(request.policy());
        // The rules compile on a thread of their own while the articles are read: in a fresh JVM (every
        // CI build) compiling takes a second or two of one core, reading mostly waits on the disk.
        RulePack pack = pack(request);
        List<String> unreadSettings = settings.unreadBy(pack);
        if (!unreadSettings.isEmpty()) {
            throw new FactcheckException("invalid rule settings", unreadSettings);
        }
        FutureTask<CompiledRules> compiling = new FutureTask<>(() -> compile(pack));
        Thread compiler = new Thread(compiling, "factcheck-rule-compiler");
        compiler.setDaemon(true);
        compiler.start();
        // The cache is written on its own thread while the rules run; the check waits for it below.
        Read read;
        try {
            read = read(request);
        } catch (FactcheckException | RuntimeException e) {
            compiling.cancel(true);
            throw e;
        }
        Analysis analysis = read.analysis();
        List<Finding> raw;
        try {
            long maxFirings = settings.getInt("engine.maxRuleFirings");
            if (GroupedRules.applies(RuleEngine.isDefault(pack), settings)) {
                // Grouping and the results file need only the pack's digest: the compile goes on meanwhile.
                raw = GroupedRules.run(RuleEngine.digest(pack), () -> compiledOrThrow(compiling), settings,
                        analysis.articles(), analysis.claims(), analysis.quotes(), maxFirings, request.threads(),
                        ruleResultsFile(request)).findings();
            } else {
                raw = RuleEngine.run(compiled(compiling), settings, analysis.articles(), analysis.claims(),
                        analysis.quotes(), maxFirings);
            }
        } catch (RunawayRuleException e) {
            throw new FactcheckException(e.getMessage(), e);
        } catch (NotCompiled e) {
            throw e.failure;
        } finally {
            read.finish(); // a failed check, too, leaves a complete cache behind
        }
        CompiledRules rules = compiled(compiling);
        FindingPolicy.Outcome outcome = policy.apply(raw, analysis.articles(), analysis.claims(), analysis.quotes(),
                analysis.inline());
        return new CheckResult(analysis.articles(), analysis.claims(), analysis.quotes(), number(outcome.findings()),
                analysis.warnings(), rules.rules(), outcome.notices().stream().sorted().distinct().toList(),
                outcome.unusedSuppressions(), analysis.fromCache());
    }

    /** Rule results are kept beside the extraction cache, and only when there is one. */
    static Path ruleResultsFile(CheckRequest request) {
        Path cache = request.cacheFile();
        return cache == null ? null : cache.resolveSibling(cache.getFileName() + ".rules");
    }

    /** Articles, claims and quotes of a request, numbered, with the warnings met on the way. */
    public record Analysis(List<Article> articles, List<Claim> claims, List<Quote> quotes,
                           List<ArticleProblem> warnings, Map<String, InlineDirectives> inline, int fromCache) {
    }

    /** Reads and extracts without running rules. */
    public Analysis analyse(CheckRequest request) throws FactcheckException {
        Read read = read(request);
        read.finish();
        return read.analysis();
    }

    /**
     * An analysis whose cache may still be being written (on a thread of its own, when it changed):
     * the task's result is the warning to report when the file could not be written.
     */
    private record Read(Analysis analysis, FutureTask<ArticleProblem> saving) {
        /** Waits for the cache to be written and adds the warning when it could not be. */
        void finish() throws FactcheckException {
            if (saving == null) {
                return;
            }
            ArticleProblem unsaved;
            try {
                unsaved = saving.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FactcheckException("interrupted while writing the cache", e);
            } catch (ExecutionException e) {
                throw new FactcheckException("cannot write the cache: " + e.getCause(), e.getCause());
            }
            if (unsaved != null) {
                analysis.warnings().add(unsaved);
                analysis.warnings().sort(null);
            }
        }
    }

    /** Reads and extracts; the cache, when it changed, is left being written (see {@link Read}). */
    private Read read(CheckRequest request) throws FactcheckException {
        ArticleLoader loader;
        try {
            loader = new ArticleLoader(request.includes(), request.excludes(), request.encoding(),
                    PageCruft.defaults().withOverrides(request.vocabularyDirectory()));
        } catch (IOException e) {
            throw new FactcheckException("cannot read the page-cruft list: " + e.getMessage(), e);
        }
        Extractor extractor;
        try {
            extractor = extractors.apply(request);
        } catch (StrictYaml.Invalid e) {
            throw new FactcheckException("invalid vocabulary", e.problems());
        }
        // The cache file is read on a thread of its own while the directories are walked.
        FutureTask<ExtractionCache> opening = null;
        if (request.cacheFile() != null) {
            String key = cacheKey(request, extractor);
            opening = new FutureTask<>(() -> ExtractionCache.open(request.cacheFile(), key));
            Thread reader = new Thread(opening, "factcheck-cache-reader");
            reader.setDaemon(true);
            reader.start();
        }
        List<ArticleLoader.ArticleFile> files;
        try {
            // Listing is mostly waiting on the file system, so it takes more threads than there are cores.
            files = loader.discover(request.articleDirectories(), Math.min(16, Math.max(4, 2 * request.threads())));
        } catch (IOException e) {
            throw new FactcheckException(e.getMessage(), e);
        }
        ExtractionCache cache;
        try {
            cache = opening == null ? null : opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactcheckException("interrupted while reading the cache", e);
        } catch (ExecutionException e) {
            throw new FactcheckException("cannot read the cache: " + e.getCause(), e.getCause());
        }
        AtomicInteger fromCache = new AtomicInteger();
        List<ExtractionCache.Result> read = new ArrayList<>(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), Math.max(1, files.size())));
        try {
            List<Future<ExtractionCache.Result>> futures = new ArrayList<>(files.size());
            for (ArticleLoader.ArticleFile f : files) {
                futures.add(pool.submit(() -> cache == null ? extract(loader.load(f), extractor)
                        : cached(f, loader, extractor, cache, fromCache)));
            }
            for (Future<ExtractionCache.Result> fu : futures) {
                read.add(fu.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactcheckException("interrupted while reading articles", e);
        } catch (ExecutionException e) {
            throw new FactcheckException("cannot analyse articles: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<ArticleProblem> warnings = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Map<String, InlineDirectives> inline = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            ExtractionCache.Result r = read.get(i);
            read.set(i, null);
            warnings.addAll(r.problems());
            if (r.article() == null) {
                continue;
            }
            articles.add(r.article());
            if (!r.inline().ranges().isEmpty()) {
                inline.put(r.article().getPath(), r.inline());
            }
            Extraction x = r.extraction();
            x.claims().stream().sorted(Comparator.comparingInt(Claim::getOffset))
                    .forEach(c -> claims.add(c.withId("c" + (claims.size() + 1), claims.size() + 1)));
            x.quotes().stream().sorted(Comparator.comparingInt(Quote::getOffset))
                    .forEach(q -> quotes.add(q.withId("q" + (quotes.size() + 1), quotes.size() + 1)));
        }
        warnings.sort(null);
        Analysis analysis = new Analysis(articles, claims, quotes, warnings, inline, fromCache.get());
        FutureTask<ArticleProblem> save = null;
        if (cache != null && cache.changed()) {
            save = new FutureTask<>(() -> {
                try {
                    cache.save();
                    return null;
                } catch (IOException e) {
                    return new ArticleProblem(request.cacheFile().toString(), 0, false,
                            "cannot write the cache: " + e.getMessage());
                }
            });
            Thread writer = new Thread(save, "factcheck-cache-writer");
            writer.setDaemon(true);
            writer.start();
        }
        return new Read(analysis, save);
    }

    /** Carries a compile error out of a supplier of the compiled rules. */
    private static final class NotCompiled extends RuntimeException {
        private final FactcheckException failure;

        NotCompiled(FactcheckException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private static CompiledRules compiledOrThrow(FutureTask<CompiledRules> compiling) {
        try {
            return compiled(compiling);
        } catch (FactcheckException e) {
            throw new NotCompiled(e);
        }
    }

    /** The compiled pack; a compile error is the check's error. */
    private static CompiledRules compiled(FutureTask<CompiledRules> compiling) throws FactcheckException {
        try {
            return compiling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FactcheckException("interrupted while compiling the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FactcheckException f) {
                throw f;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new FactcheckException("cannot compile the rules: " + e.getCause(), e.getCause());
        }
    }

    /** What the numbering needs from a loaded file: the extraction replaces the text, which is dropped. */
    private static ExtractionCache.Result extract(ArticleLoader.Loaded loaded, Extractor extractor) {
        LoadedArticle la = loaded.article();
        if (la == null) {
            return new ExtractionCache.Result(loaded.problems(), null, null, null);
        }
        return new ExtractionCache.Result(loaded.problems(), la.article(), InlineDirectives.parse(la.text()),
                extractor.extract(la));
    }

    /**
     * One file through the cache: unread when its size and modification time are those recorded;
     * else read and hashed, and loaded and extracted only when the hash differs from the entry's.
     */
    private static ExtractionCache.Result cached(ArticleLoader.ArticleFile f, ArticleLoader loader,
                                                 Extractor extractor, ExtractionCache cache,
                                                 AtomicInteger fromCache) {
        BasicFileAttributes attributes = f.attributes();
        if (attributes == null) {
            try {
                attributes = Files.readAttributes(f.file(), BasicFileAttributes.class);
            } catch (IOException e) {
                return extract(loader.unreadable(f, e), extractor);
            }
        }
        ExtractionCache.Result r = cache.byMetadata(f.path(), attributes.size(), attributes.lastModifiedTime());
        if (r == null) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f.file());
            } catch (IOException e) {
                return extract(loader.unreadable(f, e), extractor);
            }
            byte[] hash = ExtractionCache.digest(bytes);
            r = cache.byContent(f.path(), bytes.length, attributes.lastModifiedTime(), hash);
            if (r == null) {
                r = extract(loader.load(f, bytes), extractor);
                cache.store(f.path(), bytes.length, attributes.lastModifiedTime(), hash, r);
                return r;
            }
        }
        if (r.article() != null) {
            fromCache.incrementAndGet();
        }
        return r;
    }

    /**
     * Cached results are valid for one factcheck version, encoding, extractor and vocabulary (the
     * vocabulary directory also holds the page-cruft list the loader uses). Include and exclude globs
     * are left out: they choose files but do not change what a file gives.
     */
    private static String cacheKey(CheckRequest request, Extractor extractor) throws FactcheckException {
        StringBuilder key = new StringBuilder(Version.build()).append('|').append(request.encoding().name())
                .append('|').append(extractor.getClass().getName());
        Path vocab = request.vocabularyDirectory();
        if (vocab != null && Files.isDirectory(vocab)) {
            try (Stream<Path> files = Files.walk(vocab)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    key.append('|').append(vocab.relativize(p)).append('=')
                            .append(ExtractionCache.hash(Files.readAllBytes(p)));
                }
            } catch (IOException e) {
                throw new FactcheckException("cannot read vocabulary " + vocab + ": " + e.getMessage(), e);
            }
        }
        return ExtractionCache.hash(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static RuleSettings settings(CheckRequest request) throws FactcheckException {
        RuleSettings settings = RuleSettings.defaults();
        if (request.settingsFile() != null) {
            try {
                settings = settings.overriddenBy(request.settingsFile());
            } catch (IOException e) {
                throw new FactcheckException("cannot read rule settings " + request.settingsFile() + ": "
                        + e.getMessage(), e);
            } catch (StrictYaml.Invalid e) {
                throw new FactcheckException("invalid rule settings", e.problems());
            }
        }
        return settings;
    }

    /**
     * Compiled packs by their DRL sources: modules of one build (and repeated checks in one JVM) share
     * the compiled rules instead of compiling the same pack again. A KieBase is safe to share.
     */
    private static final Map<List<RulePack.DrlSource>, CompiledRules> COMPILED =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<RulePack.DrlSource>, CompiledRules> eldest) {
                    return size() > 4;
                }
            });

    /** The default rules plus the newsroom's own DRL, read but not compiled. */
    private static RulePack pack(CheckRequest request) throws FactcheckException {
        try {
            return RulePack.defaults().withRulesFrom(request.rulesDirectory());
        } catch (IOException e) {
            throw new FactcheckException("cannot read rules from " + request.rulesDirectory() + ": " + e.getMessage(), e);
        }
    }

    private static CompiledRules compile(RulePack pack) throws FactcheckException {
        try {
            CompiledRules known = COMPILED.get(pack.sources());
            if (known == null) {
                known = RuleEngine.compile(pack);
                COMPILED.put(pack.sources(), known);
            }
            return known;
        } catch (RuleCompileException e) {
            throw new FactcheckException("rules do not compile", e.problems());
        }
    }

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::getArticle)
            .thenComparingInt(Finding::getLine).thenComparingInt(Finding::getColumn)
            .thenComparing(Finding::getRule).thenComparing(f -> String.join(",", f.getClaims()))
            .thenComparing(Finding::getMessage);

    private static List<Finding> number(List<Finding> raw) {
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(raw));
        unique.sort(ORDER);
        List<Finding> numbered = new ArrayList<>(unique.size());
        for (Finding f : unique) {
            numbered.add(f.withId("f" + (numbered.size() + 1)));
        }
        return numbered;
    }
}
