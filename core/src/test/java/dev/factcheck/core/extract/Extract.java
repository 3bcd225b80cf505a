package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Quote;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: extraction from a few sentences of our own. */
final class Extract {
    static final NewsExtractor EXTRACTOR = new NewsExtractor(Vocabulary.defaults());

    private Extract() {
    }

    static Extraction of(String published, String body) {
        return EXTRACTOR.extract(Articles.of(published, body));
    }

    static List<Claim> claims(String published, String body) {
        return of(published, body).claims();
    }

    static List<Quote> quotes(String published, String body) {
        return of(published, body).quotes();
    }

    static Claim only(String published, String body) {
        List<Claim> c = claims(published, body);
        assertThat(c).as("claims in: %s", body).hasSize(1);
        return c.get(0);
    }

    static Claim figure(List<Claim> claims, String figure) {
        List<Claim> c = claims.stream().filter(x -> x.getFigure().equals(figure)).collect(Collectors.toList());
        assertThat(c).as("claims written '%s' among %s", figure, claims).hasSize(1);
        return c.get(0);
    }
}
