package dev.factcheck.core.cache;

import dev.factcheck.core.article.InlineDirectives;
import dev.factcheck.core.extract.Extraction;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Direction;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of a claim, the statement fields included, comes back from the cache as it was stored. */
class ExtractionCacheClaimFieldsTest {
    private static final FileTime PAST = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));

    @TempDir
    Path tmp;

    @Test
    void claimsComeBackEqualWithTheirChangeNamedFlagAndKind() throws Exception {
        Article a = new Article("2024/04/a.md", "Jobs", "Wire", LocalDate.of(2024, 4, 8), "2024-04-08", null,
                Role.SOURCE);
        String sentence = "Unemployment rose from 3.9% to 4.2%, up from 212 claims; it fell 2.5%. The answer is 42.";
        List<Claim> claims = List.of(
                claim(a, sentence, 0, "rate/unemployment", QuantityKind.STATE, 4.2)
                        .unit("percent").change(new Change(Direction.UP, 3.9, 4.2)).build(),
                claim(a, sentence, 1, "rate/unemployment", QuantityKind.EARLIER, 3.9).unit("percent").build(),
                claim(a, sentence, 2, "claims/filed", QuantityKind.EARLIER, 212).build(),
                claim(a, sentence, 3, "index/value", QuantityKind.STATE, 2.5)
                        .unit("percent").change(new Change(Direction.DOWN, null, null)).build(),
                claim(a, sentence, 4, "figure", QuantityKind.STATE, 42).named(false).build(),
                claim(a, sentence, 5, "prices/level", QuantityKind.STATE, 7)
                        .change(new Change(null, null, 7.0)).build(),
                claim(a, sentence, 6, "people/killed", QuantityKind.CUMULATIVE, 100).build());
        byte[] hash = ExtractionCache.digest("text".getBytes(StandardCharsets.UTF_8));
        Path file = tmp.resolve("cache.bin");
        ExtractionCache cache = ExtractionCache.open(file, "key");
        cache.store(a.getPath(), 4, PAST, hash,
                new ExtractionCache.Result(List.of(), a, InlineDirectives.NONE, new Extraction(claims, List.of())));
        assertThat(cache.save()).isTrue();

        ExtractionCache.Result back = ExtractionCache.open(file, "key").byMetadata(a.getPath(), 4, PAST);
        assertThat(back).isNotNull();
        List<Claim> read = back.extraction().claims();
        assertThat(read).usingRecursiveFieldByFieldElementComparator().isEqualTo(claims);
        assertThat(read.get(0).getChange()).isEqualTo(new Change(Direction.UP, 3.9, 4.2));
        assertThat(read.get(1).getKind()).isEqualTo(QuantityKind.EARLIER);
        assertThat(read.get(3).getChange()).isEqualTo(new Change(Direction.DOWN, null, null));
        assertThat(read.get(4).isNamed()).isFalse();
        assertThat(read.get(5).getChange()).isEqualTo(new Change(null, null, 7.0));
        assertThat(read.get(6).getChange()).isNull();
        assertThat(read.get(6).isNamed()).isTrue();
    }

    private static Claim.Builder claim(Article a, String sentence, int i, String key, QuantityKind kind, double v) {
        return Claim.builder(a).offset(i * 10, i * 10 + 3).position(1, i * 10 + 1).sentence(sentence)
                .span("span " + i).figure(Double.toString(v)).value(v, v, v).quantity(key, key, kind)
                .asOf(a.getPublished());
    }
}
