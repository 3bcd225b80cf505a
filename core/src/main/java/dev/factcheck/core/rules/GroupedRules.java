package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs a pack whose rules only ever compare facts that share a key, group by group.
 *
 * <p>Every rule of the default pack joins claims on their quantity key (and a part on its whole in
 * the same article), and quotes on a shared passage ({@link QuoteKey}). So the facts fall apart into
 * groups that no rule can connect: the claims of one quantity key (with the keys their parts and
 * wholes link to), and the quotes that share a passage with one another, directly or through other
 * quotes. Rules fired over each group alone report exactly what they report over all facts at once,
 * and the groups:
 * <ul>
 *   <li>run on every thread the check has, several small groups to a session;</li>
 *   <li>keep each session's working memory small, so a large archive does not hold the engine's
 *       memory of every fact at once;</li>
 *   <li>can be remembered: with a results file, a group whose facts are unchanged since the last run
 *       takes its findings from there ({@link GroupResults}), so after one article is edited only the
 *       groups of that article's claims and quotes are fired again.</li>
 * </ul>
 *
 * <p>A newsroom rule that compares claims of different quantities, or claims with quotes, would miss
 * pairs across groups, so this runner is used for the default pack unless the settings say
 * {@code engine.grouping: key} (see {@link #applies}).
 */
public final class GroupedRules {
    /** Facts per session: small groups are fired together up to about this many facts. */
    private static final int BATCH_FACTS = 4_000;
    /** Stands for a missing quantity key among the keys (no key holds a NUL character). */
    private static final String NO_KEY = "\0";

    private GroupedRules() {
    }

    /** What one grouped run did: its findings (unsorted) and how many groups came from the results file. */
    public record Outcome(List<Finding> findings, int groups, int reused) {
    }

    /**
     * Whether the pack may run group by group: {@code engine.grouping} is {@code key} (always),
     * {@code none} (never) or {@code auto} (the default: only when the pack is the default rules,
     * whose joins are known).
     */
    public static boolean applies(CompiledRules rules, RuleSettings settings) {
        return applies(rules.defaultPack(), settings);
    }

    /** As {@link #applies(CompiledRules, RuleSettings)}, for a pack known to be (or not be) the default rules. */
    public static boolean applies(boolean defaultPack, RuleSettings settings) {
        String mode = settings.has("engine.grouping") ? settings.getString("engine.grouping") : "auto";
        return switch (mode == null ? "auto" : mode.strip()) {
            case "key" -> true;
            case "none" -> false;
            default -> defaultPack;
        };
    }

    /**
     * Fires the rules over each group of facts, on {@code threads} threads; with {@code resultsFile},
     * reuses the findings of groups unchanged since the run that wrote it and writes this run's.
     */
    public static Outcome run(CompiledRules rules, RuleSettings settings, List<Article> articles, List<Claim> claims,
                              List<Quote> quotes, long maxFirings, int threads, Path resultsFile)
            throws RunawayRuleException {
        return run(rules.digest(), () -> rules, settings, articles, claims, quotes, maxFirings, threads, resultsFile);
    }

    /**
     * As {@link #run(CompiledRules, RuleSettings, List, List, List, long, int, Path)}, with rules that
     * may still be compiling: grouping, fingerprints and the results file need only the pack's
     * {@linkplain RuleEngine#digest digest}, and {@code rules} is asked for only when a group must fire.
     */
    public static Outcome run(String packDigest, Supplier<CompiledRules> rules, RuleSettings settings,
                              List<Article> articles, List<Claim> claims, List<Quote> quotes, long maxFirings,
                              int threads, Path resultsFile) throws RunawayRuleException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Group> groups = groups(claims, quotes, settings, pool, threads);
            GroupResults previous = null;
            String runKey = null;
            if (resultsFile != null) {
                runKey = GroupResults.runKey(packDigest, settings, maxFirings);
                previous = GroupResults.load(resultsFile, runKey);
                List<Future<?>> digests = new ArrayList<>();
                for (Group g : groups) {
                    digests.add(pool.submit(() -> g.fingerprint = GroupResults.fingerprint(g.claims, g.quotes)));
                }
                await(digests);
            }
            List<Finding> findings = new ArrayList<>();
            List<Group> toFire = new ArrayList<>();
            int reused = 0;
            for (Group g : groups) {
                List<Finding> known = previous == null ? null : previous.findings(g.fingerprint, g.claims, g.quotes);
                if (known != null) {
                    g.findings = known;
                    findings.addAll(known);
                    reused++;
                } else {
                    toFire.add(g);
                }
            }
            List<Future<List<Finding>>> fired = new ArrayList<>();
            CompiledRules compiled = toFire.isEmpty() ? null : rules.get();
            for (List<Group> batch : batches(toFire)) {
                fired.add(pool.submit(() -> fire(compiled, settings, batch, maxFirings)));
            }
            for (Future<List<Finding>> f : fired) {
                findings.addAll(get(f));
            }
            if (resultsFile != null) {
                GroupResults.save(resultsFile, runKey, groups, previous, toFire.isEmpty());
            }
            return new Outcome(findings, groups.size(), reused);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One group's facts, in check order; after firing, its findings. */
    static final class Group {
        final List<Claim> claims = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<QuoteKey> quoteKeys = new ArrayList<>();
        String fingerprint;
        List<Finding> findings = List.of();

        int size() {
            return claims.size() + quotes.size();
        }
    }

    /**
     * The groups: claims joined by quantity key (a claim without a key shares the group of every
     * other such claim, as {@code null == null} holds in a rule) and by part and whole; quotes joined
     * by a shared passage key. Deterministic: groups in order of their first claim, then first quote.
     * Only the claims the rules are given ({@link RuleEngine#ruleClaims}) are grouped.
     */
    static List<Group> groups(List<Claim> claims, List<Quote> quotes, RuleSettings settings) {
        try {
            return groups(claims, quotes, settings, null, 1);
        } catch (RunawayRuleException e) {
            throw new IllegalStateException(e); // no rule fires while grouping
        }
    }

    /** As {@link #groups(List, List, RuleSettings)}, the quotes' keys worked out on {@code parts} tasks of the pool. */
    static List<Group> groups(List<Claim> allClaims, List<Quote> quotes, RuleSettings settings, ExecutorService pool,
                              int parts) throws RunawayRuleException {
        // Claims the rules never see (unnamed figures) join no group and no fingerprint.
        List<Claim> claims = RuleEngine.ruleClaims(allClaims);
        UnionFind claimSets = new UnionFind(claims.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        Map<String, Map<Integer, Integer>> byArticleOffset = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Integer first = firstWithKey.putIfAbsent(c.getQuantityKey() == null ? NO_KEY : c.getQuantityKey(), i);
            if (first != null) {
                claimSets.union(first, i);
            }
            byArticleOffset.computeIfAbsent(c.getArticlePath(), k -> new HashMap<>()).putIfAbsent(c.getOffset(), i);
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.getPartOfOffset() >= 0) {
                Integer whole = byArticleOffset.get(c.getArticlePath()).get(c.getPartOfOffset());
                if (whole != null) {
                    claimSets.union(whole, i);
                }
            }
        }
        List<List<QuoteKey>> keysOf = quoteKeys(quotes, settings, pool, parts);
        UnionFind quoteSets = new UnionFind(quotes.size());
        Map<String, Integer> firstWithPassage = new HashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            for (QuoteKey k : keysOf.get(i)) {
                Integer first = firstWithPassage.putIfAbsent(k.getKey(), i);
                if (first != null) {
                    quoteSets.union(first, i);
                }
            }
        }
        Map<Integer, Group> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            byRoot.computeIfAbsent(claimSets.find(i), r -> new Group()).claims.add(claims.get(i));
        }
        Map<Integer, Group> quoteGroups = new LinkedHashMap<>();
        for (int i = 0; i < quotes.size(); i++) {
            Group g = quoteGroups.computeIfAbsent(quoteSets.find(i), r -> new Group());
            g.quotes.add(quotes.get(i));
            g.quoteKeys.addAll(keysOf.get(i));
        }
        // Both maps meet each group first at its first member, so groups come in check order.
        List<Group> all = new ArrayList<>(byRoot.values());
        all.addAll(quoteGroups.values());
        return all;
    }

    /** Each quote's keys, in quote order; parsing the words is the costly part, so it is shared out. */
    private static List<List<QuoteKey>> quoteKeys(List<Quote> quotes, RuleSettings settings, ExecutorService pool,
                                                  int parts) throws RunawayRuleException {
        @SuppressWarnings("unchecked")
        List<QuoteKey>[] keys = new List[quotes.size()];
        int keyWords = RuleEngine.keyWords(settings);
        int minWords = RuleEngine.minWords(settings);
        int chunks = pool == null || quotes.size() < 1_000 ? 1 : Math.max(1, parts);
        int per = (quotes.size() + chunks - 1) / chunks;
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            int from = c * per;
            int to = Math.min(quotes.size(), from + per);
            Runnable task = () -> {
                for (int i = from; i < to; i++) {
                    keys[i] = QuoteKey.of(quotes.get(i), keyWords, minWords);
                }
            };
            if (chunks == 1) {
                task.run();
            } else {
                work.add(pool.submit(task));
            }
        }
        await(work);
        return Arrays.asList(keys);
    }

    /** Consecutive groups up to {@link #BATCH_FACTS} facts to a session; a larger group has its own. */
    private static List<List<Group>> batches(List<Group> groups) {
        List<List<Group>> batches = new ArrayList<>();
        List<Group> current = new ArrayList<>();
        int size = 0;
        for (Group g : groups) {
            if (!current.isEmpty() && size + g.size() > BATCH_FACTS) {
                batches.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(g);
            size += g.size();
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        // Largest first, so a big group does not start last and leave the other threads idle.
        batches.sort(Comparator.comparingInt((List<Group> b) -> b.stream().mapToInt(Group::size).sum()).reversed());
        return batches;
    }

    /** Fires one session over the groups of a batch and gives each group the findings about its facts. */
    private static List<Finding> fire(CompiledRules rules, RuleSettings settings, List<Group> batch, long maxFirings)
            throws RunawayRuleException {
        List<Claim> claims = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<QuoteKey> keys = new ArrayList<>();
        Map<Article, Boolean> articles = new IdentityHashMap<>();
        Map<String, Group> groupOf = new HashMap<>();
        for (Group g : batch) {
            claims.addAll(g.claims);
            quotes.addAll(g.quotes);
            keys.addAll(g.quoteKeys);
            g.claims.forEach(c -> {
                articles.put(c.getArticle(), Boolean.TRUE);
                groupOf.put(c.getId(), g);
            });
            g.quotes.forEach(q -> {
                articles.put(q.getArticle(), Boolean.TRUE);
                groupOf.put(q.getId(), g);
            });
            g.findings = new ArrayList<>();
        }
        List<Article> inserted = articles.keySet().stream().sorted(Comparator.comparing(Article::getPath)).toList();
        List<Finding> found = RuleEngine.session(rules, settings, inserted, claims, quotes, keys, maxFirings);
        for (Finding f : found) {
            Group g = groupOf.get(f.getClaims().get(0));
            if (g != null) {
                g.findings.add(f);
            }
        }
        return found;
    }

    private static void await(List<Future<?>> futures) throws RunawayRuleException {
        for (Future<?> f : futures) {
            get(f);
        }
    }

    private static <T> T get(Future<T> f) throws RunawayRuleException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RunawayRuleException r) {
                throw r;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Disjoint sets over 0..n-1 (path halving, union by size). */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
