package dev.factcheck.core.extract;

import dev.factcheck.core.article.LoadedArticle;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The figures, non-claims and quotes listed in ../shared/seeds/README.md, read from the real seed
 * articles. Skipped when the seeds are not there (they are not ours to ship).
 */
class SeedArticlesTest {
    private static final String REUTERS = "2024-04-08-reuters-cairo-talks-deadlocked.md";
    private static final String ALJAZEERA = "2024-04-08-aljazeera-no-progress-cairo.md";
    private static final String NYT = "2024-05-05-nyt-talks-at-impasse.md";
    private static final String AFP = "2025-07-14-afp-doha-talks-deadlocked.md";
    private static final String UNDATED = "2024-01-24-unknown-one-month-truce.txt";

    private static final Map<String, Extraction> byPath = new HashMap<>();

    @BeforeAll
    static void extractSeeds() {
        Path seeds = Articles.seeds();
        assumeTrue(seeds != null, "../shared/seeds not present");
        NewsExtractor extractor = new NewsExtractor(Vocabulary.defaults());
        for (LoadedArticle a : Articles.load(seeds.resolve("articles"))) {
            byPath.put(a.article().getPath(), extractor.extract(a));
        }
        assumeTrue(byPath.containsKey(REUTERS) && byPath.containsKey(AFP), "seed articles missing");
    }

    private static Claim claim(String path, String figure) {
        List<Claim> found = byPath.get(path).claims().stream().filter(c -> c.getFigure().equals(figure)).collect(Collectors.toList());
        assertThat(found).as("claims written '%s' in %s", figure, path).hasSize(1);
        return found.get(0);
    }

    private static void assertFigure(Claim c, double value, Double lower, Double upper, String key, QuantityKind kind) {
        assertThat(c.getValue()).as("value of %s", c).isEqualTo(value);
        assertThat(c.getLower()).as("lower of %s", c).isEqualTo(lower);
        assertThat(c.getUpper()).as("upper of %s", c).isEqualTo(upper);
        assertThat(c.getQuantityKey()).as("key of %s", c).isEqualTo(key);
        if (kind != null) {
            assertThat(c.getKind()).as("kind of %s", c).isEqualTo(kind);
        }
    }

    @Test
    void hostagesStillHeldShareOneKeyAcrossOutletsAndYears() {
        assertFigure(claim(REUTERS, "129"), 129, 129.0, 129.0, "hostages/held", QuantityKind.REMAINING);
        assertFigure(claim(ALJAZEERA, "133"), 133, 133.0, 133.0, "hostages/held", QuantityKind.REMAINING);
        assertFigure(claim(AFP, "49"), 49, 49.0, 49.0, "hostages/held", QuantityKind.REMAINING);
        assertThat(claim(REUTERS, "129").getAsOf()).hasToString("2024-04-08");
        assertThat(claim(ALJAZEERA, "133").getAsOf()).hasToString("2024-04-08");
    }

    @Test
    void peopleKilledInIsraelOnSevenOctoberShareOneKeyWithDistinctTallies() {
        Claim reuters = claim(REUTERS, "1,200");
        Claim aljazeera = claim(ALJAZEERA, "1,139");
        Claim afp = claim(AFP, "1,219");
        String key = "people/killed@israel#2023-10-07";
        assertFigure(reuters, 1200, 1200.0, 1200.0, key, QuantityKind.FIXED);
        assertFigure(aljazeera, 1139, 1139.0, 1139.0, key, QuantityKind.FIXED);
        assertFigure(afp, 1219, 1219.0, 1219.0, key, QuantityKind.FIXED);
        assertThat(reuters.getEventAnchor()).isEqualTo("2023-10-07");
        assertThat(reuters.getSourceName()).isNotNull().isNotEqualTo(aljazeera.getSourceName());
        assertThat(aljazeera.getSourceName()).isNotNull().isNotEqualTo(afp.getSourceName());
        assertThat(reuters.getAttribution().getText()).isEqualTo("according to Israeli tallies");
        assertThat(reuters.getAsOf()).isEqualTo(aljazeera.getAsOf()).hasToString("2024-04-08");
        assertThat(reuters.getQuantityLabel()).isEqualTo("people killed in Israel on 7 October 2023");
    }

    @Test
    void hostagesTakenOnSevenOctoberShareOneKey() {
        String key = "hostages/taken#2023-10-07";
        assertFigure(claim(REUTERS, "253"), 253, 253.0, 253.0, key, QuantityKind.FIXED);
        assertFigure(claim(ALJAZEERA, "253"), 253, 253.0, 253.0, key, QuantityKind.FIXED);
        assertFigure(claim(AFP, "251"), 251, 251.0, 251.0, key, QuantityKind.FIXED);
    }

    @Test
    void gazaDeathTollSharesOneKeySoTheLaterFigureSupersedes() {
        String key = "people/killed@gaza";
        assertFigure(claim(REUTERS, "More than 33,100"), 33100, 33100.0, null, key, QuantityKind.CUMULATIVE);
        assertFigure(claim(ALJAZEERA, "More than 33,000"), 33000, 33000.0, null, key, QuantityKind.CUMULATIVE);
        assertFigure(claim(AFP, "58,386"), 58386, 58386.0, 58386.0, key, QuantityKind.CUMULATIVE);
        assertThat(claim(REUTERS, "More than 33,100").getSourceName())
                .isEqualTo(claim(AFP, "58,386").getSourceName()).isEqualTo("gaza health ministry");
    }

    @Test
    void compatiblePairsShareKeysAndOverlap() {
        pair(claim(REUTERS, "More than 600"), claim(ALJAZEERA, "more than 600"), "soldiers/killed@gaza");
        pair(claim(REUTERS, "2.3 million"), claim(ALJAZEERA, "2.3 million"), "people/population@gaza");
        pair(claim(REUTERS, "around 40"), claim(ALJAZEERA, "about 40"), "hostages/freed#stage-1");
        pair(claim(REUTERS, "a million"), claim(ALJAZEERA, "more than a million"), "people/displaced@rafah");
        pair(claim(REUTERS, "48 hours"), claim(ALJAZEERA, "within 48 hours"), "talks/duration");
        pair(claim(AFP, "more than 20"), claim(AFP, "at least 22"), "people/killed@gaza#2025-07-14");
        assertThat(claim(REUTERS, "around 40").getKind()).isEqualTo(QuantityKind.PROPOSAL);
        assertThat(claim(REUTERS, "around 40").getLower()).isEqualTo(36.0);
        assertThat(claim(REUTERS, "around 40").getUpper()).isEqualTo(44.0);
        assertThat(claim(REUTERS, "48 hours").getUnit()).isEqualTo("hour");
        assertThat(claim(AFP, "at least 22").getKind()).isEqualTo(QuantityKind.POINT);
        assertThat(claim(AFP, "at least 22").getAttribution().getSource()).isEqualTo("civil defense agency");
    }

    private static void pair(Claim a, Claim b, String key) {
        assertThat(a.getQuantityKey()).as("key of %s", a).isEqualTo(key);
        assertThat(b.getQuantityKey()).as("key of %s", b).isEqualTo(key);
        assertThat(a.overlaps(b, 0.005)).as("%s and %s agree", a, b).isTrue();
    }

    @Test
    void partOfPointsAtTheWhole() {
        Claim whole = claim(AFP, "49");
        Claim part = claim(AFP, "27");
        assertThat(part.getPartOfOffset()).isEqualTo(whole.getOffset());
        assertThat(part.getAttribution().getText()).isEqualTo("the Israeli military says");
        assertThat(whole.getAttribution()).isNull();
    }

    @Test
    void durationsHaveATimeUnitAndNeverCount() {
        assertThat(claim(AFP, "21 months").getUnit()).isEqualTo("month");
        assertThat(claim(AFP, "60-day").getUnit()).isEqualTo("day");
        assertThat(claim(AFP, "60-day").getKind()).isEqualTo(QuantityKind.PROPOSAL);
    }

    @Test
    void listedNonClaimsAreNotExtracted() {
        for (Extraction ex : byPath.values()) {
            for (Claim c : ex.claims()) {
                String span = c.getSpan().toLowerCase();
                if (c.getUnit().equals("count")) {
                    assertThat(c.getValue()).as("%s", c).isNotIn(17.0, 19.0, 21.0, 2023.0, 7.0);
                }
                assertThat(span).as("%s", c).doesNotContain("officials").doesNotContain("sources").doesNotContain("year-old");
                if (c.getSentence().contains("Six months into")) {
                    assertThat(c.getFigure()).doesNotContainIgnoringCase("six");
                }
            }
        }
        assertThat(byPath.get(AFP).claims()).noneMatch(c -> c.getSentence().contains("aged 19") && c.getValue() != 3);
        assertThat(byPath.get(AFP).claims()).filteredOn(c -> c.getFigure().equals("21 months")).allMatch(c -> !c.getUnit().equals("count"));
    }

    @Test
    void undatedArticleHasNoAsOf() {
        assertThat(byPath.get(UNDATED).claims()).isNotEmpty().allMatch(c -> c.getAsOf() == null);
    }

    @Test
    void hamasOfficialQuoteIsTheSameQuoteBySameSpeakerInBothArticles() {
        Quote reuters = quote(REUTERS, "There is no change");
        Quote aljazeera = quote(ALJAZEERA, "There is no change");
        assertThat(reuters.getNormalizedText()).isEqualTo(aljazeera.getNormalizedText());
        assertThat(reuters.getSpeakerKey()).isEqualTo(aljazeera.getSpeakerKey()).isEqualTo("hamas official");
        assertThat(reuters.getSpeakerSide()).isEqualTo("hamas");
        assertThat(reuters.getMedium()).isEqualTo("Reuters");
        assertThat(aljazeera.getMedium()).isEqualTo("Reuters");
        assertThat(aljazeera.getSpeaker()).isEqualTo("a Hamas official");
    }

    @Test
    void katzQuoteResolvesHeToTheMinister() {
        Quote reuters = quote(REUTERS, "We have reached a critical point");
        Quote aljazeera = quote(ALJAZEERA, "We have reached a critical point");
        assertThat(reuters.getNormalizedText()).isEqualTo(aljazeera.getNormalizedText());
        assertThat(reuters.getSpeaker()).isEqualTo("Israel Katz");
        assertThat(reuters.getSpeakerKey()).isEqualTo(aljazeera.getSpeakerKey()).isEqualTo("israel katz");
        assertThat(reuters.getMedium()).isEqualTo("Israel's Army Radio");
    }

    @Test
    void namedSpeakersAndMediaAreRead() {
        assertThat(quote(NYT, "We were very close").getSpeaker()).isEqualTo("Mousa Abu Marzouk");
        assertThat(quote(NYT, "The ceasefire must be permanent").getSpeakerKey()).isEqualTo("mousa abu marzouk");
        assertThat(quote(AFP, "Netanyahu is skilled").getMedium()).isEqualTo("Telegram");
        assertThat(quote(AFP, "Netanyahu is skilled").getSpeakerSide()).isEqualTo("hamas");
        assertThat(quote(ALJAZEERA, "We still don").getSpeakerKey()).isEqualTo("israeli official");
    }

    private static Quote quote(String path, String start) {
        List<Quote> found = byPath.get(path).quotes().stream().filter(q -> q.getText().startsWith(start)).collect(Collectors.toList());
        assertThat(found).as("quotes starting '%s' in %s", start, path).hasSize(1);
        return found.get(0);
    }
}
