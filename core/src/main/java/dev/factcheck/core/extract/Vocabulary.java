package dev.factcheck.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.factcheck.core.StrictYaml;
import dev.factcheck.core.StrictYaml.Node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The extractor's word lists: number words, hedges, units, counted nouns, predicates, places,
 * sources, speakers, time words and abbreviations, read from YAML files on the classpath under
 * {@value #RESOURCE_DIR}. A newsroom adds to or overrides them with files of the same names in a
 * directory of its own ({@link #withOverrides(Path)}): maps merge key by key, lists are extended.
 * Decoding is strict ({@link StrictYaml}): a key no reader below asks for, or a value of the wrong
 * type, is an error naming the file and line. Immutable once built.
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

    /** Per file name, the files read: the rule pack's, then a newsroom's override, if any. */
    private final Map<String, List<StrictYaml.Source>> layers;
    /** Every phrase table below, to be indexed once the vocabulary is read. */
    private final List<PhraseTable<?>> tables = new ArrayList<>();

    final Map<String, Double> numberWords = new HashMap<>();
    final Map<String, Double> scales = new HashMap<>();
    final Set<String> attachedOnlyScales = new HashSet<>();
    final PhraseTable<double[]> vague = table();
    final Map<String, Double> fractions = new HashMap<>();
    /** Fractions written as one character ("½"), by their lower-case token. */
    final Map<String, Double> fractionGlyphs = new HashMap<>();
    /** Denominators a slash fraction may have ("3/4"), so that "9/11" or "24/7" is not read as one. */
    final Set<Integer> slashDenominators = new HashSet<>();
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
    /** The direction each change word gives ("rose" up, "fell" down). */
    final Map<String, dev.factcheck.core.model.Direction> changeDirections = new HashMap<>();
    final Set<String> changeAfter = new HashSet<>();
    final Set<String> agentJoiners = new HashSet<>();
    final Set<String> subjectHedges = new HashSet<>();
    final Set<String> subjectTotals = new HashSet<>();
    final Set<String> subjectTotalsFar = new HashSet<>();
    final Set<String> subjectLinks = new HashSet<>();
    final Set<String> locatives = new HashSet<>();
    final Set<String> trailingWords = new HashSet<>();
    final Set<String> attributionPredicates = new HashSet<>();
    final Set<String> sourceQualifiers = new HashSet<>();
    final Set<String> speakerCut = new HashSet<>();
    final Set<String> speakerAdverbs = new HashSet<>();
    final Set<String> speakerDeterminers = new HashSet<>();
    final Set<String> nameJoiners = new HashSet<>();
    final Set<String> toldVerbs = new HashSet<>();
    final Set<String> citeVerbs = new HashSet<>();
    final Set<String> clauseWords = new HashSet<>();
    final Set<String> auxiliaries = new HashSet<>();
    final Set<String> prepositions = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    final Set<String> relativeOpeners = new HashSet<>();
    final Set<String> adverbialOpeners = new HashSet<>();
    final Set<String> functionWords = new HashSet<>();

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

    final PhraseTable<Boolean> speechVerbs = table();
    final PhraseTable<Boolean> titles = table();
    final Set<String> soften = new HashSet<>();
    final Set<String> pronouns = new HashSet<>();
    final Set<String> groups = new HashSet<>();
    final PhraseTable<Boolean> notMedia = table();
    final PhraseTable<Boolean> mediumTails = table();
    final Set<String> mediaNouns = new HashSet<>();
    final PhraseTable<String> sides = table();

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

    final PhraseTable<Boolean> ageBefore = table();
    final PhraseTable<Boolean> street = table();
    final PhraseTable<Boolean> phone = table();
    final PhraseTable<Boolean> score = table();
    final PhraseTable<Boolean> identifierBefore = table();
    final PhraseTable<Boolean> references = table();
    final PhraseTable<Boolean> namedDistanceAfter = table();

    /** Words a figure can start with (besides digits); words a time expression or attribution can start with. */
    final Set<String> figureStarters = new HashSet<>();
    final Set<String> timeStarters = new HashSet<>();
    final Set<String> attributionStarters = new HashSet<>();
    /** Filters over the three starter sets, asked at every token before the sets themselves. */
    private final WordFilter figureStarterFilter;
    private final WordFilter timeStarterFilter;
    private final WordFilter attributionStarterFilter;

    private Vocabulary(Map<String, List<StrictYaml.Source>> layers) {
        this.layers = layers;
        StrictYaml.Problems problems = new StrictYaml.Problems();
        Map<String, StrictYaml.Decoding> files = new LinkedHashMap<>();
        for (String name : FILES) {
            List<StrictYaml.Source> sources = layers.getOrDefault(name, List.of());
            files.put(name, new StrictYaml.Decoding(sources, merged(sources), problems));
        }
        Node n = files.get("numbers").root();
        n.get("words").entries((k, v) -> numberWords.put(k.toLowerCase(Locale.ROOT), v.number()));
        n.get("scales").entries((k, v) -> scales.put(k.toLowerCase(Locale.ROOT), v.number()));
        attachedOnlyScales.addAll(n.get("attachedOnly").words());
        n.get("vague").entries((k, v) -> {
            Double[] range = v.numbers(2, false);
            if (range[0] != null && range[1] != null) {
                vague.put(k, new double[]{range[0], range[1]});
            }
        });
        n.get("fractions").entries((k, v) -> fractions.put(k.toLowerCase(Locale.ROOT), v.number()));
        n.get("fractionGlyphs").entries((k, v) -> fractionGlyphs.put(k, v.number()));
        n.get("slashDenominators").words().stream().filter(w -> w.matches("[0-9]{1,4}"))
                .forEach(w -> slashDenominators.add(Integer.parseInt(w)));
        n.get("currencySymbols").entries((k, v) -> currencySymbols.put(k, v.text(null)));
        n.get("currencyWords").entries((k, v) -> currencyWords.put(k, v.text(null)));
        flags(n.get("percent"), percent);
        flags(n.get("percentagePoints"), percentagePoints);
        flags(n.get("basisPoints"), basisPoints);

        Node q = files.get("qualifiers").root();
        q.get("before").entries((k, v) -> qualifiersBefore.put(k, v.numbers(2, true)));
        q.get("after").entries((k, v) -> qualifiersAfter.put(k, v.numbers(2, true)));

        Node u = files.get("units").root();
        u.get("time").entries((k, v) -> v.words().forEach(s -> timeUnits.put(s, k)));
        u.get("measure").entries((k, v) -> v.words().forEach(s -> measureUnits.put(s, k)));

        Node no = files.get("nouns").root();
        no.get("counted").entries((k, v) -> {
            Noun noun = new Noun(v.get("counted").text(k), v.get("label").text(null), v.get("predicate").text(null));
            v.get("forms").words().forEach(s -> counted.put(s, noun));
        });
        no.get("events").entries((k, v) -> {
            EventNoun e = new EventNoun(k, v.get("kind").text("state"));
            v.get("forms").words().forEach(s -> events.put(s, e));
        });
        no.get("measures").entries((k, v) -> {
            Noun noun = new Noun(k, v.get("label").text(null), v.get("predicate").text("amount"),
                    "keep".equals(v.get("change").text(null)));
            v.get("forms").words().forEach(s -> measures.put(s, noun));
        });
        nounSkip.addAll(no.get("skip").words());
        nounStop.addAll(no.get("stop").words());
        agentDrop.addAll(no.get("agentDrop").words());
        changeVerbs.addAll(no.get("changeVerbs").words());
        Node moves = no.get("changeDirections");
        moves.get("up").words().forEach(w -> changeDirections.put(w, dev.factcheck.core.model.Direction.UP));
        moves.get("down").words().forEach(w -> changeDirections.put(w, dev.factcheck.core.model.Direction.DOWN));
        changeAfter.addAll(no.get("changeAfter").words());
        agentJoiners.addAll(no.get("agentJoiners").words());
        subjectHedges.addAll(no.get("subjectHedges").words());
        subjectTotals.addAll(no.get("subjectTotals").words());
        subjectTotalsFar.addAll(no.get("subjectTotalsFar").words());
        subjectLinks.addAll(no.get("subjectLinks").words());
        moneyNoun = no.get("money").text("money");

        files.get("predicates").root().entries((k, v) -> {
            Map<String, String> over = new HashMap<>();
            v.get("counted").entries((a, b) -> over.put(a, b.text(null)));
            Predicate p = new Predicate(k, v.get("label").text(k), v.get("kind").text("event"),
                    v.get("place").flag(true), v.get("anchor").flag(true), v.get("agent").flag(false), Map.copyOf(over));
            predicatesByKey.put(k, p);
            v.get("phrases").words().forEach(s -> predicates.put(s, p));
            v.get("before").words().forEach(s -> predicatesBefore.put(s, p));
        });

        Node pl = files.get("places").root();
        directions.addAll(pl.get("directions").words());
        locatives.addAll(pl.get("locatives").words());
        flags(pl.get("settlements"), settlements);
        pl.get("places").entries((k, v) -> {
            Place p = new Place(k, v.get("label").text(k), v.get("within").text(null));
            places.put(k, p);
            v.get("names").words().forEach(s -> {
                placeNames.put(s, p);
                if (s.equals(s.toUpperCase(Locale.ROOT))) {
                    upperCaseNames.add(s);
                }
            });
            v.get("adjectives").words().forEach(s -> placeAdjectives.put(s, p));
        });

        Node so = files.get("sources").root();
        trailingWords.addAll(so.get("trailing").words());
        attributionPredicates.addAll(so.get("alsoPredicates").words());
        sourceQualifiers.addAll(so.get("qualifiers").words());
        so.get("verbs").words().forEach(s -> attributionVerbs.put(s, s));
        so.get("before").words().forEach(s -> attributionBefore.put(s, s));
        so.get("synonyms").entries((k, v) -> sourceSynonyms.add(new String[]{k.toLowerCase(Locale.ROOT), v.text("")}));
        sourceSynonyms.sort((a, b) -> b[0].length() - a[0].length());
        sourceDrop.addAll(so.get("drop").words());
        flags(so.get("stops"), sourceStops);
        Node anonymous = so.get("anonymous");
        flags(anonymous.get("sources"), anonymousNouns);
        flags(anonymous.get("people"), anonymousPeople);
        flags(anonymous.get("cues"), anonymousCues);
        flags(anonymous.get("strongCues"), anonymousStrongCues);

        Node sp = files.get("speakers").root();
        speakerCut.addAll(sp.get("cut").words());
        speakerAdverbs.addAll(sp.get("adverbs").words());
        speakerDeterminers.addAll(sp.get("determiners").words());
        nameJoiners.addAll(sp.get("nameJoiners").words());
        toldVerbs.addAll(sp.get("toldVerbs").words());
        citeVerbs.addAll(sp.get("citeVerbs").words());
        flags(sp.get("speechVerbs"), speechVerbs);
        flags(sp.get("titles"), titles);
        soften.addAll(sp.get("soften").words());
        pronouns.addAll(sp.get("pronouns").words());
        groups.addAll(sp.get("groups").words());
        flags(sp.get("notMedia"), notMedia);
        flags(sp.get("mediumTails"), mediumTails);
        mediaNouns.addAll(sp.get("mediaNouns").words());
        sp.get("sides").entries((k, v) -> v.words().forEach(s -> sides.put(s, k)));

        Node ti = files.get("time").root();
        ti.get("months").entries((k, v) -> months.put(k.toLowerCase(Locale.ROOT), v.integer()));
        ti.get("weekdays").entries((k, v) -> weekdays.put(k.toLowerCase(Locale.ROOT), v.integer()));
        ti.get("relativeDays").entries((k, v) -> relativeDays.put(k, v.integer()));
        ti.get("relativeYears").entries((k, v) -> relativeYears.put(k, v.integer()));
        ti.get("relativeMonths").entries((k, v) -> relativeMonths.put(k, v.integer()));
        flags(ti.get("previousDay"), previousDay);
        flags(ti.get("anaphora"), anaphora);
        flags(ti.get("since"), since);
        flags(ti.get("by"), by);
        flags(ti.get("cumulative"), cumulativeCues);
        flags(ti.get("proposal"), proposalCues);
        flags(ti.get("perfect"), perfect);
        flags(ti.get("durationRefs"), durationRefs);
        flags(ti.get("windows"), windows);
        flags(ti.get("targets"), targets);
        ti.get("sequences").entries((k, v) -> sequences.put(k.toLowerCase(Locale.ROOT), v.text(null)));
        ti.get("ordinals").entries((k, v) -> ordinals.put(k.toLowerCase(Locale.ROOT), v.integer()));
        flags(ti.get("clock"), clock);

        Node se = files.get("sentences").root();
        clauseWords.addAll(se.get("clauseWords").words());
        auxiliaries.addAll(se.get("auxiliaries").words());
        prepositions.addAll(se.get("prepositions").words());
        determiners.addAll(se.get("determiners").words());
        relativeOpeners.addAll(se.get("relativeOpeners").words());
        adverbialOpeners.addAll(se.get("adverbialOpeners").words());
        functionWords.addAll(se.get("functionWords").words());
        se.get("abbreviations").entries((k, v) -> v.words().forEach(s -> abbreviations.put(s.toLowerCase(Locale.ROOT), k)));
        starters.addAll(se.get("starters").words());
        Node datelinePattern = se.get("datelinePattern");
        Pattern pattern;
        try {
            pattern = Pattern.compile(datelinePattern.text("(?!)"));
        } catch (PatternSyntaxException e) {
            datelinePattern.problem("not a regular expression: " + e.getDescription());
            pattern = Pattern.compile("(?!)");
        }
        dateline = pattern;

        Node nc = files.get("nonclaims").root();
        flags(nc.get("ageBefore"), ageBefore);
        flags(nc.get("street"), street);
        flags(nc.get("phone"), phone);
        flags(nc.get("score"), score);
        flags(nc.get("identifierBefore"), identifierBefore);
        flags(nc.get("references"), references);
        flags(nc.get("namedDistanceAfter"), namedDistanceAfter);
        flags(nc.get("baselines"), baselines);
        flags(nc.get("thresholds"), thresholds);
        flags(nc.get("ageHedges"), ageHedges);

        // Every key of every file must have been asked for by a reader above.
        files.values().forEach(StrictYaml.Decoding::finish);
        problems.throwIfAny("invalid vocabulary");

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
        Map<String, List<StrictYaml.Source>> layers = new LinkedHashMap<>();
        ClassLoader cl = Vocabulary.class.getClassLoader();
        for (String name : FILES) {
            String res = RESOURCE_DIR + name + ".yaml";
            try (InputStream in = cl.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("rule pack resource missing: " + res);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                layers.put(name, List.of(StrictYaml.Source.parse(YAML, res, text)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + res + ": " + e.getMessage(), e);
            }
        }
        return new Vocabulary(layers);
    }

    /**
     * This vocabulary with a newsroom's own files from {@code dir} merged in: each {@code <name>.yaml}
     * there with a name from {@link #FILES} adds keys, replaces scalar values and number pairs
     * (qualifier intervals) and extends word lists. Other {@code .yaml} files there are an error (a
     * misspelt file name would be ignored otherwise), as is any key the vocabulary does not read.
     *
     * @throws StrictYaml.Invalid naming file, line and column of each unknown key or wrong value
     */
    public Vocabulary withOverrides(Path dir) {
        Map<String, List<StrictYaml.Source>> merged = new LinkedHashMap<>();
        for (Map.Entry<String, List<StrictYaml.Source>> e : layers.entrySet()) {
            List<StrictYaml.Source> sources = new ArrayList<>(e.getValue());
            Path file = dir.resolve(e.getKey() + ".yaml");
            if (!Files.isRegularFile(file)) {
                file = dir.resolve(e.getKey() + ".yml");
            }
            if (Files.isRegularFile(file)) {
                try {
                    sources.add(StrictYaml.Source.parse(YAML, file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot read vocabulary file " + file + ": " + ex.getMessage(), ex);
                }
            }
            merged.put(e.getKey(), List.copyOf(sources));
        }
        List<String> strays = new ArrayList<>();
        try (Stream<Path> listing = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
            listing.map(Path::getFileName).map(Path::toString).sorted().forEach(f -> {
                String base = f.replaceFirst("\\.ya?ml$", "");
                if (!base.equals(f) && !FILES.contains(base)) {
                    strays.add(dir.resolve(f) + ": not a vocabulary file (expected one of " + String.join(", ", FILES)
                            + ", each .yaml)");
                }
            });
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot list vocabulary directory " + dir + ": " + ex.getMessage(), ex);
        }
        if (!strays.isEmpty()) {
            throw new StrictYaml.Invalid("invalid vocabulary", strays);
        }
        return new Vocabulary(merged);
    }

    /** The layers merged in order: maps key by key, word lists extended, anything else replaced. */
    private static JsonNode merged(List<StrictYaml.Source> sources) {
        JsonNode tree = YAML.createObjectNode();
        for (StrictYaml.Source s : sources) {
            tree = merge(tree, s.tree().deepCopy());
        }
        return tree;
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

    private static void flags(Node node, PhraseTable<Boolean> table) {
        node.words().forEach(s -> table.put(s, true));
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
