package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NonClaimsTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The ceasefire took effect on Oct. 7 after weeks of talks.",
            "The ceasefire took effect on 7 October after weeks of talks.",
            "The dispute dates back to 2019.",
            "The rally began at 10 a.m. and ended at 14:30 local time.",
            "The victims were aged 19, 20 and 21.",
            "A 70-year-old man was pulled from the rubble.",
            "They lifted a 17-year-old embargo on the port.",
            "The team reached the second round for the first time.",
            "She finished 21st in the final standings.",
            "The embassy is at 12 Harbour Street in the old town.",
            "Callers can reach the hotline on +44 20 7946 0000.",
            "Two senior army officials said the talks had stalled.",
            "Three diplomats familiar with the negotiations described the mood as tense.",
            "The draft builds on Resolution 2334 and Article 51.",
            "Spain beat Italy 3-1 in the final on Sunday.",
            "Officials met again two days later.",
            "Six months into the war, the city lies in ruins.",
            "Talks stalled over the past two days.",
            "The two sides met again in Doha.",
            "One of the officials said the plan was dead.",
            "The toll is well above the 1,000 mark.",
    })
    void isNotAClaim(String sentence) {
        List<Claim> claims = Extract.claims("2024-05-06", sentence);
        assertThat(claims).as("claims in: %s", sentence).isEmpty();
    }

    @Test
    void comparisonBaselineIsNotAClaimButTheNewFigureIs() {
        List<Claim> claims = Extract.claims("2024-05-06", "Unemployment rose to 4.2 percent in April from 3.9 percent in March.");
        assertThat(claims).extracting(Claim::getValue).containsExactly(4.2);
        assertThat(Extract.claims("2024-05-06", "The party won 72 seats, up from 11 at the last election."))
                .extracting(Claim::getValue).containsExactly(72.0);
    }

    @Test
    void countOfSourcesIsNotAClaimButCountOfOfficialsKilledIs() {
        assertThat(Extract.claims("2024-05-06", "Five officials were killed in the blast on Sunday, police said."))
                .extracting(Claim::getValue).containsExactly(5.0);
    }

    @Test
    void durationsAreClaimsWithATimeUnitNotCounts() {
        Claim truce = Extract.only("2024-05-06", "Mediators proposed a 45-day truce.");
        assertThat(truce.getUnit()).isEqualTo("day");
        assertThat(truce.getQuantityKey()).isEqualTo("ceasefire/duration");
        Claim fighting = Extract.only("2024-05-06", "The siege ended after 14 months of fighting.");
        assertThat(fighting.getUnit()).isEqualTo("month");
        assertThat(fighting.getQuantityKey()).isEqualTo("war/duration");
        Claim hours = Extract.only("2024-05-06", "Negotiators will meet again within 72 hours.");
        assertThat(hours.getUnit()).isEqualTo("hour");
        assertThat(hours.getLower()).isEqualTo(0.0);
    }
}
