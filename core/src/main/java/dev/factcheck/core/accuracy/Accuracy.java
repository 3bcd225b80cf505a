package dev.factcheck.core.accuracy;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.policy.PolicyOptions;
import dev.factcheck.core.report.JsonReportWriter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the check against an editor's gold file: runs the check on a folder of articles as the
 * plugin's {@code check} goal does with its defaults, writes {@code factcheck-report.json}, and
 * scores that file ({@code docs/accuracy.md}).
 *
 * <pre>
 * Accuracy ARTICLES GOLD [--rules revised-figure] [--out DIR]
 * </pre>
 */
public final class Accuracy {
    private static final String USAGE = "usage: Accuracy ARTICLES GOLD [--rules revised-figure[,...]] [--out DIR]";

    private Accuracy() {
    }

    /** The command's options: the articles folder, the gold file, extra rules to score, where to write the report. */
    public record Options(Path articles, Path gold, List<String> extraRules, Path outputDirectory) {
        public List<String> rules() {
            List<String> rules = new ArrayList<>(Scorecard.DEFAULT_RULES);
            extraRules.stream().filter(r -> !rules.contains(r)).forEach(rules::add);
            return rules;
        }

        static Options parse(String[] args) {
            List<String> positional = new ArrayList<>();
            List<String> extra = new ArrayList<>();
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rules" -> extra.addAll(List.of(value(args, ++i).split(",")));
                    case "--out" -> out = Path.of(value(args, ++i));
                    default -> positional.add(args[i]);
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException(USAGE);
            }
            return new Options(Path.of(positional.get(0)), Path.of(positional.get(1)),
                    extra.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(), out);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(USAGE);
            }
            return args[i];
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path out = options.outputDirectory() != null ? options.outputDirectory()
                : Files.createTempDirectory("factcheck-accuracy");
        Path reportFile = check(options.articles(), out, System.err);
        System.err.println("report: " + reportFile);
        CheckReport report = CheckReport.read(reportFile);
        Scorecard card = Scorecard.score(Gold.read(options.gold()), report, options.rules());
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        stdout.print(ScorecardPrinter.print(card, report));
        stdout.flush();
    }

    /** Checks, writes the JSON report into the output directory, and scores the written report. */
    public static Scorecard run(Path articles, Path gold, Path outputDirectory, List<String> rules)
            throws IOException, FactcheckException {
        Path reportFile = check(articles, outputDirectory, null);
        return Scorecard.score(Gold.read(gold), CheckReport.read(reportFile), rules);
    }

    /**
     * The check as {@code factcheck:check} runs it with every parameter at its default: the default
     * rule pack, no newsroom rules, settings or vocabulary, UTF-8, one thread per processor, the
     * default policy, and the extraction cache beside the report. Articles that cannot be read are
     * told on {@code log} (when given); the others are checked and reported.
     */
    public static Path check(Path articles, Path outputDirectory, PrintStream log)
            throws IOException, FactcheckException {
        if (!Files.isDirectory(articles)) {
            throw new IOException("articles directory does not exist: " + articles);
        }
        Files.createDirectories(outputDirectory);
        CheckRequest request = new CheckRequest(List.of(articles.toAbsolutePath().normalize()), List.of(), List.of(),
                StandardCharsets.UTF_8, null, null, null, Runtime.getRuntime().availableProcessors(),
                PolicyOptions.defaults(), outputDirectory.resolve("factcheck-cache.bin"));
        CheckResult result = Factcheck.standard().check(request);
        if (log != null) {
            result.errors().forEach(p -> log.println("bad article: " + p.path() + ":" + p.line() + ": " + p.message()));
        }
        return new JsonReportWriter().write(result, outputDirectory);
    }
}
