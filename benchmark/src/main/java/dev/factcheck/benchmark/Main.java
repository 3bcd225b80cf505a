package dev.factcheck.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -Xmx2g -jar benchmark/target/factcheck-benchmark.jar [N ...] [--dir D] [--seed S] [--repeats R] [--threads T]}
 * runs the benchmark for each N (default 1000 10000 100000) and prints the results table.
 * {@code generate N DIR} only writes a corpus; {@code probe DIR} prints what the check reads in a
 * directory; {@code jmh ...} runs the JMH microbenchmarks (arguments go to JMH).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 1 && args[0].equals("probe")) {
            Probe.run(Path.of(args[1]));
            return;
        }
        if (args.length > 4 && args[0].equals("recheck-once")) {
            Benchmark.recheckOnce(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            return;
        }
        long seed = 20240408L;
        if (args.length > 2 && args[0].equals("generate")) {
            int n = Integer.parseInt(args[1].replace("_", "").replace(",", ""));
            Path dir = Path.of(args[2]);
            if (args.length > 3) {
                seed = Long.parseLong(args[3]);
            }
            Files.createDirectories(dir);
            long bytes = new Corpus(seed, n).write(dir);
            Benchmark.log("wrote %,d articles (%.1f MB) and %s to %s", n, bytes / 1e6, Corpus.TRUTH, dir);
            return;
        }
        List<Integer> sizes = new ArrayList<>();
        Path dir = Path.of("target", "benchmark");
        int repeats = 3;
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.Set<String> parts = java.util.Set.of("baseline", "e2e", "stages", "recheck");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--parts" -> parts = java.util.Set.of(args[++i].split(","));
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        Files.createDirectories(dir);
        Benchmark b = new Benchmark(dir, seed, repeats, threads, parts);
        List<Benchmark.Row> rows = new ArrayList<>();
        for (int n : sizes) {
            rows.add(b.run(n));
            System.out.print(Benchmark.table(rows, threads));
        }
    }
}
