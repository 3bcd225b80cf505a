package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {
    @Test
    void oneExtractorGivesTheSameResultFromManyThreads() throws Exception {
        LoadedArticle a = Articles.of("2024-05-08", "Floods have killed 40 people in Kenya, officials said. "
                + "“We need help,” the governor said.\nAbout 3,000 homes were destroyed on Monday.");
        String expected = Extract.EXTRACTOR.extract(a).claims().toString() + Extract.EXTRACTOR.extract(a).quotes();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> Extract.EXTRACTOR.extract(a).claims().toString() + Extract.EXTRACTOR.extract(a).quotes()));
            }
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
