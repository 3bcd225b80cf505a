package dev.factcheck.core.extract;

import dev.factcheck.benchmark.Samples;
import dev.factcheck.core.article.LoadedArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extractor's hot paths, one article of the benchmark corpus per call (64 articles cycled):
 * sentence splitting, tokenising, figure reading over every sentence, the whole extraction, and the
 * regex baseline over the same text. In this package to reach the package-private stages.
 * Run: {@code java -jar benchmark/target/factcheck-benchmark.jar jmh ExtractorBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private List<LoadedArticle> articles;
    private List<List<SentenceSplitter.Paragraph>> split;
    private Vocabulary vocabulary;
    private SentenceSplitter splitter;
    private FigureReader figures;
    private NewsExtractor extractor;
    private int next;

    @Setup
    public void setUp() throws IOException {
        articles = Samples.load(64, 20240408L);
        vocabulary = Vocabulary.defaults();
        splitter = new SentenceSplitter(vocabulary);
        figures = new FigureReader(vocabulary);
        extractor = new NewsExtractor(vocabulary);
        split = articles.stream().map(a -> splitter.split(a.text().prose(), a.text().original(), a.text().bodyStart()))
                .toList();
    }

    private int pick() {
        next = (next + 1) & 63;
        return next;
    }

    @Benchmark
    public List<SentenceSplitter.Paragraph> sentenceSplitting() {
        LoadedArticle a = articles.get(pick());
        return splitter.split(a.text().prose(), a.text().original(), a.text().bodyStart());
    }

    @Benchmark
    public void tokenising(Blackhole bh) {
        int i = pick();
        String prose = articles.get(i).text().prose();
        for (SentenceSplitter.Paragraph p : split.get(i)) {
            bh.consume(Tokens.of(prose, p.start(), p.end()));
        }
    }

    @Benchmark
    public void figureReading(Blackhole bh) {
        int i = pick();
        String prose = articles.get(i).text().prose();
        for (SentenceSplitter.Paragraph p : split.get(i)) {
            Tokens t = Tokens.of(prose, p.start(), p.end());
            for (SentenceSplitter.Span s : p.sentences()) {
                bh.consume(figures.read(t, t.indexAt(s.start()), t.indexAt(s.end())));
            }
        }
    }

    @Benchmark
    public Extraction fullArticle() {
        return extractor.extract(articles.get(pick()));
    }

    @Benchmark
    public int regexBaseline() {
        Matcher m = DIGITS.matcher(articles.get(pick()).text().original());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
