package dev.factcheck.core.extract;

import dev.factcheck.core.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesTest {
    @Test
    void curlyQuoteWithTrailingAttributionHasSpeakerAndMedium() {
        List<Quote> q = Extract.quotes("2024-05-08", "“The roads are closed until further notice,” a police spokesman told AFP.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).getText()).isEqualTo("The roads are closed until further notice,");
        assertThat(q.get(0).getSpeaker()).isEqualTo("a police spokesman");
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("police spokesman");
        assertThat(q.get(0).getMedium()).isEqualTo("AFP");
    }

    @Test
    void straightQuotesAreRead() {
        List<Quote> q = Extract.quotes("2024-05-08", "\"We will rebuild every school,\" the governor said on Tuesday.");
        assertThat(q).singleElement().extracting(Quote::getSpeaker).isEqualTo("the governor");
    }

    @Test
    void heSaidResolvesToTheLastNamedSpeakerWithoutTheTitle() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "Interior Minister Karim Haddad described the damage as severe.\n“We need tents and water now,” he told state radio.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).getSpeaker()).isEqualTo("Karim Haddad");
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("karim haddad");
        assertThat(q.get(0).getMedium()).isEqualTo("state radio");
    }

    @Test
    void heAfterANewlyNamedPersonIsThatPersonNotTheEarlierSpeaker() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "\"The bridge is gone,\" the rebel official told Reuters.\n\n"
                + "Interior Minister Karim Haddad called the damage severe.\n\n"
                + "\"We need tents and water now,\" he told state radio.");
        assertThat(q).hasSize(2);
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("rebel official");
        assertThat(q.get(1).getSpeaker()).isEqualTo("Karim Haddad");
    }

    @Test
    void surnameResolvesToTheFullName() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "Opposition leader Maria Santos spoke first.\n“The count must be repeated,” Santos said.");
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("maria santos");
    }

    @Test
    void theOfficialResolvesToTheLastDescribedSpeaker() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "A senior rebel official said talks had stalled.\n“There is nothing to discuss,” the official said.");
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("rebel official");
        assertThat(q.get(0).getSpeaker()).isEqualTo("A senior rebel official");
    }

    @Test
    void anonymousSpeakerHasASide() {
        List<Quote> q = Extract.quotes("2024-05-08", "“There is no deal yet,” an Egyptian official told reporters.");
        assertThat(q.get(0).getSpeakerSide()).isEqualTo("egypt");
        assertThat(q.get(0).getMedium()).isNull();
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("egyptian official");
    }

    @Test
    void quoteInterruptedByItsAttributionIsOneQuote() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "\"The water is rising fast,\" the mayor said. \"We are moving people out.\"");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).getNormalizedText()).isEqualTo("the water is rising fast we are moving people out");
    }

    @Test
    void multiParagraphQuoteContinuesIntoTheNextParagraphsOpeningMark() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "“We lost everything in one night.\n\n“Nobody came to help us for three days,” said Amina Yusuf, a farmer.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).getText()).startsWith("We lost everything").contains("Nobody came");
        assertThat(q.get(0).getSpeaker()).isEqualTo("Amina Yusuf");
    }

    @Test
    void normalizedTextIgnoresPunctuationQuoteMarksAndEllipses() {
        String a = QuoteReader.normalise("There is no change in position and, therefore, nothing new. … There is no progress,");
        String b = QuoteReader.normalise("There is no change in position and therefore nothing new... There is no progress.");
        assertThat(a).isEqualTo(b).isEqualTo("there is no change in position and therefore nothing new there is no progress");
    }

    @Test
    void groupWroteOnAMediumIsTheLastOrganisation() {
        List<Quote> q = Extract.quotes("2024-05-08",
                "Hamas accused the mediators of bias.\n“The talks are going nowhere,” the group wrote on Telegram.");
        assertThat(q.get(0).getSpeakerKey()).isEqualTo("hamas");
        assertThat(q.get(0).getMedium()).isEqualTo("Telegram");
    }
}
