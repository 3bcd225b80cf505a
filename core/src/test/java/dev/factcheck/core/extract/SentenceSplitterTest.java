package dev.factcheck.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(Vocabulary.defaults());

    private List<String> sentences(String text) {
        return splitter.split(text, text, 0).stream()
                .flatMap(p -> p.sentences().stream())
                .map(s -> text.substring(s.start(), s.end()).replaceAll("\\s+", " "))
                .collect(Collectors.toList());
    }

    private List<List<String>> paragraphs(String text) {
        return splitter.split(text, text, 0).stream()
                .map(p -> p.sentences().stream().map(s -> text.substring(s.start(), s.end())).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    @Test
    void monthAbbreviationBeforeADayDoesNotEndTheSentence() {
        assertThat(sentences("The storm hit on Oct. 7 at dawn. Crews arrived later."))
                .containsExactly("The storm hit on Oct. 7 at dawn.", "Crews arrived later.");
    }

    @Test
    void titlesAndInitialsDoNotEndTheSentence() {
        assertThat(sentences("Mr. Okafor met Gen. Ruiz and George W. Bush. They spoke."))
                .containsExactly("Mr. Okafor met Gen. Ruiz and George W. Bush.", "They spoke.");
    }

    @Test
    void initialismEndsTheSentenceOnlyBeforeAUsualOpener() {
        assertThat(sentences("Two U.S. officials spoke. Aid went to the U.S. The talks ended."))
                .containsExactly("Two U.S. officials spoke.", "Aid went to the U.S.", "The talks ended.");
    }

    @Test
    void numberAbbreviationBeforeAFigureDoesNotEndTheSentence() {
        assertThat(sentences("He lives at No. 10 with staff. Reporters waited.")).hasSize(2);
    }

    @Test
    void quoteFollowedByLowerCaseAttributionStaysOneSentence() {
        assertThat(sentences("\"We are ready. Send the trucks?\" the mayor asked. Nobody answered."))
                .containsExactly("\"We are ready.", "Send the trucks?\" the mayor asked.", "Nobody answered.");
    }

    @Test
    void ellipsisInsideASentenceDoesNotSplitIt() {
        assertThat(sentences("The talks went on... and on until dawn. Then they stopped.")).hasSize(2);
    }

    @Test
    void datelineIsKeptOutOfTheFirstSentence() {
        String text = "LAGOS (Wire) – Heavy rain flooded the city on Monday. Schools closed.";
        assertThat(sentences(text)).containsExactly("Heavy rain flooded the city on Monday.", "Schools closed.");
        assertThat(splitter.split(text, text, 0).get(0).datelineEnd()).isPositive();
    }

    @Test
    void singleNewlineAfterTerminalPunctuationEndsAParagraph() {
        assertThat(paragraphs("First line ends here.\nSecond paragraph starts.")).hasSize(2);
    }

    @Test
    void wrappedLineWithoutTerminalPunctuationContinuesTheSentence() {
        assertThat(sentences("The council approved the plan after a long\ndebate on Tuesday.")).hasSize(1);
    }

    @Test
    void blankLineAlwaysEndsAParagraph() {
        assertThat(paragraphs("A headline without a stop\n\nBody text follows.")).hasSize(2);
    }

    @Test
    void listItemsAndHeadingsAreTheirOwnParagraphs() {
        String original = "# Key figures\n- 40 people hurt\n- 12 homes lost\nMore details follow.";
        String prose = "  Key figures\n  40 people hurt\n  12 homes lost\nMore details follow.";
        assertThat(splitter.split(prose, original, 0)).hasSize(4);
    }
}
