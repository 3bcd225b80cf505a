package dev.factcheck.benchmark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded corpus of wire-style articles with planted findings. Stories run for weeks at one place,
 * each owning its quantity keys (a death toll that rises, hostages held that fall, people displaced,
 * a fixed count of one strike); several outlets report each day's figures, and the newsroom's own
 * drafts repeat them. Planted: a source that gives a different figure on the day the others agree
 * ({@code contradiction}), and a draft that repeats a figure a source had superseded days before
 * ({@code stale-figure}). Everything else is meant to be silent, so every other finding is a false
 * positive. The same seed and size give the same bytes.
 */
final class Corpus {
    static final String ARTICLES = "articles";
    static final String TRUTH = "truth.json";
    static final LocalDate EPOCH = LocalDate.of(2024, 1, 8);
    /** About this many articles tell one story; the number of stories grows with N up to the key space. */
    static final int ARTICLES_PER_STORY = 250;
    static final double CONTRADICTION_RATE = 0.01;
    static final double STALE_RATE = 0.01;
    static final double DRAFT_RATE = 0.15;

    enum Topic { HOSTAGES, CONFLICT, EPIDEMIC, STORM }

    enum Kind { CUMULATIVE, REMAINING, STATE, FIXED }

    /** One quantity of a story, day by day. {@code main} series carry the planted findings. */
    static final class Series {
        final String id;
        final Kind kind;
        final boolean main;
        final String body;
        final long[] values;

        Series(String id, Kind kind, boolean main, String body, long[] values) {
            this.id = id;
            this.kind = kind;
            this.main = main;
            this.body = body;
            this.values = values;
        }
    }

    static final class Story {
        final int index;
        final Place place;
        final Topic topic;
        final LocalDate start;
        final int days;
        final List<Series> series = new ArrayList<>();
        final List<String[]> statements = new ArrayList<>();
        final List<Article> articles = new ArrayList<>();
        String event;

        Story(int index, Place place, Topic topic, LocalDate start, int days) {
            this.index = index;
            this.place = place;
            this.topic = topic;
            this.start = start;
            this.days = days;
        }

        String slug() {
            return String.format(Locale.ROOT, "%03d-%s-%s", index, place.key(), topic.name().toLowerCase(Locale.ROOT));
        }
    }

    static final class Article {
        final Story story;
        final int day;
        final String outlet;
        final boolean draft;
        final int serial;
        Plant plant;

        Article(Story story, int day, String outlet, boolean draft, int serial) {
            this.story = story;
            this.day = day;
            this.outlet = outlet;
            this.draft = draft;
            this.serial = serial;
        }

        LocalDate published() {
            return story.start.plusDays(day);
        }

        String path() {
            return story.slug() + "/" + published() + "-" + Text.slug(outlet) + "-" + serial + ".md";
        }
    }

    /** A planted finding: the figure this article gives for a main series instead of the day's value. */
    record Plant(String rule, Series series, long value, long dayValue, List<String> alsoExplains) {
    }

    record Place(String key, String name) {
    }

    private final long seed;
    private final int n;
    final List<Story> stories = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();

    Corpus(long seed, int n) {
        this.seed = seed;
        this.n = n;
        plan();
    }

    // ------------------------------------------------------------------ planning

    private void plan() {
        Random r = new Random(seed);
        List<Place> places = Text.places();
        List<Topic[]> slots = new ArrayList<>();
        int maxStories = 1 + places.size() * 3;
        int storyCount = Math.max(1, Math.min(maxStories, (n + ARTICLES_PER_STORY - 1) / ARTICLES_PER_STORY));
        // Story 0 is the hostage story (its keys have no place); then each place hosts at most one story of
        // each other topic, so no two stories share a quantity key.
        List<Object[]> pool = new ArrayList<>();
        for (Topic t : new Topic[] {Topic.CONFLICT, Topic.EPIDEMIC, Topic.STORM}) {
            for (Place p : places) {
                if (t == Topic.CONFLICT && p.key().equals("gaza")) {
                    continue;
                }
                pool.add(new Object[] {p, t});
            }
        }
        java.util.Collections.shuffle(pool, r);
        int perStory = Math.max(1, n / storyCount);
        int remainder = n - perStory * storyCount;
        for (int i = 0; i < storyCount; i++) {
            Place place;
            Topic topic;
            if (i == 0) {
                place = places.stream().filter(p -> p.key().equals("gaza")).findFirst().orElse(places.get(0));
                topic = Topic.HOSTAGES;
            } else {
                Object[] pt = pool.get(i - 1);
                place = (Place) pt[0];
                topic = (Topic) pt[1];
            }
            int size = perStory + (i < remainder ? 1 : 0);
            int days = Math.max(12, Math.min(120, size / 4));
            LocalDate start = EPOCH.plusDays(r.nextInt(700));
            Story s = new Story(i, place, topic, start, days);
            series(s, r);
            statements(s, r);
            stories.add(s);
            int serial = 0;
            for (int k = 0; k < size; k++) {
                int day = r.nextInt(days);
                boolean draft = r.nextDouble() < DRAFT_RATE;
                String outlet = draft ? Text.NEWSROOM : Text.OUTLETS[r.nextInt(Text.OUTLETS.length)];
                Article a = new Article(s, day, outlet, draft, serial++);
                s.articles.add(a);
            }
            s.articles.sort(Comparator.comparingInt((Article a) -> a.day).thenComparingInt(a -> a.serial));
            plant(s, r);
            articles.addAll(s.articles);
        }
        slots.clear();
    }

    private void series(Story s, Random r) {
        int d = s.days;
        switch (s.topic) {
            case HOSTAGES -> {
                s.series.add(new Series("hostages-held", Kind.REMAINING, true, "the prime minister's office",
                        remaining(r, d, 200 + r.nextInt(60))));
                s.series.add(new Series("prisoners-held", Kind.REMAINING, true, "the prison service",
                        remaining(r, d, 5000 + r.nextInt(4000))));
                s.series.add(new Series("hostages-taken", Kind.FIXED, false, "Israeli tallies", fixed(d, 253)));
                s.series.add(new Series("killed", Kind.CUMULATIVE, true, "the health ministry",
                        cumulative(r, d, 2000 + r.nextInt(3000))));
            }
            case CONFLICT -> {
                s.series.add(new Series("killed", Kind.CUMULATIVE, true, "the health ministry",
                        cumulative(r, d, 40 + r.nextInt(800))));
                s.series.add(new Series("injured", Kind.CUMULATIVE, true, "the health ministry",
                        cumulative(r, d, 100 + r.nextInt(2000))));
                s.series.add(new Series("displaced", Kind.STATE, false, "the UN",
                        state(r, d, 2000 + r.nextInt(90000))));
                s.series.add(new Series("strike-killed", Kind.FIXED, false, "the health ministry",
                        fixed(d, 8 + r.nextInt(60))));
                s.event = Text.MONTHS[s.start.minusDays(10).getMonthValue() - 1] + " " + s.start.minusDays(10).getDayOfMonth();
            }
            case EPIDEMIC -> {
                s.series.add(new Series("cases", Kind.CUMULATIVE, true, "the health ministry",
                        cumulative(r, d, 100 + r.nextInt(3000))));
                s.series.add(new Series("hospitalised", Kind.STATE, false, "the health ministry",
                        state(r, d, 50 + r.nextInt(600))));
                s.series.add(new Series("doses", Kind.CUMULATIVE, false, "the World Health Organization",
                        cumulative(r, d, 5000 + r.nextInt(50000))));
            }
            case STORM -> {
                s.series.add(new Series("buildings", Kind.CUMULATIVE, true, "the disaster management agency",
                        cumulative(r, d, 200 + r.nextInt(4000))));
                s.series.add(new Series("missing", Kind.STATE, false, "the disaster management agency",
                        state(r, d, 20 + r.nextInt(300))));
            }
        }
    }

    private static long[] cumulative(Random r, int days, long start) {
        long[] v = new long[days];
        v[0] = start;
        for (int i = 1; i < days; i++) {
            v[i] = v[i - 1] + Math.max(2, Math.round(v[i - 1] * (0.02 + 0.04 * r.nextDouble())));
        }
        return v;
    }

    private static long[] remaining(Random r, int days, long start) {
        long[] v = new long[days];
        v[0] = start;
        for (int i = 1; i < days; i++) {
            v[i] = r.nextDouble() < 0.35 ? v[i - 1] - Math.max(2, Math.round(v[i - 1] * (0.03 + 0.05 * r.nextDouble())))
                    : v[i - 1];
            v[i] = Math.max(v[i], 20);
        }
        return v;
    }

    private static long[] state(Random r, int days, long start) {
        long[] v = new long[days];
        v[0] = start;
        for (int i = 1; i < days; i++) {
            v[i] = Math.max(10, v[i - 1] + Math.round(v[i - 1] * (r.nextDouble() * 0.12 - 0.05)));
        }
        return v;
    }

    private static long[] fixed(int days, long value) {
        long[] v = new long[days];
        java.util.Arrays.fill(v, value);
        return v;
    }

    private static void statements(Story s, Random r) {
        String[][] people = Text.speakers(s.index);
        for (int q = 0; q < 4; q++) {
            String[] who = people[q % people.length];
            s.statements.add(new String[] {Text.statement(s.index * 4 + q), who[0], who[1]});
        }
    }

    /**
     * Plants contradictions on sources and stale figures on drafts. A contradicting figure lies between the
     * day's value and the next day's, so it is no one else's stale figure and no running total falls
     * after it; a stale figure is the value of three to five days earlier, superseded by a source
     * published at least two days before the draft.
     */
    private void plant(Story s, Random r) {
        List<Series> mains = s.series.stream().filter(x -> x.main).toList();
        int[] perDay = new int[s.days];
        for (Article a : s.articles) {
            perDay[a.day]++;
        }
        for (Article a : s.articles) {
            double roll = r.nextDouble();
            Series x = mains.get(r.nextInt(mains.size()));
            long[] v = x.values;
            int d = a.day;
            if (!a.draft && roll < CONTRADICTION_RATE / (1 - DRAFT_RATE) && d + 1 < s.days && perDay[d] >= 2
                    && hasPartner(s, a)) {
                long next = v[d + 1];
                long today = v[d];
                long w;
                if (x.kind == Kind.REMAINING) {
                    if (today - next < Math.max(2, today * 0.025)) {
                        continue;
                    }
                    w = today - Math.max(1, Math.round((today - next) * (0.5 + 0.5 * r.nextDouble())));
                } else {
                    if (next - today < Math.max(2, today * 0.025)) {
                        continue;
                    }
                    w = today + Math.max(1, Math.round((next - today) * (0.5 + 0.5 * r.nextDouble())));
                }
                a.plant = new Plant("contradiction", x, w, today, List.of("contradiction"));
            } else if (a.draft && roll < STALE_RATE / DRAFT_RATE && d >= 5) {
                int k = 3 + r.nextInt(3);
                long old = v[d - k];
                boolean superseded = false;
                for (Article o : s.articles) {
                    if (!o.draft && o.day <= d - 2 && o.day > d - k && o.plant == null && superseded(x, v[o.day], old)) {
                        superseded = true;
                        break;
                    }
                }
                if (superseded) {
                    a.plant = new Plant("stale-figure", x, old, v[d],
                            List.of("stale-figure", "contradiction", "impossible-trend"));
                }
            }
        }
    }

    private static boolean hasPartner(Story s, Article a) {
        for (Article o : s.articles) {
            if (o != a && o.day == a.day && o.plant == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean superseded(Series x, long newer, long old) {
        return x.kind == Kind.REMAINING ? newer * 1.011 < old : newer > old * 1.011;
    }

    // ------------------------------------------------------------------ writing

    /** Writes the articles under {@code dir/articles} and the planted truth to {@code dir/truth.json}. */
    long write(Path dir) throws IOException {
        Path root = dir.resolve(ARTICLES);
        long bytes = 0;
        Random r = new Random(seed ^ 0x5DEECE66DL);
        for (Story s : stories) {
            Files.createDirectories(root.resolve(s.slug()));
        }
        StringBuilder sb = new StringBuilder(8192);
        for (Article a : articles) {
            sb.setLength(0);
            Text.article(a, r, sb);
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(root.resolve(a.path()), b);
            bytes += b.length;
        }
        writeTruth(dir.resolve(TRUTH));
        return bytes;
    }

    private void writeTruth(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeNumberField("seed", seed);
            g.writeNumberField("articles", n);
            g.writeNumberField("stories", stories.size());
            g.writeArrayFieldStart("expected");
            for (Article a : articles) {
                if (a.plant == null) {
                    continue;
                }
                g.writeStartObject();
                g.writeStringField("rule", a.plant.rule());
                g.writeStringField("article", a.path());
                g.writeNumberField("value", a.plant.value());
                g.writeStringField("series", a.plant.series().id);
                g.writeNumberField("dayValue", a.plant.dayValue());
                g.writeArrayFieldStart("alsoExplains");
                for (String rule : a.plant.alsoExplains()) {
                    g.writeString(rule);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
