package dev.factcheck.core.accuracy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring rules on tiny invented data: a ferry accident on a lake (story {@code ferry}) and a
 * bakery fire (story {@code bakery}). Nothing here comes from a real article.
 */
class GoldScoringTest {
    private static final String A = "ferry/2031-05-02-lakeside-post.md";
    private static final String B = "ferry/2031-05-02-valley-courier.md";
    private static final String C = "ferry/2031-05-02-harbour-radio.md";
    private static final String D = "ferry/2031-05-04-draft.md";

    private static final String GOLD = """
            findings:
            - id: g1
              kind: contradiction
              quantity: passengers rescued
              as_of: 2031-05-02
              claims:
              - {file: %1$s, value: 40, text: forty passengers were pulled from the water}
              - {file: %2$s, value: 52, text: 52 rescued}
            - id: g2
              kind: contradiction
              quantity: passengers rescued
              as_of: 2031-05-02
              claims:
              - {file: %1$s, value: 40, text: forty passengers were pulled from the water}
              - {file: %3$s, value: 55, text: 55 people rescued}
            - id: s1
              kind: stale-figure
              quantity: passengers missing
              claims:
              - {file: %4$s, value: 12, text: 12 still missing}
              - {file: %3$s, value: 3, text: three remain missing}
            left_out:
            - id: lo1
              claims:
              - {file: %1$s, value: 1000, text: a boat built for about 1000 crossings a year}
              - {file: %2$s, value: 900, text: 900 crossings}
              why: not the same quantity
            claims_sample:
            - {file: %1$s, value: 40, text: forty passengers, quantity: rescued}
            - {file: %1$s, value: 1000, text: about 1000 crossings, quantity: crossings per year}
            - {file: %1$s, value: 7, text: seven crew, quantity: crew}
            claims_optional:
            - {file: %1$s, value: 2, text: the second ferry}
            quotes_sample:
            - id: q1
              same_wording: false
              same_speaker: true
              note: invented
              occurrences:
              - {file: %1$s, speaker: 'Harbour master Ilse Marwick, who led the search', text: We searched until the light went}
              - {file: %2$s, speaker: Ilse Marwick, text: We searched the lake until the light went}
            """.formatted(A, B, C, D);

    private static String claim(String id, String file, double value) {
        return """
                {"id":"%s","article":"%s","line":5,"column":1,"sentence":"An invented sentence.","span":"%s",
                 "value":%s,"lower":%s,"upper":%s,"unit":"count","quantity":{"key":"people/rescued","label":"people rescued"},
                 "kind":"point","asOf":"2031-05-02","attribution":null}""".formatted(id, file, value, value, value, value);
    }

    private static String finding(String id, String rule, String... claims) {
        return "{\"id\":\"%s\",\"rule\":\"%s\",\"severity\":\"warning\",\"message\":\"m\",\"claims\":[%s]}"
                .formatted(id, rule, String.join(",", List.of(claims).stream().map(c -> "\"" + c + "\"").toList()));
    }

    private static CheckReport report(List<String> claims, List<String> findings) throws IOException {
        return report(claims, List.of(), findings);
    }

    private static CheckReport report(List<String> claims, List<String> quotes, List<String> findings)
            throws IOException {
        return CheckReport.parse("{\"claims\":[" + String.join(",", claims) + "],\"quotes\":["
                + String.join(",", quotes) + "],\"findings\":[" + String.join(",", findings) + "]}");
    }

    private static Gold gold() throws IOException {
        return Gold.parse(GOLD);
    }

    @Test
    void oneGroupedFindingCoversTwoGoldFindingsAndIsRight() throws IOException {
        CheckReport r = report(List.of(claim("c1", A, 40), claim("c2", B, 52), claim("c3", C, 55)),
                List.of(finding("f1", "contradiction", "c1", "c2", "c3")));

        FindingScorer.RuleScore s = FindingScorer.score("contradiction", gold(), r);

        assertThat(s.found()).extracting(GoldFinding::id).containsExactly("g1", "g2");
        assertThat(s.recall().value()).isEqualTo(1.0);
        assertThat(s.precision()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void aSecondFindingNamingTheSameClaimsIsADuplicate() throws IOException {
        CheckReport r = report(List.of(claim("c1", A, 40), claim("c2", B, 52)),
                List.of(finding("f1", "contradiction", "c1", "c2"), finding("f2", "contradiction", "c2", "c1")));

        FindingScorer.RuleScore s = FindingScorer.score("contradiction", gold(), r);

        assertThat(s.reported()).extracting(FindingScorer.Judged::verdict)
                .containsExactly(FindingScorer.Verdict.RIGHT, FindingScorer.Verdict.DUPLICATE);
        assertThat(s.precision()).isEqualTo(new Ratio(1, 2));
        assertThat(s.recall()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void aFindingThatLumpsInAnotherFigureFindsTheGoldButIsNotRight() throws IOException {
        CheckReport r = report(List.of(claim("c1", A, 40), claim("c2", B, 52), claim("c4", B, 900)),
                List.of(finding("f1", "contradiction", "c1", "c2", "c4")));

        FindingScorer.RuleScore s = FindingScorer.score("contradiction", gold(), r);

        assertThat(s.found()).extracting(GoldFinding::id).containsExactly("g1");
        assertThat(s.reported().get(0).verdict()).isEqualTo(FindingScorer.Verdict.LUMPED_IN);
        assertThat(s.precision()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void valuesMatchWithinHalfAPercent() throws IOException {
        CheckReport near = report(List.of(claim("c1", A, 40.19), claim("c2", B, 52)),
                List.of(finding("f1", "contradiction", "c1", "c2")));
        CheckReport far = report(List.of(claim("c1", A, 40.21), claim("c2", B, 52)),
                List.of(finding("f1", "contradiction", "c1", "c2")));

        assertThat(FindingScorer.score("contradiction", gold(), near).found()).hasSize(1);
        assertThat(FindingScorer.score("contradiction", gold(), far).found()).isEmpty();
        assertThat(Values.same(1000, 1005)).isTrue();
        assertThat(Values.same(1000, 1006)).isFalse();
    }

    @Test
    void aFindingOnALeftOutPairIsAFalseAlarmCountedAsATrap() throws IOException {
        CheckReport r = report(List.of(claim("c1", A, 1000), claim("c2", B, 900)),
                List.of(finding("f1", "contradiction", "c1", "c2")));

        FindingScorer.RuleScore s = FindingScorer.score("contradiction", gold(), r);

        assertThat(s.reported().get(0).verdict()).isEqualTo(FindingScorer.Verdict.NO_GOLD);
        assertThat(s.traps()).isEqualTo(1);
    }

    @Test
    void otherRulesAreScoredApart() throws IOException {
        CheckReport r = report(List.of(claim("c1", D, 12), claim("c2", C, 3), claim("c3", A, 40), claim("c4", B, 52)),
                List.of(finding("f1", "stale-figure", "c1", "c2"), finding("f2", "revised-figure", "c3", "c4")));

        FindingScorer.RuleScore stale = FindingScorer.score("stale-figure", gold(), r);
        FindingScorer.RuleScore contradiction = FindingScorer.score("contradiction", gold(), r);

        assertThat(stale.recall()).isEqualTo(new Ratio(1, 1));
        assertThat(stale.precision()).isEqualTo(new Ratio(1, 1));
        assertThat(contradiction.recall()).isEqualTo(new Ratio(0, 2));
        assertThat(contradiction.reported()).isEmpty();
    }

    @Test
    void optionalClaimsAreNotWrongAndOtherFilesDoNotCount() throws IOException {
        CheckReport r = report(List.of(claim("c1", A, 40), claim("c2", A, 2), claim("c3", A, 31), claim("c4", B, 77),
                claim("c5", A, 1003)), List.of());

        ClaimScorer.ClaimScore s = ClaimScorer.score(gold(), r);

        assertThat(s.recall()).isEqualTo(new Ratio(2, 3));
        assertThat(s.missed()).extracting(GoldClaim::value).containsExactly(7.0);
        assertThat(s.precision()).isEqualTo(new Ratio(3, 4));
        assertThat(s.wrong()).extracting(ReportClaim::id).containsExactly("c3");
        assertThat(s.forStory("bakery").recall()).isEqualTo(new Ratio(0, 0));
    }

    @Test
    void quotesAreFoundBySharedWordsAndSpeakersBySurname() throws IOException {
        String q1 = "{\"id\":\"q1\",\"article\":\"" + A + "\",\"line\":3,\"column\":1,"
                + "\"text\":\"We searched until the light went.\",\"speaker\":\"Marwick\"}";
        String q2 = "{\"id\":\"q2\",\"article\":\"" + B + "\",\"line\":3,\"column\":1,"
                + "\"text\":\"We searched the lake until the light went\",\"speaker\":\"a spokesman\"}";
        CheckReport r = report(List.of(), List.of(q1, q2), List.of(finding("f1", "quote-misattribution", "q1", "q2")));

        QuoteScorer.QuoteScore s = QuoteScorer.score(gold(), r);

        assertThat(s.found()).isEqualTo(new Ratio(2, 2));
        assertThat(s.speakers()).isEqualTo(new Ratio(1, 2));
        assertThat(s.expectedReported()).isEqualTo(new Ratio(0, 1));
        assertThat(s.unexpected()).extracting(u -> u.finding().id()).containsExactly("f1");
        assertThat(QuoteScorer.surname("a government official")).isEqualTo("official");
        assertThat(QuoteScorer.surname("Ana Núñez (mayor)")).isEqualTo("nunez");
    }

    @Test
    void theScorecardPrintsTheSameTextTwice() throws IOException {
        CheckReport r = report(List.of(claim("c1", A, 40), claim("c2", B, 52), claim("c3", A, 31)),
                List.of(finding("f1", "contradiction", "c1", "c2"), finding("f2", "contradiction", "c3", "c2")));
        Scorecard card = Scorecard.score(gold(), r, Scorecard.DEFAULT_RULES);

        String text = ScorecardPrinter.print(card, r);

        assertThat(text).isEqualTo(ScorecardPrinter.print(Scorecard.score(gold(), r, Scorecard.DEFAULT_RULES), r));
        assertThat(text).contains("contradiction    1/2 0.50       1/2 0.50       0")
                .contains("| ferry | 1/2 0.50 | 1/2 0.50 | 0/1 0.00 | 0/0 - | 1/3 0.33 | 1/2 0.50 |")
                .contains("f2 covers no gold finding");
    }
}
