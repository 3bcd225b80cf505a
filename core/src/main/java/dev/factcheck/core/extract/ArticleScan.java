package dev.factcheck.core.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The first pass over the whole article: the years and day-and-month dates it names, its home place
 * (the gazetteer place mentioned most often, counting parents; the narrower on a tie; not counting
 * places that act, as in "Kyiv said"), and names that follow a title.
 */
final class ArticleScan {
    private final Vocabulary v;
    private final TimeReader times;
    private final Speakers speakers;

    ArticleScan(Vocabulary v, TimeReader times, Speakers speakers) {
        this.v = v;
        this.times = times;
        this.speakers = speakers;
    }

    void scan(ArticleContext a) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        int order = 0;
        for (int pi = 0; pi < a.paragraphs.size(); pi++) {
            Tokens t = a.tokens[pi];
            times.collect(t, 0, t.size, a.time);
            for (int k = 0; k < t.size; k++) {
                if (!t.capitalised(k)) {
                    continue;
                }
                PhraseTable.Entry<Vocabulary.Place> p = v.placeNames.at(t, k, t.size);
                int after = p == null ? k : k + p.length();
                while (after < t.size && t.isWord(after) && (t.is(after, "also") || t.is(after, "has") || t.is(after, "have")
                        || t.is(after, "had") || t.is(after, "now") || t.is(after, "later") || t.is(after, "will"))) {
                    after++;
                }
                boolean actor = p != null && after < t.size && t.isWord(after) && !t.capitalised(after)
                        && (v.speechVerbs.at(t, after, t.size) != null && !t.is(after, "reported")
                        || v.predicates.at(t, after, t.size) != null && v.predicates.at(t, after, t.size).value().agent());
                if (p != null && PlaceScope.shouted(v, t, k, p)) {
                    k = k + p.length() - 1;
                    continue;
                }
                if (actor) {
                    k = after - 1;
                    continue;
                }
                boolean beforeName = p != null && k + p.length() < t.size && t.capitalised(k + p.length())
                        && !demonymAt(t, k + p.length()) && !v.directions.contains(t.lower[k]);
                if (p != null && !beforeName) {
                    for (String key : v.lineage(p.value().key())) {
                        counts.merge(key, 1, Integer::sum);
                        firstSeen.putIfAbsent(key, order++);
                    }
                    k += p.length() - 1;
                }
            }
            for (int k = 0; k < t.size; k++) {
                PhraseTable.Entry<Boolean> title = v.titles.at(t, k, t.size);
                if (title != null) {
                    Speakers.Speaker named = speakers.nameAfterTitle(t, k + title.length(), t.size, t.start[k]);
                    if (named != null) {
                        a.names.add(named);
                    }
                }
            }
        }
        times.resolveCollected(a.time);
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && broader(e.getKey(), best, firstSeen))) {
                best = e.getKey();
            }
        }
        a.homePlace = best;
    }

    /** "Gaza Palestinians": a capitalised plural that counts people, after a place name. */
    private boolean demonymAt(Tokens t, int k) {
        PhraseTable.Entry<Vocabulary.Noun> n = v.counted.at(t, k, t.size);
        return n != null && "people".equals(n.value().key());
    }

    private boolean broader(String a, String b, Map<String, Integer> firstSeen) {
        if (v.lineage(a).contains(b)) {
            return true;
        }
        if (v.lineage(b).contains(a)) {
            return false;
        }
        return firstSeen.get(a) < firstSeen.get(b);
    }
}
