package dev.factcheck.core.rules;

import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {

    @Test
    void asciiWordsAreTheNormalisedWordsOfPlainText() {
        List<String> samples = List.of(
                "We will not stop until every hostage is home.",
                "It's the army's view -- that's all",
                "don`t  stop; 'quoted' words'",
                "A 45-year-old man, at 3:15 p.m., said: \"NO!\"",
                "l'eau ' a' 'b a''b a'`b",
                "",
                "   ...   ",
                "x");
        for (String s : samples) {
            assertThat(Quotes.asciiWords(s)).as(s).isEqualTo(Quotes.normalisedWords(s));
        }
        Random random = new Random(7);
        String alphabet = "aZ9 '`-.,;:!?\"()[]\t\nq";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(24);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Quotes.asciiWords(s)).as("'%s'", s).isEqualTo(Quotes.normalisedWords(s));
        }
    }

    @Test
    void asciiPassagesAreThePassagesOfTheExpressions() {
        List<String> samples = List.of(
                "We are close. But not there yet! Are we? Yes; \"maybe\".",
                "Wait... what [Hamas] said (in Cairo) was clear..",
                "a.b 3.5 per cent; x.;y x!..y [open (half] closed)",
                "end?!", "", ".", "..", "[", "(a", "a)b]");
        for (String s : samples) {
            assertThat(words(Quotes.asciiPassageTexts(s))).as(s).isEqualTo(words(Quotes.regexPassageTexts(s)));
        }
        Random random = new Random(11);
        String alphabet = "ab .!?;\"'[]() \t\n1";
        for (int i = 0; i < 30_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(28);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(words(Quotes.asciiPassageTexts(s))).as("'%s'", s).isEqualTo(words(Quotes.regexPassageTexts(s)));
        }
        assertThat(Quotes.asciiPassageTexts("It’s … over")).isNull();
    }

    /** The passages as the quote rules compare them: the words of each non-empty piece. */
    private static List<List<String>> words(List<String> pieces) {
        return pieces.stream().map(Quotes::words).filter(w -> !w.isEmpty()).toList();
    }


    @Test
    void textBeyondAsciiTakesTheGeneralPath() {
        assertThat(Quotes.asciiWords("Netanyahu’s café")).isNull();
        assertThat(Quotes.words("Netanyahu’s CAFÉ — déjà vu")).containsExactly("netanyahus", "cafe", "deja", "vu");
        assertThat(Quotes.words("It’s")).isEqualTo(Quotes.words("It's"));
    }

    @Test
    void keysLeaveNoParseBehindButAgreeWithAKeptOne() {
        Article article = new Article("a.md", "t", "Reuters", LocalDate.of(2024, 4, 8), "2024-04-08", null,
                Role.SOURCE);
        Quote q = new Quote(article, 0, 10, 1, 1, "We will not stop until every hostage is home. Not one day sooner.",
                null, "Benny Gantz", "benny gantz", "israel", "Reuters");
        List<String> keys = Quotes.keys(q, 4, 4);
        assertThat(keys).containsExactly("we will not stop", "every hostage is home", "not one day sooner");
        assertThat((Object) q.derivedIfKnown()).as("a quote only grouped keeps no parse").isNull();
        Quotes.passages(q);
        assertThat((Object) q.derivedIfKnown()).isNotNull();
        assertThat(Quotes.keys(q, 4, 4)).isEqualTo(keys);
    }

    @Test
    void anonymityFollowsTheListItIsAskedWith() {
        Article article = new Article("a.md", "t", "Reuters", LocalDate.of(2024, 4, 8), "2024-04-08", null,
                Role.SOURCE);
        Quote official = new Quote(article, 0, 10, 1, 1, "We are close to a deal.", null, "a Hamas official",
                "hamas official", "hamas", "Reuters");
        List<String> nouns = List.of("official");
        assertThat(Quotes.anonymous(official, nouns)).isTrue();
        assertThat(Quotes.anonymous(official, nouns)).isTrue();
        Quote named = new Quote(article, 20, 30, 2, 1, "We are close to a deal.", null, "Osama Hamdan",
                "osama hamdan", "hamas", "Reuters");
        assertThat(Quotes.anonymous(named, nouns)).isFalse();
        assertThat(Quotes.anonymous(named, List.of("hamdan"))).isTrue();
        assertThat(Quotes.anonymous(named, nouns)).isFalse();
    }
}
