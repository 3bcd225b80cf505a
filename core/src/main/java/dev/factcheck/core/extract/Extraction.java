package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Quote;

import java.util.List;

/** What an extractor found in one article, in text order. */
public record Extraction(List<Claim> claims, List<Quote> quotes) {
    public Extraction {
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
    }
}
