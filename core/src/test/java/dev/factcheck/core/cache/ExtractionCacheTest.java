package dev.factcheck.core.cache;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction cache through {@link Factcheck#analyse}: a cached run gives what a cold run gives,
 * files are taken from the cache by size and modification time first and by content second, and
 * the cache file is rewritten only when something changed.
 */
class ExtractionCacheTest {
    private static final Path EXAMPLE = Path.of("../example-project/articles");
    private static final String EXPLAINER = "2025/08/2025-08-04-draft-ceasefire-explainer.md";
    /** Long enough ago for the cache to trust the modification times. */
    private static final Instant PAST = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private static Factcheck engine;

    @TempDir
    Path tmp;
    private Path articles;
    private Path cache;
    /** Articles (not other files) the example copy holds. */
    private int n;

    @BeforeAll
    static void engine() {
        engine = Factcheck.standard();
    }

    @BeforeEach
    void copyExample() throws IOException {
        articles = tmp.resolve("articles");
        cache = tmp.resolve("cache.bin");
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            for (Path p : walk.toList()) {
                Path target = articles.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        // Files that give problems besides the example's own (a missing outlet and date in the .txt):
        // an unknown front matter key, and a file skipped as binary.
        Files.writeString(articles.resolve("2024/extra-key.md"), """
                ---
                title: Extra
                outlet: Example Wire
                published: 2024-02-01
                desk: world
                ---
                The ministry said 1,200 people were displaced, according to the UN.
                """);
        Files.write(articles.resolve("2024/picture.md"), new byte[] {'P', 'N', 'G', 0, 1, 2});
        n = (int) countArticleFiles() - 1;
        age(articles, PAST);
    }

    private long countArticleFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(articles)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static void age(Path dir, Instant when) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(when));
            }
        }
    }

    private Factcheck.Analysis cold() throws Exception {
        return engine.analyse(CheckRequest.of(articles));
    }

    private Factcheck.Analysis cached() throws Exception {
        return engine.analyse(CheckRequest.of(articles).withCacheFile(cache));
    }

    /** Marks the cache file with a time no write would give it, to tell whether a run rewrote it. */
    private void markCache() throws IOException {
        Files.setLastModifiedTime(cache, FileTime.fromMillis(86_400_000L));
    }

    private boolean cacheRewritten() throws IOException {
        return Files.getLastModifiedTime(cache).toMillis() != 86_400_000L;
    }

    @Test
    void cachedRunsGiveWhatAColdRunGives() throws Exception {
        List<String> cold = describe(cold());
        Factcheck.Analysis fill = cached();
        Factcheck.Analysis byMetadata = cached();
        age(articles, PAST.plusSeconds(60));
        Factcheck.Analysis byContent = cached();

        assertThat(fill.fromCache()).isZero();
        assertThat(byMetadata.fromCache()).isEqualTo(n);
        assertThat(byContent.fromCache()).isEqualTo(n);
        assertThat(describe(fill)).isEqualTo(cold);
        assertThat(describe(byMetadata)).isEqualTo(cold);
        assertThat(describe(byContent)).isEqualTo(cold);
        // the example's warnings and directives are really there to compare
        assertThat(cold).anyMatch(s -> s.startsWith("warning|2024/01/2024-01-24-one-month-truce.txt|1|false|no 'outlet'"))
                .anyMatch(s -> s.startsWith("warning|2024/extra-key.md|5|false|unknown front matter key 'desk'"))
                .anyMatch(s -> s.startsWith("warning|2024/picture.md|0|false|skipped: binary file"))
                .anyMatch(s -> s.startsWith("inline|2025/09/2025-09-02-draft-families-wait.md|"))
                .anyMatch(s -> s.startsWith("claim|") && s.contains("|2024/extra-key.md|"))
                .anyMatch(s -> s.startsWith("quote|"));
    }

    @Test
    void aSameSizeEditWithANewModificationTimeIsExtractedAgain() throws Exception {
        cached();
        Path explainer = articles.resolve(EXPLAINER);
        String text = Files.readString(explainer);
        Files.writeString(explainer, text.replace("129 hostages remain", "128 hostages remain"));
        Files.setLastModifiedTime(explainer, FileTime.from(PAST.plusSeconds(5)));
        assertThat(Files.size(explainer)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);

        Factcheck.Analysis edited = cached();
        assertThat(edited.fromCache()).isEqualTo(n - 1);
        assertThat(edited.claims()).anyMatch(c -> c.getArticlePath().equals(EXPLAINER) && c.getValue() == 128)
                .noneMatch(c -> c.getArticlePath().equals(EXPLAINER) && c.getValue() == 129);
        assertThat(describe(edited)).isEqualTo(describe(cold()));
    }

    @Test
    void aFileWhoseSizeAndTimeMatchIsNotReadAgain() throws Exception {
        cached();
        Path explainer = articles.resolve(EXPLAINER);
        Files.writeString(explainer, Files.readString(explainer).replace("129 hostages remain", "128 hostages remain"));
        Files.setLastModifiedTime(explainer, FileTime.from(PAST));

        // The trade-off every timestamp cache makes: the time put back hides a same-size edit.
        Factcheck.Analysis run = cached();
        assertThat(run.fromCache()).isEqualTo(n);
        assertThat(run.claims()).anyMatch(c -> c.getArticlePath().equals(EXPLAINER) && c.getValue() == 129);
    }

    @Test
    void aTimeTooRecentToTrustMakesTheNextRunCompareContent() throws Exception {
        Path explainer = articles.resolve(EXPLAINER);
        FileTime justNow = FileTime.from(Instant.now());
        Files.setLastModifiedTime(explainer, justNow);
        cached();
        // edited again within the same time stamp, as a coarse file system would record it
        Files.writeString(explainer, Files.readString(explainer).replace("129 hostages remain", "128 hostages remain"));
        Files.setLastModifiedTime(explainer, justNow);

        Factcheck.Analysis run = cached();
        assertThat(run.fromCache()).isEqualTo(n - 1);
        assertThat(run.claims()).anyMatch(c -> c.getArticlePath().equals(EXPLAINER) && c.getValue() == 128);
    }

    @Test
    void aNewTimeWithTheSameContentIsServedFromTheCacheAndRecorded() throws Exception {
        cached();
        Path explainer = articles.resolve(EXPLAINER);
        Files.setLastModifiedTime(explainer, FileTime.from(PAST.plusSeconds(30)));
        markCache();

        Factcheck.Analysis touched = cached();
        assertThat(touched.fromCache()).isEqualTo(n);
        assertThat(cacheRewritten()).as("the new time is recorded").isTrue();

        markCache();
        assertThat(cached().fromCache()).isEqualTo(n);
        assertThat(cacheRewritten()).as("the recorded time matches now: nothing to write").isFalse();
    }

    @Test
    void theCacheFileIsNotRewrittenWhenNothingChanged() throws Exception {
        cached();
        byte[] written = Files.readAllBytes(cache);
        markCache();
        Factcheck.Analysis again = cached();
        assertThat(again.fromCache()).isEqualTo(n);
        assertThat(cacheRewritten()).isFalse();
        assertThat(Files.readAllBytes(cache)).isEqualTo(written);
    }

    @Test
    void aCheckReturnsWithTheCacheWrittenAndItsFindingsUnchanged() throws Exception {
        CheckResult plain = engine.check(CheckRequest.of(articles));
        CheckResult first = engine.check(CheckRequest.of(articles).withCacheFile(cache));
        // The cache is written beside the rule run; the check is over only once the file is complete.
        assertThat(cache).isRegularFile();
        Factcheck.Analysis reread = cached();
        assertThat(reread.fromCache()).isEqualTo(n);
        CheckResult second = engine.check(CheckRequest.of(articles).withCacheFile(cache));
        assertThat(second.fromCache()).isEqualTo(n);
        assertThat(first.findings()).isNotEmpty();
        assertThat(first.findings().toString()).isEqualTo(plain.findings().toString());
        assertThat(second.findings().toString()).isEqualTo(plain.findings().toString());
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningAndTheCheckGoesOn() throws Exception {
        Path blocker = tmp.resolve("not-a-directory");
        Files.writeString(blocker, "a file where the cache's directory should be");
        Path unwritable = blocker.resolve("cache.bin");
        CheckResult plain = engine.check(CheckRequest.of(articles));
        CheckResult result = engine.check(CheckRequest.of(articles).withCacheFile(unwritable));
        assertThat(result.warnings()).anySatisfy(w -> {
            assertThat(w.path()).isEqualTo(unwritable.toString());
            assertThat(w.message()).startsWith("cannot write the cache");
        });
        assertThat(result.findings().toString()).isEqualTo(plain.findings().toString());
        Factcheck.Analysis analysed = engine.analyse(CheckRequest.of(articles).withCacheFile(unwritable));
        assertThat(analysed.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("cannot write the cache"));
    }

    @Test
    void deletedArticlesDropOut() throws Exception {
        cached();
        Path explainer = articles.resolve(EXPLAINER);
        byte[] content = Files.readAllBytes(explainer);
        Files.delete(explainer);
        markCache();

        Factcheck.Analysis without = cached();
        assertThat(without.articles()).hasSize(n - 1).noneMatch(a -> a.getPath().equals(EXPLAINER));
        assertThat(without.fromCache()).isEqualTo(n - 1);
        assertThat(cacheRewritten()).isTrue();

        // put back exactly as it was: its entry is gone, so it is extracted again
        Files.write(explainer, content);
        Files.setLastModifiedTime(explainer, FileTime.from(PAST));
        assertThat(cached().fromCache()).isEqualTo(n - 1);
    }

    @Test
    void aTruncatedCacheIsIgnored() throws Exception {
        List<String> cold = describe(cold());
        cached();
        byte[] full = Files.readAllBytes(cache);
        for (int length : new int[] {0, 3, full.length / 2, full.length - 1}) {
            Files.write(cache, Arrays.copyOf(full, length));
            Factcheck.Analysis run = cached();
            assertThat(run.fromCache()).as("cache cut to %d bytes", length).isZero();
            assertThat(describe(run)).isEqualTo(cold);
            assertThat(Files.readAllBytes(cache)).as("rewritten whole").isEqualTo(full);
        }
    }

    @Test
    void aDamagedByteInTheCacheIsCaughtByTheChecksum() throws Exception {
        List<String> cold = describe(cold());
        cached();
        byte[] full = Files.readAllBytes(cache);
        // Change one letter of a sentence: still a well-formed file, but not the one written.
        String sentence = "129 hostages remain";
        int at = indexOf(full, sentence.getBytes(StandardCharsets.UTF_8));
        assertThat(at).isPositive();
        byte[] damaged = full.clone();
        damaged[at + 1] = '3';
        Files.write(cache, damaged);

        Factcheck.Analysis run = cached();
        assertThat(run.fromCache()).isZero();
        assertThat(describe(run)).isEqualTo(cold);
    }

    @Test
    void aCacheOfAnotherFormatIsIgnored() throws Exception {
        cached();
        byte[] current = Files.readAllBytes(cache);
        byte[] older = current.clone();
        older[7] = (byte) (ExtractionCache.FORMAT - 1); // the format version follows the 4-byte magic
        Files.write(cache, older);
        assertThat(cached().fromCache()).isZero();
        assertThat(cached().fromCache()).isEqualTo(n);

        // the gzipped JSON of format 1
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"configKey\":\"x\",\"articles\":{}}".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(cache, gz.toByteArray());
        assertThat(cached().fromCache()).isZero();
        assertThat(Files.readAllBytes(cache)).isEqualTo(current);
    }

    @Test
    void anotherEncodingDoesNotUseTheCache() throws Exception {
        cached();
        CheckRequest latin1 = new CheckRequest(List.of(articles), List.of(), List.of(), StandardCharsets.ISO_8859_1,
                null, null, null, 2, null, cache);
        assertThat(engine.analyse(latin1).fromCache()).isZero();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Every field of everything analyse returns, in order, as lines to compare. */
    static List<String> describe(Factcheck.Analysis a) {
        List<String> out = new ArrayList<>();
        Set<Article> articles = Collections.newSetFromMap(new IdentityHashMap<>());
        articles.addAll(a.articles());
        for (Article x : a.articles()) {
            out.add(String.join("|", "article", x.getPath(), x.getTitle(), x.getOutlet(), String.valueOf(x.getPublished()),
                    x.getPublishedText(), x.getUrl(), x.getRole().id()));
        }
        for (Claim c : a.claims()) {
            assertThat(articles).as("a claim refers to its listed article").contains(c.getArticle());
            out.add(String.join("|", "claim", c.getId(), String.valueOf(c.getSeq()), c.getArticlePath(),
                    String.valueOf(c.getOffset()), String.valueOf(c.getEnd()), String.valueOf(c.getLine()),
                    String.valueOf(c.getColumn()), c.getSentence(), c.getSpan(), c.getFigure(),
                    String.valueOf(c.getValue()), String.valueOf(c.getLower()), String.valueOf(c.getUpper()), c.getUnit(),
                    c.getQuantityKey(), c.getQuantityLabel(), c.getKind().id(), String.valueOf(c.getAsOf()),
                    c.getEventAnchor(), c.getAttribution() == null ? "-" : c.getAttribution().getText(),
                    c.getSourceName(), c.getAttribution() == null ? "-" : c.getAttribution().getVerb(),
                    String.valueOf(c.getPartOfOffset())));
        }
        for (Quote q : a.quotes()) {
            assertThat(articles).as("a quote refers to its listed article").contains(q.getArticle());
            out.add(String.join("|", "quote", q.getId(), String.valueOf(q.getSeq()), q.getArticlePath(),
                    String.valueOf(q.getOffset()), String.valueOf(q.getEnd()), String.valueOf(q.getLine()),
                    String.valueOf(q.getColumn()), q.getText(), q.getNormalizedText(), q.getSpeaker(), q.getSpeakerKey(),
                    q.getSpeakerSide(), q.getMedium()));
        }
        a.warnings().forEach(p -> out.add(String.join("|", "warning", p.path(), String.valueOf(p.line()),
                String.valueOf(p.fatal()), p.message())));
        new TreeMap<>(a.inline()).forEach((path, d) -> out.add("inline|" + path + "|" + d.ranges()));
        return out;
    }
}
