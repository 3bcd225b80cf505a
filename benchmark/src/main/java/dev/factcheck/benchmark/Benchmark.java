package dev.factcheck.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.report.JsonReportWriter;
import dev.factcheck.core.report.ReportWriter;
import dev.factcheck.core.rules.CompiledRules;
import dev.factcheck.core.rules.GroupedRules;
import dev.factcheck.core.rules.RuleEngine;
import dev.factcheck.core.rules.RulePack;
import dev.factcheck.core.rules.RuleSettings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The end-to-end benchmark for one corpus size: the check as the plugin runs it, its stages, the
 * cached re-check after one edit, the regex baseline over the same bytes, and recall and precision on
 * the planted truth.
 */
final class Benchmark {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path workDir;
    private final long seed;
    private final int repeats;
    private final int threads;
    private final java.util.Set<String> parts;

    Benchmark(Path workDir, long seed, int repeats, int threads, java.util.Set<String> parts) {
        this.workDir = workDir;
        this.seed = seed;
        this.repeats = repeats;
        this.threads = threads;
        this.parts = parts;
    }

    /** Everything measured at one size; times in seconds, sizes in bytes. */
    static final class Row {
        int n;
        int stories;
        long bytes;
        int claims;
        int quotes;
        int findings;
        int planted;
        double generate;
        List<Double> endToEnd = new ArrayList<>();
        List<Double> endToEndCpu = new ArrayList<>();
        double report;
        double extraction;
        double extractionCpu;
        double rulesCpu;
        double compile;
        double rules;
        long peakHeap;
        long peakLive;
        List<Double> baseline = new ArrayList<>();
        long digitRuns;
        double recall;
        double precision;
        int matched;
        int explained;
        Map<String, Integer> unexplainedByRule = new TreeMap<>();
        List<Double> recheck = new ArrayList<>();
        List<Double> recheckFreshJvm = new ArrayList<>();
        int recheckFromCache;
        double cacheWarm;

        double e2e() {
            return median(endToEnd);
        }

        double base() {
            return median(baseline);
        }
    }

    Row run(int n) throws Exception {
        Row row = new Row();
        row.n = n;
        Path dir = workDir.resolve("corpus-" + n + "-seed" + seed);
        Path articles = dir.resolve(Corpus.ARTICLES);
        Path done = dir.resolve("complete");
        if (!Files.exists(done)) {
            log("generating %,d articles in %s", n, dir);
            deleteTree(dir);
            long t0 = System.nanoTime();
            Corpus corpus = new Corpus(seed, n);
            corpus.write(dir);
            row.generate = seconds(t0);
            Files.writeString(done, "ok\n");
        }
        JsonNode truth = JSON.readTree(dir.resolve(Corpus.TRUTH).toFile());
        row.stories = truth.path("stories").asInt();
        List<Path> files = listFiles(articles);
        row.bytes = 0;
        for (Path f : files) {
            row.bytes += Files.size(f);
        }
        log("%,d articles, %.1f MB, %d stories", files.size(), row.bytes / 1e6, row.stories);
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        for (int i = 0; i < repeats && parts.contains("baseline"); i++) {
            gc();
            row.baseline.add(baseline(files, row));
            log("baseline regex pass %d: %.2f s", i + 1, row.baseline.get(i));
        }

        for (int i = 0; i < repeats && parts.contains("e2e"); i++) {
            gc();
            HeapWatch heap = HeapWatch.start();
            long c0 = cpu();
            long t0 = System.nanoTime();
            CheckResult result = Factcheck.standard().check(CheckRequest.of(articles).withThreads(threads));
            long t1 = System.nanoTime();
            ReportWriter json = new JsonReportWriter();
            json.write(result, out);
            double total = seconds(t0);
            heap.stop();
            row.endToEnd.add(total);
            row.endToEndCpu.add((cpu() - c0) / 1e9);
            row.report = Math.max(row.report, (System.nanoTime() - t1) / 1e9);
            row.peakHeap = Math.max(row.peakHeap, heap.peakUsed);
            row.peakLive = Math.max(row.peakLive, heap.peakLive);
            log("end to end %d: %.2f s, %.2f s of CPU (report %.2f s), peak heap %,d MB, live after GC %,d MB", i + 1, total,
                    row.endToEndCpu.get(i), (System.nanoTime() - t1) / 1e9, heap.peakUsed >> 20, heap.peakLive >> 20);
            if (i == 0) {
                row.claims = result.claims().size();
                row.quotes = result.quotes().size();
                row.findings = result.findings().size();
                score(result, truth, row);
            }
            result = null;
        }

        if (parts.contains("stages")) {
            gc();
            stages(articles, row);
        }
        if (parts.contains("recheck")) {
            recheck(articles, files, dir, out, row);
        }
        writeRow(dir.resolve("results.json"), row);
        return row;
    }

    private void recheck(Path articles, List<Path> files, Path dir, Path out, Row row) throws Exception {
        Path cache = dir.resolve("factcheck-cache.bin");
        Files.deleteIfExists(cache);
        gc();
        long t0 = System.nanoTime();
        check(articles, cache, out);
        row.cacheWarm = seconds(t0);
        log("cache filled: %.2f s", row.cacheWarm);
        Path edited = files.get(files.size() / 2);
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        try {
            for (int i = 0; i < repeats; i++) {
                String text = original.replace("\n\n", "\n\nAn editor revised this paragraph (pass " + (i + 1) + ").\n\n");
                Files.writeString(edited, text, StandardCharsets.UTF_8);
                gc();
                t0 = System.nanoTime();
                CheckResult r = check(articles, cache, out);
                double s = seconds(t0);
                row.recheck.add(s);
                row.recheckFromCache = r.fromCache();
                log("re-check after editing %s: %.2f s (%,d of %,d from the cache)", articles.relativize(edited), s,
                        r.fromCache(), r.articles().size());
            }
            // As a CI build sees it: each re-check in a JVM of its own (class loading, rule compile and
            // JIT warm-up included; Maven's own start-up not).
            for (int i = 0; i < repeats; i++) {
                String text = original.replace("\n\n", "\n\nAn editor revised this paragraph (fresh JVM, pass "
                        + (i + 1) + ").\n\n");
                Files.writeString(edited, text, StandardCharsets.UTF_8);
                double s = freshJvmRecheck(articles, cache, out);
                row.recheckFreshJvm.add(s);
                log("re-check in a fresh JVM after editing %s: %.2f s", articles.relativize(edited), s);
            }
        } finally {
            Files.writeString(edited, original, StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code recheck-once} in a new JVM with this one's class path and heap limit; its seconds. */
    private double freshJvmRecheck(Path articles, Path cache, Path out) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(javaBin.toString(), "-Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "recheck-once",
                articles.toString(), cache.toString(), out.toString(), Integer.toString(threads));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the fresh-JVM re-check failed:\n" + output);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("recheck-seconds (\\S+)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no time in the fresh-JVM re-check's output:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    /** One check with the cache and the JSON report, timed from the JVM's start: what {@code freshJvmRecheck} runs. */
    static void recheckOnce(Path articles, Path cache, Path out, int threads) throws Exception {
        CheckResult r = Factcheck.standard().check(CheckRequest.of(articles).withThreads(threads).withCacheFile(cache));
        new JsonReportWriter().write(r, out);
        double sinceStart = (System.currentTimeMillis()
                - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        System.out.printf(Locale.ROOT, "recheck-seconds %.3f from-cache %d%n", sinceStart, r.fromCache());
    }

    private CheckResult check(Path articles, Path cache, Path out) throws Exception {
        CheckResult r = Factcheck.standard().check(CheckRequest.of(articles).withThreads(threads).withCacheFile(cache));
        new JsonReportWriter().write(r, out);
        return r;
    }

    /** Extraction (read + extract, in parallel) and the rule stage, timed apart through the same public calls. */
    private void stages(Path articles, Row row) throws Exception {
        CheckRequest request = CheckRequest.of(articles).withThreads(threads);
        long c0 = cpu();
        long t0 = System.nanoTime();
        Factcheck.Analysis analysis = Factcheck.standard().analyse(request);
        row.extraction = seconds(t0);
        row.extractionCpu = (cpu() - c0) / 1e9;
        t0 = System.nanoTime();
        CompiledRules rules = RuleEngine.compile(RulePack.defaults());
        row.compile = seconds(t0);
        RuleSettings settings = RuleSettings.defaults();
        c0 = cpu();
        t0 = System.nanoTime();
        // As the check runs them: the default pack group by group on the check's threads, no results file.
        GroupedRules.run(rules, settings, analysis.articles(), analysis.claims(), analysis.quotes(),
                settings.getInt("engine.maxRuleFirings"), threads, null);
        row.rules = seconds(t0);
        row.rulesCpu = (cpu() - c0) / 1e9;
        log("stages: read+extract %.2f s, %.2f s of CPU (%.1f MB/s, %,.0f articles/s), rule compile %.2f s, "
                        + "rules %.2f s, %.2f s of CPU (%,d claims, %,d quotes)", row.extraction, row.extractionCpu,
                row.bytes / 1e6 / row.extraction, row.n / row.extraction, row.compile, row.rules, row.rulesCpu,
                analysis.claims().size(), analysis.quotes().size());
        if (parts.contains("perrule")) {
            for (RulePack.DrlSource source : RulePack.defaults().sources()) {
                CompiledRules one = RuleEngine.compile(new RulePack(List.of(source)));
                c0 = cpu();
                t0 = System.nanoTime();
                int found = RuleEngine.run(one, settings, analysis.articles(), analysis.claims(), analysis.quotes(),
                        settings.getInt("engine.maxRuleFirings")).size();
                log("  rule file %s alone: %.2f s, %.2f s of CPU, %,d findings", source.name(), seconds(t0),
                        (cpu() - c0) / 1e9, found);
            }
        }
    }

    /** Finds every digit sequence in the same files with one precompiled regex, on the same threads. */
    private double baseline(List<Path> files, Row row) throws Exception {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            int chunk = Math.max(1, files.size() / (threads * 16));
            List<Future<Long>> parts = new ArrayList<>();
            for (int from = 0; from < files.size(); from += chunk) {
                List<Path> slice = files.subList(from, Math.min(files.size(), from + chunk));
                parts.add(pool.submit(() -> {
                    long count = 0;
                    for (Path f : slice) {
                        Matcher m = DIGITS.matcher(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                        while (m.find()) {
                            count++;
                        }
                    }
                    return count;
                }));
            }
            long total = 0;
            for (Future<Long> p : parts) {
                total += p.get();
            }
            row.digitRuns = total;
        } finally {
            pool.shutdown();
        }
        return seconds(t0);
    }

    /**
     * A planted figure is found when a finding of its rule names its claim (article and value). A
     * finding is explained when it names a planted claim under a rule the plant accounts for (a stale
     * figure also contradicts the day's sources and undercuts the running total); every other finding is a
     * false positive.
     */
    private static void score(CheckResult result, JsonNode truth, Row row) {
        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : result.claims()) {
            byId.put(c.getId(), c);
        }
        Map<String, List<JsonNode>> plantsByArticle = new HashMap<>();
        for (JsonNode p : truth.path("expected")) {
            plantsByArticle.computeIfAbsent(p.path("article").asText(), k -> new ArrayList<>()).add(p);
        }
        row.planted = truth.path("expected").size();
        java.util.Set<JsonNode> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int explained = 0;
        for (Finding f : result.findings()) {
            boolean ok = false;
            for (int k = 0; k < f.getClaims().size(); k++) {
                Claim c = byId.get(f.getClaims().get(k));
                if (c == null) {
                    continue;
                }
                for (JsonNode p : plantsByArticle.getOrDefault(c.getArticlePath(), List.of())) {
                    if (Math.abs(c.getValue() - p.path("value").asDouble()) > 0.5) {
                        continue;
                    }
                    boolean allowed = false;
                    for (JsonNode rule : p.path("alsoExplains")) {
                        allowed |= rule.asText().equals(f.getRule());
                    }
                    if (!allowed) {
                        continue;
                    }
                    ok = true;
                    if (f.getRule().equals(p.path("rule").asText())
                            && (k == 0 || !"stale-figure".equals(f.getRule()))) {
                        found.add(p);
                    }
                }
            }
            if (ok) {
                explained++;
            } else {
                row.unexplainedByRule.merge(f.getRule(), 1, Integer::sum);
            }
        }
        row.matched = found.size();
        row.explained = explained;
        row.recall = row.planted == 0 ? 1 : (double) found.size() / row.planted;
        row.precision = result.findings().isEmpty() ? 1 : (double) explained / result.findings().size();
        log("truth: %d planted, %d found (recall %.4f); %d findings, %d explained (precision %.4f)%s", row.planted,
                found.size(), row.recall, result.findings().size(), explained, row.precision,
                row.unexplainedByRule.isEmpty() ? "" : "; unexplained by rule " + row.unexplainedByRule);
        if (Boolean.getBoolean("benchmark.showMisses")) {
            for (JsonNode p : truth.path("expected")) {
                if (!found.contains(p)) {
                    log("missed: %s", p);
                }
            }
            int shown = 0;
            for (Finding f : result.findings()) {
                boolean planted = false;
                for (String id : f.getClaims()) {
                    Claim c = byId.get(id);
                    planted |= c != null && plantsByArticle.containsKey(c.getArticlePath());
                }
                if (!planted && shown++ < 20) {
                    log("unexplained: %s %s %s", f.getRule(), f.getArticle(), f.getMessage());
                }
            }
        }
    }

    private static void writeRow(Path file, Row row) throws IOException {
        ObjectNode o = JSON.valueToTree(Map.of());
        o.put("n", row.n);
        o.put("bytes", row.bytes);
        o.put("claims", row.claims);
        o.put("findings", row.findings);
        o.put("endToEndMedian", row.e2e());
        o.putPOJO("endToEnd", row.endToEnd);
        o.putPOJO("endToEndCpu", row.endToEndCpu);
        o.put("extractionCpu", row.extractionCpu);
        o.put("rulesCpu", row.rulesCpu);
        o.put("extraction", row.extraction);
        o.put("ruleCompile", row.compile);
        o.put("rules", row.rules);
        o.put("report", row.report);
        o.put("peakHeapBytes", row.peakHeap);
        o.put("peakLiveBytes", row.peakLive);
        o.putPOJO("baseline", row.baseline);
        o.put("recall", row.recall);
        o.put("precision", row.precision);
        o.putPOJO("unexplainedByRule", row.unexplainedByRule);
        o.putPOJO("recheck", row.recheck);
        o.putPOJO("recheckFreshJvm", row.recheckFreshJvm);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), o);
    }

    static String table(List<Row> rows, int threads) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%n| articles | MB | claims | findings | end to end s (median) "
                + "| read+extract s | MB/s | articles/s | rules s | peak heap MB | regex baseline s | ratio "
                + "| recall | precision | re-check after 1 edit s | re-check, fresh JVM s |%n"));
        sb.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %,d | %.0f | %,d | %,d | %.2f | %.2f | %.1f | %,.0f | %.2f | %,d | %.3f | %.1f "
                            + "| %.4f | %.4f | %.2f | %.2f |%n", r.n, r.bytes / 1e6, r.claims, r.findings, r.e2e(),
                    r.extraction, r.bytes / 1e6 / r.extraction, r.n / r.extraction, r.rules, r.peakHeap >> 20,
                    r.base(), r.e2e() / r.base(), r.recall, r.precision, median(r.recheck),
                    median(r.recheckFreshJvm)));
        }
        sb.append(String.format(Locale.ROOT, "%nthreads %d, max heap %,d MB; end to end = Factcheck.standard().check + JSON "
                + "report; times are medians of the repeats (all runs in results.json)%n", threads,
                Runtime.getRuntime().maxMemory() >> 20));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "N=%,d: e2e runs %s; baseline runs %s; re-check runs %s "
                            + "(fresh JVM %s); planted %d, "
                            + "found %d; findings %d, explained %d, unexplained %s; rule compile %.2f s; "
                            + "report write %.2f s; live heap after GC %,d MB%n", r.n, fmt(r.endToEnd), fmt(r.baseline),
                    fmt(r.recheck), fmt(r.recheckFreshJvm), r.planted, r.matched, r.findings, r.explained,
                    r.unexplainedByRule, r.compile,
                    r.report, r.peakLive >> 20));
        }
        return sb.toString();
    }

    private static String fmt(List<Double> xs) {
        return xs.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList().toString();
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** CPU time of the whole process (every thread, JIT and GC included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void gc() {
        System.gc();
        System.gc();
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }

    /** Samples heap use every 10 ms and keeps the largest heap in use after a collection. */
    static final class HeapWatch implements Runnable {
        private final Thread thread = new Thread(this, "heap-watch");
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private volatile boolean running = true;
        long peakUsed;
        long peakLive;

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            for (MemoryPoolMXBean p : w.pools) {
                p.resetPeakUsage();
            }
            w.thread.setDaemon(true);
            w.thread.start();
            return w;
        }

        @Override
        public void run() {
            while (running) {
                sample();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void sample() {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean p : pools) {
                used += p.getUsage().getUsed();
                if (p.getCollectionUsage() != null) {
                    live += p.getCollectionUsage().getUsed();
                }
            }
            peakUsed = Math.max(peakUsed, used);
            peakLive = Math.max(peakLive, live);
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
            sample();
        }
    }
}
