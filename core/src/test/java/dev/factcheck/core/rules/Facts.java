package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builds the facts of one rule test the way the extractor would, numbers them in insertion order
 * ({@code c1}, {@code c2}, … and {@code q1}, …), runs the default pack and returns its findings.
 */
final class Facts {
    private static CompiledRules pack;

    /** A newsroom rule that updates what it matches, so it never stops firing. */
    static final String LOOPING_RULE = """
                package house
                import dev.factcheck.core.model.Claim
                rule "forever"
                    @id("house-loop") @severity("info")
                when
                    $c : Claim()
                then
                    update($c);
                end
                """;

    private final List<Claim> claims = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private RuleSettings settings = RuleSettings.defaults();

    static synchronized CompiledRules pack() {
        if (pack == null) {
            try {
                pack = RuleEngine.compile(RulePack.defaults());
            } catch (RuleCompileException e) {
                throw new IllegalStateException(e);
            }
        }
        return pack;
    }

    static Article source(String outlet, String day) {
        return article(outlet, day, Role.SOURCE);
    }

    static Article draft(String name, String day) {
        return article(name, day, Role.DRAFT);
    }

    private static Article article(String outlet, String day, Role role) {
        String path = day + "-" + outlet.toLowerCase().replace(' ', '-') + ".md";
        return new Article(path, null, outlet, day == null ? null : LocalDate.parse(day), day, null, role);
    }

    static Attribution by(String source) {
        return new Attribution("according to " + source, source, "according to");
    }

    /** An exact figure ({@code lower == upper == value}) dated by its article. */
    Claim exact(Article a, String key, QuantityKind kind, double value) {
        return claim(a, key, kind, value, value, value, b -> b);
    }

    /** An interval; {@code null} bounds are open ({@code more than 33,000}: lower 33,000, upper null). */
    Claim claim(Article a, String key, QuantityKind kind, double value, Double lower, Double upper,
                UnaryOperator<Claim.Builder> more) {
        int seq = claims.size() + 1;
        String figure = (lower != null && upper == null ? "more than " : "") + String.format("%,d", (long) value);
        Claim.Builder b = Claim.builder(a).offset(seq * 100, seq * 100 + 5).position(seq, 1)
                .sentence("sentence " + seq).span(figure + " " + key).figure(figure).value(value, lower, upper)
                .quantity(key, key.replace('/', ' '), kind).asOf(a.getPublished());
        Claim c = more.apply(b).build().withId("c" + seq, seq);
        claims.add(c);
        return c;
    }

    Quote quote(Article a, String text, String speaker, String speakerKey, String side) {
        int seq = quotes.size() + 1;
        Quote q = new Quote(a, seq * 100, seq * 100 + text.length(), seq, 1, text,
                String.join(" ", Quotes.words(text)), speaker, speakerKey, side, null).withId("q" + seq, seq);
        quotes.add(q);
        return q;
    }

    Facts with(String yaml) {
        try {
            Path f = Files.createTempFile("settings", ".yaml");
            Files.writeString(f, yaml);
            settings = settings.overriddenBy(f);
            Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The findings of the pack over these facts in one session. Every rule test also checks that the
     * same facts run group by group ({@link GroupedRules}, two threads) give the same findings.
     */
    List<Finding> run() {
        try {
            List<Finding> whole = RuleEngine.run(pack(), settings, List.of(), claims, quotes, 100_000);
            List<Finding> grouped = GroupedRules.run(pack(), settings, List.of(), claims, quotes, 100_000, 2, null)
                    .findings();
            if (!described(whole).equals(described(grouped))) {
                throw new AssertionError("rules run group by group differ from one session:\n"
                        + described(grouped) + "\nvs\n" + described(whole));
            }
            return whole;
        } catch (RunawayRuleException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f + " " + f.getClaims()).sorted().toList();
    }

    List<Quote> quotes() {
        return List.copyOf(quotes);
    }

    RuleSettings settings() {
        return settings;
    }

    List<Claim> claims() {
        return List.copyOf(claims);
    }

    /** The findings of one rule id. */
    List<Finding> run(String ruleId) {
        return run().stream().filter(f -> f.getRule().equals(ruleId)).toList();
    }
}
