package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.article.SourceText;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures extraction throughput: articles of about 600 words, stitched from the corpus sentences
 * (our own writing), extracted by one shared {@link NewsExtractor} on N threads. Two mixes: only
 * sentences with figures (about 55 claims an article), and one sentence in four with a figure. Not a test: it asserts
 * nothing and runs only when asked.
 *
 * <pre>
 * ./mvnw -B -q -pl core -am test -Dtest=ExtractionThroughput -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfactcheck.throughput=true [-Dfactcheck.throughput.threads=2] [-Dfactcheck.throughput.seconds=20]
 * </pre>
 */
public final class ExtractionThroughput {
    private static final String[] SUBJECTS = {"earthquakes-floods", "elections", "budgets-prices", "epidemics", "sport", "wars"};

    @Test
    @EnabledIfSystemProperty(named = "factcheck.throughput", matches = "true")
    void measure() throws Exception {
        main(new String[]{System.getProperty("factcheck.throughput.threads", "2"),
                System.getProperty("factcheck.throughput.seconds", "20")});
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        NewsExtractor extractor = new NewsExtractor(Vocabulary.defaults());
        measure("dense (only sentences with figures)", extractor, articles(400, 600, 1.0), threads, seconds);
        measure("typical (1 sentence in 4 with a figure)", extractor, articles(400, 600, 0.25), threads, seconds);
    }

    private static void measure(String mix, NewsExtractor extractor, List<LoadedArticle> articles, int threads, int seconds)
            throws InterruptedException {
        long words = 0;
        long claims = 0;
        long quotes = 0;
        for (LoadedArticle a : articles) {
            words += a.text().original().split("\\s+").length;
            Extraction x = extractor.extract(a);
            claims += x.claims().size();
            quotes += x.quotes().size();
        }
        run(extractor, articles, threads, Math.max(3, seconds / 4));
        long done = run(extractor, articles, threads, seconds);
        double perMinute = done * 60.0 / seconds;
        System.out.printf(Locale.ROOT, "%-40s %d threads, %d s: %d articles (%.0f words each, %.1f claims, %.1f quotes), "
                        + "%.0f articles/min, %.0f words/s%n", mix, threads, seconds, done, (double) words / articles.size(),
                (double) claims / articles.size(), (double) quotes / articles.size(), perMinute,
                perMinute / 60 * words / articles.size());
    }

    private static long run(NewsExtractor extractor, List<LoadedArticle> articles, int threads, int seconds)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong count = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t * 37;
            Thread worker = new Thread(() -> {
                long n = 0;
                int i = offset;
                while (!stop.get()) {
                    extractor.extract(articles.get(i++ % articles.size()));
                    n++;
                }
                count.addAndGet(n);
                finished.countDown();
            });
            worker.setDaemon(true);
            worker.start();
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        finished.await();
        return count.get();
    }

    /** Articles of about {@code words} words, each a shuffled run of corpus sentences in paragraphs. */
    static List<LoadedArticle> articles(int count, int words, double figureShare) throws IOException {
        List<String> sentences = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (String subject : SUBJECTS) {
            try (InputStream in = ExtractionThroughput.class.getResourceAsStream("/extract/corpus/" + subject + ".txt")) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    if (line.startsWith("S:") || line.startsWith("S+:")) {
                        boolean claims = i + 1 < lines.length && lines[i + 1].startsWith("C:");
                        (claims ? sentences : plain).add(line.substring(line.indexOf(':') + 1).strip());
                    }
                }
            }
        }
        Random random = new Random(42);
        List<LoadedArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("---\noutlet: Wire\npublished: 2024-05-08\n---\n");
            int head = body.length();
            int n = 0;
            while (n < words) {
                String s = figureShare >= 1.0 || random.nextDouble() < figureShare
                        ? sentences.get(random.nextInt(sentences.size())) : plain.get(random.nextInt(plain.size()));
                body.append(s).append(random.nextInt(3) == 0 ? "\n\n" : " ");
                n += s.split(" ").length;
            }
            String text = body.toString();
            char[] prose = text.toCharArray();
            for (int k = 0; k < head; k++) {
                if (prose[k] != '\n') {
                    prose[k] = ' ';
                }
            }
            Article article = new Article("a" + i + ".md", null, "Wire", LocalDate.of(2024, 5, 8), "2024-05-08", null, Role.SOURCE);
            out.add(new LoadedArticle(article, Path.of("a" + i + ".md"), new SourceText(text, new String(prose), head), List.of()));
        }
        return out;
    }
}
