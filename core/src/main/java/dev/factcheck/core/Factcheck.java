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
        CompiledRules rules = compile(request);
        Analysis analysis = analyse(request);
        List<Finding> raw;
        try {
            long maxFirings = settings.getInt("engine.maxRuleFirings");
            if (GroupedRules.applies(rules, settings)) {
                raw = GroupedRules.run(rules, settings, analysis.articles(), analysis.claims(), analysis.quotes(),
                        maxFirings, request.threads(), ruleResultsFile(request)).findings();
            } else {
                raw = RuleEngine.run(rules, settings, analysis.articles(), analysis.claims(), analysis.quotes(),
                        maxFirings);
            }
        } catch (RunawayRuleException e) {
            throw new FactcheckException(e.getMessage(), e);
        }
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
        ArticleLoader loader;
        try {
            loader = new ArticleLoader(request.includes(), request.excludes(), request.encoding(),
                    PageCruft.defaults().withOverrides(request.vocabularyDirectory()));
        } catch (IOException e) {
            throw new FactcheckException("cannot read the page-cruft list: " + e.getMessage(), e);
        }
        List<ArticleLoader.ArticleFile> files;
        try {
            files = loader.discover(request.articleDirectories());
        } catch (IOException e) {
            throw new FactcheckException(e.getMessage(), e);
        }
        Extractor extractor = extractors.apply(request);
        ExtractionCache cache = request.cacheFile() == null ? null
                : ExtractionCache.open(request.cacheFile(), cacheKey(request));
        AtomicInteger fromCache = new AtomicInteger();
        List<Read> read = new ArrayList<>(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), Math.max(1, files.size())));
        try {
            List<Future<Read>> futures = new ArrayList<>(files.size());
            for (ArticleLoader.ArticleFile f : files) {
                futures.add(pool.submit(() -> {
                    ArticleLoader.Loaded l = loader.load(f);
                    LoadedArticle la = l.article();
                    if (la == null) {
                        return new Read(l.problems(), null, null, null);
                    }
                    InlineDirectives d = InlineDirectives.parse(la.text());
                    if (cache == null) {
                        return new Read(l.problems(), la.article(), d, extractor.extract(la));
                    }
                    String hash = ExtractionCache.hash(la.text().original().getBytes(StandardCharsets.UTF_8));
                    Extraction x = cache.lookup(la.article(), hash);
                    if (x != null) {
                        fromCache.incrementAndGet();
                    } else {
                        x = extractor.extract(la);
                        cache.store(la.article(), hash, x);
                    }
                    return new Read(l.problems(), la.article(), d, x);
                }));
            }
            for (Future<Read> fu : futures) {
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
            Read r = read.get(i);
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
        if (cache != null) {
            try {
                cache.save();
            } catch (IOException e) {
                warnings.add(new ArticleProblem(request.cacheFile().toString(), 0, false,
                        "cannot write the cache: " + e.getMessage()));
            }
        }
        return new Analysis(articles, claims, quotes, warnings, inline, fromCache.get());
    }

    /**
     * What reading one file leaves for the numbering: its problems, and the article, its inline
     * directives and extraction when it could be read. The text itself is not kept: at 100,000
     * articles it would be most of the heap.
     */
    private record Read(List<ArticleProblem> problems, Article article, InlineDirectives inline, Extraction extraction) {
    }

    /** Cached extractions are valid for one factcheck version, encoding and vocabulary. */
    private static String cacheKey(CheckRequest request) throws FactcheckException {
        StringBuilder key = new StringBuilder(Version.build()).append('|').append(request.encoding().name());
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

    private static CompiledRules compile(CheckRequest request) throws FactcheckException {
        try {
            RulePack pack = RulePack.defaults().withRulesFrom(request.rulesDirectory());
            CompiledRules known = COMPILED.get(pack.sources());
            if (known == null) {
                known = RuleEngine.compile(pack);
                COMPILED.put(pack.sources(), known);
            }
            return known;
        } catch (RuleCompileException e) {
            throw new FactcheckException("rules do not compile", e.problems());
        } catch (IOException e) {
            throw new FactcheckException("cannot read rules from " + request.rulesDirectory() + ": " + e.getMessage(), e);
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
