package dev.factcheck.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The extractor's word lists: number words, hedges, units, counted nouns, predicates, places,
 * sources, speakers, time words and abbreviations, read from YAML files on the classpath under
 * {@value #RESOURCE_DIR}. A newsroom adds to or overrides them with files of the same names in a
 * directory of its own ({@link #withOverrides(Path)}): maps merge key by key, lists are extended.
 * Immutable once built.
 */
public final class Vocabulary {
    public static final String RESOURCE_DIR = "dev/factcheck/rules/vocabulary/";
    public static final List<String> FILES = List.of("numbers", "qualifiers", "units", "nouns", "predicates", "places",
            "sources", "speakers", "time", "sentences", "nonclaims");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build();

    /** A counted noun: the key's first part, with the predicate it implies, if any. */
    record Noun(String key, String label, String predicate, boolean keepChange) {
        Noun(String key, String label, String predicate) {
            this(key, label, predicate, false);
        }
    }

    /** What happened to what is counted. */
    record Predicate(String key, String label, String kind, boolean place, boolean anchor, boolean agent,
                     Map<String, String> counted) {
    }

    /** A place of the gazetteer; {@code parent} may be null. */
    record Place(String key, String label, String parent) {
    }

    /** What a duration measures, with the kind of such durations. */
    record EventNoun(String key, String kind) {
    }

    private final Map<String, JsonNode> trees;
    /** Every phrase table below, to be indexed once the vocabulary is read. */
    private final List<PhraseTable<?>> tables = new ArrayList<>();

    final Map<String, Double> numberWords = new HashMap<>();
    final Map<String, Double> scales = new HashMap<>();
    final Set<String> attachedOnlyScales = new HashSet<>();
    final PhraseTable<double[]> vague = table();
    final Map<String, Double> fractions = new HashMap<>();
    final PhraseTable<String> currencySymbols = table();
    final PhraseTable<String> currencyWords = table();
    final PhraseTable<Boolean> percent = table();
    final PhraseTable<Boolean> percentagePoints = table();
    final PhraseTable<Boolean> basisPoints = table();
    final PhraseTable<Integer> relativeYears = table();
    final PhraseTable<Integer> relativeMonths = table();
    final PhraseTable<Boolean> baselines = table();
    final PhraseTable<Boolean> thresholds = table();
    final PhraseTable<Boolean> targets = table();
    final PhraseTable<Boolean> ageHedges = table();
    final PhraseTable<Boolean> settlements = table();
    final Set<String> nounStop = new HashSet<>();
    final Set<String> agentDrop = new HashSet<>();
    String moneyNoun = "money";
    final Set<String> changeVerbs = new HashSet<>();
    final Set<String> changeAfter = new HashSet<>();
    final Set<String> agentJoiners = new HashSet<>();
    final Set<String> subjectHedges = new HashSet<>();
    final Set<String> subjectTotals = new HashSet<>();
    final Set<String> subjectTotalsFar = new HashSet<>();
    final Set<String> subjectLinks = new HashSet<>();

    final PhraseTable<Double[]> qualifiersBefore = table();
    final PhraseTable<Double[]> qualifiersAfter = table();

    final PhraseTable<String> timeUnits = table();
    final PhraseTable<String> measureUnits = table();

    final PhraseTable<Noun> counted = table();
    final PhraseTable<EventNoun> events = table();
    final PhraseTable<Noun> measures = table();
    final Set<String> nounSkip = new HashSet<>();

    final PhraseTable<Predicate> predicates = table();
    final PhraseTable<Predicate> predicatesBefore = table();
    final Map<String, Predicate> predicatesByKey = new HashMap<>();

    final Set<String> directions = new HashSet<>();
    final Set<String> locatives = new HashSet<>();
    final PhraseTable<Place> placeNames = table();
    final PhraseTable<Place> placeAdjectives = table();
    final Map<String, Place> places = new HashMap<>();
    final Set<String> upperCaseNames = new HashSet<>();

    final PhraseTable<String> attributionVerbs = table();
    final PhraseTable<String> attributionBefore = table();
    final List<String[]> sourceSynonyms = new ArrayList<>();
    final Set<String> sourceDrop = new HashSet<>();
    final PhraseTable<Boolean> sourceStops = table();
    final PhraseTable<Boolean> anonymousNouns = table();
    final PhraseTable<Boolean> anonymousCues = table();
    final PhraseTable<Boolean> anonymousPeople = table();
    final PhraseTable<Boolean> anonymousStrongCues = table();
    final Set<String> trailingWords = new HashSet<>();
    final Set<String> attributionPredicates = new HashSet<>();
    final Set<String> sourceQualifiers = new HashSet<>();

    final PhraseTable<Boolean> speechVerbs = table();
    final PhraseTable<Boolean> titles = table();
    final Set<String> soften = new HashSet<>();
    final Set<String> pronouns = new HashSet<>();
    final Set<String> groups = new HashSet<>();
    final PhraseTable<Boolean> notMedia = table();
    final PhraseTable<Boolean> mediumTails = table();
    final Set<String> mediaNouns = new HashSet<>();
    final PhraseTable<String> sides = table();
    final Set<String> speakerCut = new HashSet<>();
    final Set<String> speakerAdverbs = new HashSet<>();
    final Set<String> speakerDeterminers = new HashSet<>();
    final Set<String> nameJoiners = new HashSet<>();
    final Set<String> toldVerbs = new HashSet<>();
    final Set<String> citeVerbs = new HashSet<>();

    final Map<String, Integer> months = new HashMap<>();
    final Map<String, Integer> weekdays = new HashMap<>();
    final PhraseTable<Integer> relativeDays = table();
    final PhraseTable<Boolean> previousDay = table();
    final PhraseTable<Boolean> anaphora = table();
    final PhraseTable<Boolean> since = table();
    final PhraseTable<Boolean> by = table();
    final PhraseTable<Boolean> cumulativeCues = table();
    final PhraseTable<Boolean> proposalCues = table();
    final PhraseTable<Boolean> perfect = table();
    final PhraseTable<Boolean> durationRefs = table();
    final PhraseTable<Boolean> windows = table();
    final Map<String, String> sequences = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    final PhraseTable<Boolean> clock = table();

    final Map<String, String> abbreviations = new HashMap<>();
    final Set<String> starters = new HashSet<>();
    final Pattern dateline;
    final Set<String> clauseWords = new HashSet<>();
    final Set<String> auxiliaries = new HashSet<>();
    final Set<String> prepositions = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> relativeOpeners = new HashSet<>();
    final Set<String> adverbialOpeners = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();

    final PhraseTable<Boolean> ageBefore = table();
    final PhraseTable<Boolean> street = table();
    final PhraseTable<Boolean> phone = table();
    final PhraseTable<Boolean> score = table();
    final PhraseTable<Boolean> identifierBefore = table();
    final PhraseTable<Boolean> references = table();

    /** Words a figure can start with (besides digits); words a time expression or attribution can start with. */
    final Set<String> figureStarters = new HashSet<>();
    final Set<String> timeStarters = new HashSet<>();
    final Set<String> attributionStarters = new HashSet<>();
    /** Filters over the three starter sets, asked at every token before the sets themselves. */
    private final WordFilter figureStarterFilter;
    private final WordFilter timeStarterFilter;
    private final WordFilter attributionStarterFilter;

    private Vocabulary(Map<String, JsonNode> trees) {
        this.trees = trees;
        JsonNode n = tree("numbers");
        forEach(n.path("words"), (k, v) -> numberWords.put(k.toLowerCase(Locale.ROOT), v.asDouble()));
        forEach(n.path("scales"), (k, v) -> scales.put(k.toLowerCase(Locale.ROOT), v.asDouble()));
        strings(n.path("attachedOnly")).forEach(attachedOnlyScales::add);
        forEach(n.path("vague"), (k, v) -> vague.put(k, new double[]{v.path(0).asDouble(), v.path(1).asDouble()}));
        forEach(n.path("fractions"), (k, v) -> fractions.put(k.toLowerCase(Locale.ROOT), v.asDouble()));
        forEach(n.path("currencySymbols"), (k, v) -> currencySymbols.put(k, v.asText()));
        forEach(n.path("currencyWords"), (k, v) -> currencyWords.put(k, v.asText()));
        strings(n.path("percent")).forEach(s -> percent.put(s, true));
        strings(n.path("percentagePoints")).forEach(s -> percentagePoints.put(s, true));
        strings(n.path("basisPoints")).forEach(s -> basisPoints.put(s, true));

        JsonNode q = tree("qualifiers");
        forEach(q.path("before"), (k, v) -> qualifiersBefore.put(k, bounds(v)));
        forEach(q.path("after"), (k, v) -> qualifiersAfter.put(k, bounds(v)));

        JsonNode u = tree("units");
        forEach(u.path("time"), (k, v) -> strings(v).forEach(s -> timeUnits.put(s, k)));
        forEach(u.path("measure"), (k, v) -> strings(v).forEach(s -> measureUnits.put(s, k)));

        JsonNode no = tree("nouns");
        forEach(no.path("counted"), (k, v) -> {
            Noun noun = new Noun(text(v, "counted", k), text(v, "label", null), text(v, "predicate", null));
            strings(v.path("forms")).forEach(s -> counted.put(s, noun));
        });
        forEach(no.path("events"), (k, v) -> {
            EventNoun e = new EventNoun(k, text(v, "kind", "state"));
            strings(v.path("forms")).forEach(s -> events.put(s, e));
        });
        forEach(no.path("measures"), (k, v) -> {
            Noun noun = new Noun(k, text(v, "label", null), text(v, "predicate", "amount"), "keep".equals(text(v, "change", null)));
            strings(v.path("forms")).forEach(s -> measures.put(s, noun));
        });
        strings(no.path("skip")).forEach(nounSkip::add);
        strings(no.path("stop")).forEach(nounStop::add);
        strings(no.path("agentDrop")).forEach(agentDrop::add);
        strings(no.path("changeVerbs")).forEach(changeVerbs::add);
        strings(no.path("changeAfter")).forEach(changeAfter::add);
        strings(no.path("agentJoiners")).forEach(agentJoiners::add);
        strings(no.path("subjectHedges")).forEach(subjectHedges::add);
        strings(no.path("subjectTotals")).forEach(subjectTotals::add);
        strings(no.path("subjectTotalsFar")).forEach(subjectTotalsFar::add);
        strings(no.path("subjectLinks")).forEach(subjectLinks::add);
        moneyNoun = text(no, "money", "money");

        forEach(tree("predicates"), (k, v) -> {
            Map<String, String> over = new HashMap<>();
            forEach(v.path("counted"), (a, b) -> over.put(a, b.asText()));
            Predicate p = new Predicate(k, text(v, "label", k), text(v, "kind", "event"),
                    !"false".equals(text(v, "place", "true")), !"false".equals(text(v, "anchor", "true")),
                    "true".equals(text(v, "agent", "false")), Map.copyOf(over));
            predicatesByKey.put(k, p);
            strings(v.path("phrases")).forEach(s -> predicates.put(s, p));
            strings(v.path("before")).forEach(s -> predicatesBefore.put(s, p));
        });

        JsonNode pl = tree("places");
        strings(pl.path("directions")).forEach(directions::add);
        strings(pl.path("locatives")).forEach(locatives::add);
        strings(pl.path("settlements")).forEach(s -> settlements.put(s, true));
        forEach(pl.path("places"), (k, v) -> {
            Place p = new Place(k, text(v, "label", k), text(v, "within", null));
            places.put(k, p);
            strings(v.path("names")).forEach(s -> {
                placeNames.put(s, p);
                if (s.equals(s.toUpperCase(Locale.ROOT))) {
                    upperCaseNames.add(s);
                }
            });
            strings(v.path("adjectives")).forEach(s -> placeAdjectives.put(s, p));
        });

        JsonNode so = tree("sources");
        strings(so.path("verbs")).forEach(s -> attributionVerbs.put(s, s));
        strings(so.path("before")).forEach(s -> attributionBefore.put(s, s));
        forEach(so.path("synonyms"), (k, v) -> sourceSynonyms.add(new String[]{k.toLowerCase(Locale.ROOT), v.asText()}));
        sourceSynonyms.sort((a, b) -> b[0].length() - a[0].length());
        strings(so.path("drop")).forEach(sourceDrop::add);
        strings(so.path("stops")).forEach(s -> sourceStops.put(s, true));
        strings(so.path("anonymous").path("sources")).forEach(s -> anonymousNouns.put(s, true));
        strings(so.path("anonymous").path("people")).forEach(s -> anonymousPeople.put(s, true));
        strings(so.path("anonymous").path("cues")).forEach(s -> anonymousCues.put(s, true));
        strings(so.path("anonymous").path("strongCues")).forEach(s -> anonymousStrongCues.put(s, true));
        strings(so.path("trailing")).forEach(trailingWords::add);
        strings(so.path("alsoPredicates")).forEach(attributionPredicates::add);
        strings(so.path("qualifiers")).forEach(sourceQualifiers::add);

        JsonNode sp = tree("speakers");
        strings(sp.path("speechVerbs")).forEach(s -> speechVerbs.put(s, true));
        strings(sp.path("titles")).forEach(s -> titles.put(s, true));
        strings(sp.path("soften")).forEach(soften::add);
        strings(sp.path("pronouns")).forEach(pronouns::add);
        strings(sp.path("groups")).forEach(groups::add);
        strings(sp.path("notMedia")).forEach(s -> notMedia.put(s, true));
        strings(sp.path("mediumTails")).forEach(s -> mediumTails.put(s, true));
        strings(sp.path("mediaNouns")).forEach(mediaNouns::add);
        forEach(sp.path("sides"), (k, v) -> strings(v).forEach(s -> sides.put(s, k)));
        strings(sp.path("cut")).forEach(speakerCut::add);
        strings(sp.path("adverbs")).forEach(speakerAdverbs::add);
        strings(sp.path("determiners")).forEach(speakerDeterminers::add);
        strings(sp.path("nameJoiners")).forEach(nameJoiners::add);
        strings(sp.path("toldVerbs")).forEach(toldVerbs::add);
        strings(sp.path("citeVerbs")).forEach(citeVerbs::add);

        JsonNode ti = tree("time");
        forEach(ti.path("months"), (k, v) -> months.put(k.toLowerCase(Locale.ROOT), v.asInt()));
        forEach(ti.path("weekdays"), (k, v) -> weekdays.put(k.toLowerCase(Locale.ROOT), v.asInt()));
        forEach(ti.path("relativeDays"), (k, v) -> relativeDays.put(k, v.asInt()));
        forEach(ti.path("relativeYears"), (k, v) -> relativeYears.put(k, v.asInt()));
        forEach(ti.path("relativeMonths"), (k, v) -> relativeMonths.put(k, v.asInt()));
        flags(ti.path("previousDay"), previousDay);
        flags(ti.path("anaphora"), anaphora);
        flags(ti.path("since"), since);
        flags(ti.path("by"), by);
        flags(ti.path("cumulative"), cumulativeCues);
        flags(ti.path("proposal"), proposalCues);
        flags(ti.path("perfect"), perfect);
        flags(ti.path("durationRefs"), durationRefs);
        flags(ti.path("windows"), windows);
        flags(ti.path("targets"), targets);
        forEach(ti.path("sequences"), (k, v) -> sequences.put(k.toLowerCase(Locale.ROOT), v.asText()));
        forEach(ti.path("ordinals"), (k, v) -> ordinals.put(k.toLowerCase(Locale.ROOT), v.asInt()));
        flags(ti.path("clock"), clock);

        JsonNode se = tree("sentences");
        forEach(se.path("abbreviations"), (k, v) -> strings(v).forEach(s -> abbreviations.put(s.toLowerCase(Locale.ROOT), k)));
        strings(se.path("starters")).forEach(starters::add);
        dateline = Pattern.compile(text(se, "datelinePattern", "(?!)"));
        strings(se.path("clauseWords")).forEach(clauseWords::add);
        strings(se.path("auxiliaries")).forEach(auxiliaries::add);
        strings(se.path("prepositions")).forEach(prepositions::add);
        strings(se.path("determiners")).forEach(determiners::add);
        strings(se.path("relativeOpeners")).forEach(relativeOpeners::add);
        strings(se.path("adverbialOpeners")).forEach(adverbialOpeners::add);
        strings(se.path("functionWords")).forEach(functionWords::add);

        figureStarters.addAll(numberWords.keySet());
        figureStarters.addAll(vague.firstWords());
        figureStarters.addAll(fractions.keySet());
        figureStarters.addAll(currencySymbols.firstWords());
        figureStarters.add("a");
        figureStarters.add("an");
        timeStarters.addAll(relativeDays.firstWords());
        timeStarters.addAll(relativeYears.firstWords());
        timeStarters.addAll(relativeMonths.firstWords());
        timeStarters.addAll(previousDay.firstWords());
        timeStarters.addAll(anaphora.firstWords());
        timeStarters.addAll(ordinals.keySet());
        attributionStarters.addAll(attributionBefore.firstWords());
        attributionStarters.addAll(attributionVerbs.firstWords());
        attributionStarters.addAll(speechVerbs.firstWords());
        JsonNode nc = tree("nonclaims");
        flags(nc.path("ageBefore"), ageBefore);
        flags(nc.path("street"), street);
        flags(nc.path("phone"), phone);
        flags(nc.path("score"), score);
        flags(nc.path("identifierBefore"), identifierBefore);
        flags(nc.path("references"), references);
        flags(nc.path("baselines"), baselines);
        flags(nc.path("thresholds"), thresholds);
        flags(nc.path("ageHedges"), ageHedges);
        indexTables();
        figureStarterFilter = new WordFilter(figureStarters);
        timeStarterFilter = new WordFilter(timeStarters);
        attributionStarterFilter = new WordFilter(attributionStarters);
    }

    /** {@code figureStarters.contains(t.lower[i])}, most misses answered by the filter. */
    boolean isFigureStarter(Tokens t, int i) {
        return figureStarterFilter.mayContain(t, i) && figureStarters.contains(t.lower[i]);
    }

    /** {@code timeStarters.contains(t.lower[i])}, most misses answered by the filter. */
    boolean isTimeStarter(Tokens t, int i) {
        return timeStarterFilter.mayContain(t, i) && timeStarters.contains(t.lower[i]);
    }

    /** {@code attributionStarters.contains(t.lower[i])}, most misses answered by the filter. */
    boolean isAttributionStarter(Tokens t, int i) {
        return attributionStarterFilter.mayContain(t, i) && attributionStarters.contains(t.lower[i]);
    }

    private <V> PhraseTable<V> table() {
        PhraseTable<V> t = new PhraseTable<>();
        tables.add(t);
        return t;
    }

    /** Ends the building of every table: each indexes its first and last words (see {@link PhraseTable#freeze}). */
    private void indexTables() {
        for (PhraseTable<?> t : tables) {
            t.freeze();
        }
    }

    /** The vocabulary shipped in the default rule pack. */
    public static Vocabulary defaults() {
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        ClassLoader cl = Vocabulary.class.getClassLoader();
        for (String name : FILES) {
            String res = RESOURCE_DIR + name + ".yaml";
            try (InputStream in = cl.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("rule pack resource missing: " + res);
                }
                trees.put(name, read(YAML.readTree(in), res));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + res + ": " + e.getMessage(), e);
            }
        }
        return new Vocabulary(trees);
    }

    /**
     * This vocabulary with a newsroom's own files from {@code dir} merged in: each {@code <name>.yaml}
     * there with a name from {@link #FILES} adds keys, replaces scalar values and number pairs
     * (qualifier intervals) and extends word lists.
     * Files with other names are ignored.
     */
    public Vocabulary withOverrides(Path dir) {
        Map<String, JsonNode> merged = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : trees.entrySet()) {
            JsonNode copy = e.getValue().deepCopy();
            Path file = dir.resolve(e.getKey() + ".yaml");
            if (!Files.isRegularFile(file)) {
                file = dir.resolve(e.getKey() + ".yml");
            }
            if (Files.isRegularFile(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    copy = merge(copy, read(YAML.readTree(in), file.toString()));
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot read vocabulary file " + file + ": " + ex.getMessage(), ex);
                }
            }
            merged.put(e.getKey(), copy);
        }
        return new Vocabulary(merged);
    }

    private static JsonNode read(JsonNode node, String where) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return YAML.createObjectNode();
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected 'key: value' entries at the top level");
        }
        return node;
    }

    private static JsonNode merge(JsonNode base, JsonNode over) {
        if (base instanceof ObjectNode b && over.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode old = b.get(e.getKey());
                b.set(e.getKey(), old == null ? e.getValue() : merge(old, e.getValue()));
            }
            return b;
        }
        if (base instanceof ArrayNode b && over.isArray()) {
            boolean words = true;
            for (JsonNode x : over) {
                words &= x.isTextual();
            }
            if (!words) {
                return over;
            }
            for (JsonNode x : over) {
                boolean seen = false;
                for (JsonNode y : b) {
                    seen |= y.asText().equals(x.asText());
                }
                if (!seen) {
                    b.add(x);
                }
            }
            return b;
        }
        return over;
    }

    private JsonNode tree(String name) {
        JsonNode n = trees.get(name);
        return n == null ? YAML.createObjectNode() : n;
    }

    private interface EntryVisitor {
        void visit(String key, JsonNode value);
    }

    private static void forEach(JsonNode node, EntryVisitor v) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            v.visit(e.getKey(), e.getValue());
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(x -> {
                String s = x.asText().strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            });
        } else if (node != null && node.isValueNode() && !node.asText().isBlank()) {
            out.add(node.asText().strip());
        }
        return out;
    }

    private static void flags(JsonNode node, PhraseTable<Boolean> table) {
        strings(node).forEach(s -> table.put(s, true));
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static Double[] bounds(JsonNode v) {
        Double lo = v.path(0).isNumber() ? v.path(0).asDouble() : null;
        Double hi = v.path(1).isNumber() ? v.path(1).asDouble() : null;
        return new Double[]{lo, hi};
    }

    Place place(String key) {
        return key == null ? null : places.get(key);
    }

    /** The place and its parents, nearest first. */
    List<String> lineage(String key) {
        List<String> out = new ArrayList<>();
        Place p = place(key);
        while (p != null && !out.contains(p.key())) {
            out.add(p.key());
            p = place(p.parent());
        }
        return out;
    }
}
