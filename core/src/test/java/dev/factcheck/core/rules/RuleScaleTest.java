package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static dev.factcheck.core.rules.Facts.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Rules join on quantity keys and quote keys, so many facts that share no key cost little: a rule
 * comparing every claim with every other would need 10^9 comparisons here and not finish in time.
 */
class RuleScaleTest {
    @Test
    void fortyThousandClaimsAndQuotesOnDistinctKeysRunQuickly() {
        Facts facts = new Facts();
        QuantityKind[] kinds = QuantityKind.values();
        for (int i = 0; i < 4_000; i++) {
            Article a = source("Outlet " + i, LocalDate.of(2024, 1, 1).plusDays(i % 400).toString());
            for (int k = 0; k < 8; k++) {
                int key = (i * 8 + k) % 16_000;
                facts.exact(a, "thing" + key + "/counted", kinds[key % kinds.length], 100 + i % 7);
            }
            facts.quote(a, "Statement number " + i + " about matter " + (i * 7) + " was made on day " + i + ".",
                    "Speaker " + i, "speaker " + i, null);
        }
        assertThatCode(() -> {
            long start = System.nanoTime();
            List<Finding> findings = facts.run();
            assertThat(findings).isNotEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        }).doesNotThrowAnyException();
    }
}
