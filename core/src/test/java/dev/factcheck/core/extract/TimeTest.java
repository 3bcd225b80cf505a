package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.QuantityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** asOf, event anchors and kinds. 2024-05-08 is a Wednesday. */
class TimeTest {
    private static final String WEDNESDAY = "2024-05-08";

    @Test
    void asOfIsThePublicationDateByDefault() {
        assertThat(Extract.only(WEDNESDAY, "Floods have killed 40 people in the province.").getAsOf()).hasToString(WEDNESDAY);
    }

    @Test
    void onMondayMovesAsOfToTheMondayOnOrBeforePublication() {
        Claim c = Extract.only(WEDNESDAY, "Police said on Monday that 12 people were arrested.");
        assertThat(c.getAsOf()).hasToString("2024-05-06");
        assertThat(Extract.only(WEDNESDAY, "On Wednesday, 30 homes were destroyed.").getAsOf()).hasToString(WEDNESDAY);
    }

    @Test
    void theDayBeforeIsTheDayBeforeThePreviousSentence() {
        List<Claim> claims = Extract.claims(WEDNESDAY,
                "On Tuesday rescuers recovered nine bodies. They had recovered 14 bodies the day before.");
        assertThat(Extract.figure(claims, "nine").getAsOf()).hasToString("2024-05-07");
        assertThat(Extract.figure(claims, "14").getAsOf()).hasToString("2024-05-06");
    }

    @Test
    void byTuesdayEveningIsACumulativeFigureAsOfTuesday() {
        Claim c = Extract.only(WEDNESDAY, "By Tuesday evening, 310 deaths had been recorded in the region.");
        assertThat(c.getAsOf()).hasToString("2024-05-07");
        assertThat(c.getKind()).isEqualTo(QuantityKind.CUMULATIVE);
    }

    @Test
    void undatedArticleHasNoAsOf() {
        assertThat(Extract.only(null, "Floods have killed 40 people in the province.").getAsOf()).isNull();
    }

    @Test
    void eventAnchorIsKeptApartFromAsOf() {
        Claim c = Extract.only(WEDNESDAY, "The attack on March 3 killed 58 people in Kenya, officials said.");
        assertThat(c.getEventAnchor()).isEqualTo("2024-03-03");
        assertThat(c.getAsOf()).hasToString(WEDNESDAY);
        assertThat(c.getQuantityKey()).isEqualTo("people/killed@kenya#2024-03-03");
        assertThat(c.getKind()).isEqualTo(QuantityKind.FIXED);
    }

    @Test
    void dateWithoutYearIsTheLatestOneBeforePublication() {
        Claim c = Extract.only(WEDNESDAY, "The storm on Oct. 7 destroyed 200 homes.");
        assertThat(c.getEventAnchor()).isEqualTo("2023-10-07");
    }

    @Test
    void yearNamedInTheArticleResolvesADateWithoutYear() {
        List<Claim> claims = Extract.claims(WEDNESDAY,
                "Relief flights resumed after the storm of October 7. The storm in 2022 destroyed 200 homes.");
        assertThat(Extract.figure(claims, "200").getEventAnchor()).isEqualTo("2022-10-07");
    }

    @Test
    void thatDayRefersBackToTheLastEventDate() {
        List<Claim> claims = Extract.claims(WEDNESDAY,
                "Gunmen attacked the village on Feb. 2, killing 31 people. They abducted 40 people that day.");
        assertThat(Extract.figure(claims, "40").getQuantityKey()).isEqualTo("hostages/taken#2024-02-02");
    }

    @Test
    void killedOnADayOfTheWeekIsAPointFigureForThatDay() {
        Claim c = Extract.only(WEDNESDAY, "At least 9 people were killed Monday in the shelling of Kharkiv.");
        assertThat(c.getKind()).isEqualTo(QuantityKind.POINT);
        assertThat(c.getEventAnchor()).isEqualTo("2024-05-06");
        assertThat(c.getAsOf()).hasToString("2024-05-06");
    }

    @Test
    void deathTollSinceADateIsCumulativeWithoutAnchor() {
        Claim c = Extract.only(WEDNESDAY, "The death toll in Sudan since April 15 has reached 14,000.");
        assertThat(c.getKind()).isEqualTo(QuantityKind.CUMULATIVE);
        assertThat(c.getQuantityKey()).isEqualTo("people/killed@sudan");
    }

    @Test
    void hostagesStillHeldAreRemainingAndTermsOfADealAreProposals() {
        List<Claim> claims = Extract.claims(WEDNESDAY,
                "Of those, 62 hostages are still held. Under the proposed deal, 18 would be released in the first phase.");
        assertThat(Extract.figure(claims, "62").getKind()).isEqualTo(QuantityKind.REMAINING);
        Claim proposal = Extract.figure(claims, "18");
        assertThat(proposal.getKind()).isEqualTo(QuantityKind.PROPOSAL);
        assertThat(proposal.getQuantityKey()).isEqualTo("hostages/freed#stage-1");
    }
}
