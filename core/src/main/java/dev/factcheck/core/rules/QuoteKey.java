package dev.factcheck.core.rules;

import dev.factcheck.core.model.Quote;
import org.kie.api.definition.type.ClassReactive;

import java.util.ArrayList;
import java.util.List;

/**
 * An index entry the engine inserts beside each {@link Quote}: one distinctive run of words of the
 * quote (the first and last few words of each passage between sentence ends and ellipses). Two quotes
 * that may be the same statement share at least one key, so quote rules join on {@code key ==} — an
 * indexed equality — instead of comparing every quote with every other.
 */
@ClassReactive
public final class QuoteKey {
    private final String key;
    private final int index;
    private final Quote quote;

    public QuoteKey(String key, int index, Quote quote) {
        this.key = key;
        this.index = index;
        this.quote = quote;
    }

    /** The keys of one quote, distinct, numbered from 0 in text order. */
    public static List<QuoteKey> of(Quote quote, int keyWords, int minWords) {
        List<QuoteKey> keys = new ArrayList<>();
        for (String k : Quotes.keys(quote, keyWords, minWords)) {
            keys.add(new QuoteKey(k, keys.size(), quote));
        }
        return keys;
    }

    public String getKey() {
        return key;
    }

    /** Position among the quote's keys: rules use it to visit a pair of quotes once, on their first shared key. */
    public int getIndex() {
        return index;
    }

    public Quote getQuote() {
        return quote;
    }

    @Override
    public String toString() {
        return key + " → " + quote;
    }
}
