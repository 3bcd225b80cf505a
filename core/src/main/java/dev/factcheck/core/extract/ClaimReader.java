package dev.factcheck.core.extract;

import java.util.List;

/**
 * Reads one figure into a claim draft: what it counts, what happened to it and by whom, its span,
 * then when and where it holds, its kind and its source. A figure whose sentence names nothing it
 * counts is still a claim, of {@value #UNNAMED}. Returns null for the story's own sources.
 */
final class ClaimReader {
    /** What a figure counts when its sentence names nothing: it is still a claim. */
    static final String UNNAMED = "number";

    private final Vocabulary v;
    private final ArticleContext a;
    private final CountedNouns nouns;
    private final OwnSources ownSources;
    private final PredicateFinder predicates;
    private final Agents agents;
    private final ClaimKinds kinds;
    private final PlaceScope places;
    private final Attributions attributions;

    ClaimReader(Vocabulary v, ArticleContext a, Attributions attributions) {
        this.v = v;
        this.a = a;
        this.nouns = new CountedNouns(v);
        this.ownSources = new OwnSources(v);
        this.predicates = new PredicateFinder(v);
        this.agents = new Agents(v);
        this.kinds = new ClaimKinds(v);
        this.places = new PlaceScope(v);
        this.attributions = attributions;
    }

    Draft claim(Sentence x, Figure f, List<TimeReader.Mention> mentions, List<Attributions.Attr> attrs) {
        Tokens t = x.t;
        int s = x.start;
        int pi = x.paragraph;
        Clause c = Clause.of(x, f);
        Draft last = a.lastDraft;
        Draft d = new Draft();
        d.figure = f;
        d.offset = t.start[f.first];
        int spanStart = f.first;
        int spanEnd = f.end;
        boolean partitive = nouns.partitive(c);
        if (partitive && last != null && a.lastDraftParagraph == pi && last.figure.isCount()) {
            d.partOf = last.offset;
        }
        Vocabulary.Predicate pred = null;
        int[] predWhere = {-1, -1};
        if (f.isTime()) {
            String event = nouns.eventNoun(c);
            d.counted = event == null ? "time" : event;
            d.countedLabel = d.counted;
            d.predicate = "duration";
            d.predicateLabel = "duration";
        } else if (f.isCount()) {
            int[] noun = new int[2];
            Vocabulary.Noun n = nouns.noun(c, noun);
            if (n == null) {
                Draft ante = partitive ? (d.isPart() ? last : null) : null;
                if (ante == null && nouns.elided(c) && last != null && a.lastDraftParagraph >= pi - 1
                        && last.figure.isCount()) {
                    ante = last;
                }
                if (ante == null) {
                    d.counted = UNNAMED;
                    d.countedLabel = UNNAMED;
                } else {
                    d.counted = ante.counted;
                    d.countedLabel = ante.countedLabel;
                }
            } else {
                d.counted = n.key();
                d.countedLabel = n.label() == null ? n.key() : n.label();
                if (n.predicate() != null) {
                    pred = predicates.byKey(n.predicate());
                    d.nounPredicate = true;
                }
                spanEnd = Math.max(spanEnd, noun[1]);
            }
            if (ownSources.counts(x, f, noun[1] > 0 ? noun[1] : f.end)) {
                if (pred == null && predicates.near(c, Math.max(f.end, noun[1]), null) == null) {
                    return null;
                }
            }
            if (pred == null) {
                PhraseTable.Entry<Vocabulary.Predicate> pb = v.predicatesBefore.endingAt(t, f.first, s);
                if (pb != null) {
                    pred = pb.value();
                    spanStart = f.first - pb.length();
                } else {
                    pred = predicates.modifier(t, f.end, noun[0] > 0 ? noun[0] : f.end);
                    if (pred == null) {
                        pred = predicates.near(c, Math.max(f.end, noun[1]), predWhere);
                        if (pred != null) {
                            if (predWhere[0] < f.first && f.first - predWhere[0] <= 3) {
                                spanStart = predWhere[0];
                            } else if (predWhere[0] >= f.end && predWhere[1] - spanEnd <= 4) {
                                spanEnd = Math.max(spanEnd, predWhere[1]);
                            }
                        }
                    }
                }
            }
            if (pred != null) {
                String over = pred.counted().get(d.counted);
                if (over != null) {
                    d.counted = over;
                    d.countedLabel = over;
                }
            }
            if (pred == null && !d.nounPredicate && n == null && last != null && d.counted.equals(last.counted)
                    && last.nounPredicate) {
                pred = predicates.byKey(last.basePredicate);
            }
        } else if (isMeasureUnit(f)) {
            Vocabulary.Noun n = nouns.measureNoun(x, f);
            d.counted = n == null ? "reading" : n.key();
            d.countedLabel = d.counted;
            d.predicate = f.unit;
            d.predicateLabel = f.unit;
        } else if (isShare(f)) {
            int[] baseAt = new int[2];
            Vocabulary.Noun base = nouns.base(x, f, baseAt);
            Vocabulary.Noun before = nouns.measureBefore(x, f.first);
            Vocabulary.Noun n = before != null ? before : base;
            if (n == null) {
                if (last != null && a.lastDraftParagraph >= pi - 1 && isShare(last.figure) && nouns.elided(c)) {
                    d.counted = last.counted;
                    d.countedLabel = last.countedLabel;
                    pred = predicates.byKey(last.basePredicate);
                } else {
                    String subject = nouns.changeSubject(x, f);
                    d.counted = subject == null ? UNNAMED : subject;
                    d.countedLabel = d.counted.replace('-', ' ');
                    if (subject != null) {
                        pred = predicates.byKey("change");
                    }
                }
            } else {
                d.counted = n.key();
                d.countedLabel = n.label() == null ? n.key() : n.label();
                Vocabulary.Predicate after = base == null ? null : predicates.afterBase(c, baseAt[1]);
                if (after != null) {
                    pred = after;
                } else if (base != null) {
                    pred = predicates.byKey("share");
                } else if (predicates.changeContext(x, f) && !n.keepChange()) {
                    pred = predicates.byKey("change");
                } else {
                    pred = predicates.byKey(n.predicate() == null || n.predicate().equals("amount") ? "rate" : n.predicate());
                }
                if (base != null) {
                    spanEnd = Math.max(spanEnd, baseAt[1]);
                }
            }
        } else {
            Vocabulary.Noun n = nouns.moneyNoun(x, f);
            d.counted = n == null ? v.moneyNoun : n.key();
            d.countedLabel = d.counted;
            pred = predicates.near(c, f.end, predWhere);
            if (pred == null) {
                pred = predicates.byKey(n == null || n.predicate() == null ? "amount" : n.predicate());
            }
        }
        if (pred != null) {
            d.predicate = pred.key();
            d.predicateLabel = pred.label();
        }
        if (pred == null && d.predicate == null) {
            d.predicate = PredicateFinder.defaultFor(f);
            d.predicateLabel = d.predicate.equals("total") ? "" : d.predicate;
        }
        if (pred != null && pred.agent() && predWhere[0] < 0) {
            predWhere[0] = agents.predicateBefore(x, f);
            if (predWhere[0] < 0 && d.nounPredicate) {
                predWhere[0] = f.first;
            }
        }
        d.basePredicate = d.predicate;
        if (pred != null && pred.agent() && predWhere[0] >= 0) {
            String agent = agents.agent(c, predWhere[0] < f.first ? predWhere[0] : f.first);
            if (agent != null) {
                d.predicate = d.predicate + "-by-" + agent;
                d.predicateLabel = d.predicateLabel + " by " + agent.replace('-', ' ');
            }
        }
        d.end = t.end[Math.max(spanStart, spanEnd - 1)];
        d.span = Prose.clean(a.prose.substring(t.start[Math.min(spanStart, f.first)], t.end[spanEnd - 1]));
        boolean[] in = c.reach(v);
        kinds.read(c, in, pred, mentions, a, d);
        if (!f.isTime() && (pred == null || pred.place())) {
            d.place = places.place(c, in, a.homePlace);
        }
        attributions.attribute(t, f, attrs, d);
        return d;
    }

    static boolean isMeasureUnit(Figure f) {
        return !f.isCount() && !f.isTime() && !isShare(f) && !(f.unit.length() == 3 && f.unit.equals(f.unit.toUpperCase(java.util.Locale.ROOT)));
    }

    static boolean isShare(Figure f) {
        return f.unit.equals("percent") || f.unit.equals("fraction") || f.unit.equals("percentage point") || f.unit.equals("basis point");
    }
}
