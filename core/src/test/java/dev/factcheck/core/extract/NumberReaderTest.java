package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The ways copy writes a number, each read to its value, in sentences of our own. */
class NumberReaderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The reservoir held one hundred and six barges.                 | 106",
            "Engineers counted two thousand three hundred and forty rivets. | 2340",
            "The gauge read minus five at dawn.                             | -5",
            "The thermometer showed -12 overnight.                          | -12",
            "Growth came in at .75 over the quarter.                        | 0.75",
            "The ferry line carries 10M passengers a year.                  | 10000000",
            "The app passed 2.5k downloads.                                 | 2500",
            "Sensors logged 1e6 readings.                                   | 1000000",
            "The grid held five and a half million meters.                  | 5500000",
            "The fund kept 3 million and a half for repairs.                | 3500000",
            "Two thirds remained unpaid.                                    | 0.6666666666666666",
            "The mix used three quarters of the flour.                      | 0.75",
            "The board approved 3/4 of the plan.                            | 0.75",
            "The trail runs 10 1/2 kilometres.                              | 10.5",
            "The reading was two hundred point zero three.                  | 200.03",
            "About one in five riders walked.                               | 0.2",
            "The stall sold three dozen eggs.                               | 36",
    })
    void readsTheValueCopyWrites(String sentence, double value) {
        List<Claim> claims = Extract.claims("2024-05-06", sentence);
        assertThat(claims).as("claims in: %s", sentence).hasSize(1);
        assertThat(claims.get(0).getValue()).isCloseTo(value, within(1e-9 * Math.max(1, Math.abs(value))));
    }

    @Test
    void datesPhoneGroupsScoresAndHalfMastAreNoClaims() {
        assertThat(Extract.claims("2024-05-06", "Flags flew at half-mast in the square.")).isEmpty();
        assertThat(Extract.claims("2024-05-06", "Storms hit on the night of September 8-9 in the valley.")).isEmpty();
        assertThat(Extract.claims("2024-05-06", "The club won the final 1-0 against the visitors.")).isEmpty();
        assertThat(Extract.claims("2024-05-06", "The notice was posted at 10:59 on the board.")).isEmpty();
    }

    @Test
    void aFigureWithNothingCountedIsAnUnnamedClaim() {
        Claim c = Extract.only("2024-05-06", "The answer was 42.");
        assertThat(c.isNamed()).isFalse();
        assertThat(Extract.only("2024-05-06", "The ferry carried 42 passengers.").isNamed()).isTrue();
    }

    @Test
    void gluedUnitsAndCompoundDurationsAreMeasures() {
        assertThat(Extract.only("2024-05-06", "The phone ships with 512GB of storage.").getUnit()).isEqualTo("gb");
        Claim lap = Extract.only("2024-05-06", "She set a course record of 3 minutes 51.29 seconds.");
        assertThat(lap.getValue()).isCloseTo(231.29, within(1e-9));
        assertThat(lap.getUnit()).isEqualTo("second");
    }

    @Test
    void aChangeKeepsItsDirectionAndBothValues() {
        Claim fall = Extract.only("2024-05-06", "Ferry fares fell 2.5 percent in May.");
        assertThat(fall.getChange()).isNotNull();
        assertThat(fall.getChange().direction()).isEqualTo(Direction.DOWN);
        Claim rise = Extract.only("2024-05-06", "The jobless rate rose from 3.9 percent to 4.2 percent.");
        assertThat(rise.getChange().direction()).isEqualTo(Direction.UP);
        assertThat(rise.getChange().from()).isEqualTo(3.9);
        assertThat(rise.getChange().to()).isEqualTo(4.2);
        assertThat(Extract.only("2024-05-06", "The toll rose to 2,012 on Sunday.").getChange()).isNull();
    }

    @Test
    void aShareAfterAChangeVerbTakesItsSubjectInOpenVocabulary() {
        Claim c = Extract.only("2024-05-06", "The Harbour 40 index fell 2.5% on Friday.");
        assertThat(c.getQuantityKey()).startsWith("harbour-40-index/change");
    }
}
