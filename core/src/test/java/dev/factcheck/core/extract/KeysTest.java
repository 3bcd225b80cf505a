package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.QuantityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {
    @Test
    void synonymsOfHostagesShareAKey() {
        Claim a = Extract.only("2024-05-08", "Of those, 64 captives remain.");
        Claim b = Extract.only("2024-05-08", "Some 66 hostages are still being held.");
        assertThat(a.getQuantityKey()).isEqualTo("hostages/held");
        assertThat(b.getQuantityKey()).isEqualTo("hostages/held");
        assertThat(a.getQuantityLabel()).isEqualTo("hostages still held");
    }

    @Test
    void fullDateWithYearAnchorsTheEventLikeTheShortDate() {
        Claim withYear = Extract.only("2025-06-02", "The raid on the port on March 3, 2024 killed 87 people.");
        Claim without = Extract.only("2024-05-08", "The raid on the port on March 3 killed 87 people.");
        assertThat(withYear.getQuantityKey()).endsWith("#2024-03-03");
        assertThat(withYear.getQuantityKey()).isEqualTo(without.getQuantityKey());
    }

    @Test
    void peopleSeizedAreHostages() {
        assertThat(Extract.only("2024-05-08", "Gunmen seized 41 people on March 2.").getQuantityKey())
                .isEqualTo("hostages/taken#2024-03-02");
    }

    @Test
    void deathsAndDeathTollAndPeopleKilledShareAKey() {
        String a = Extract.only("2024-05-08", "The death toll in Nepal has risen to 2,100.").getQuantityKey();
        String b = Extract.only("2024-05-08", "More than 2,000 people have been killed in Nepal.").getQuantityKey();
        String c = Extract.only("2024-05-08", "The quake has caused 2,050 deaths in Nepal.").getQuantityKey();
        assertThat(a).isEqualTo(b).isEqualTo(c).isEqualTo("people/killed@nepal");
    }

    @Test
    void placeFromAdjectiveBeforeTheNounOrFromTheSentence() {
        assertThat(Extract.only("2024-05-08", "More than 500 Gaza Palestinians have been killed.").getQuantityKey())
                .isEqualTo("people/killed@gaza");
        assertThat(Extract.only("2024-05-08", "Strikes in and around Gaza City and Khan Younis killed 30 people on Tuesday.")
                .getQuantityKey()).isEqualTo("people/killed@gaza#2024-05-07");
    }

    @Test
    void partOfPointsAtTheWhole() {
        List<Claim> claims = Extract.claims("2024-05-08",
                "Rebels hold 80 prisoners, including 12 who are said to be ill.");
        assertThat(Extract.figure(claims, "12").getPartOfOffset()).isEqualTo(Extract.figure(claims, "80").getOffset());
    }

    @Test
    void winnersAreNamedInTheKey() {
        List<Claim> claims = Extract.claims("2024-05-08", "The Greens won 38 seats, while Labour won 44.");
        assertThat(Extract.figure(claims, "38").getQuantityKey()).isEqualTo("seats/won-by-greens");
        assertThat(Extract.figure(claims, "44").getQuantityKey()).isEqualTo("seats/won-by-labour");
    }

    @Test
    void sharesOfSomethingAreShares() {
        Claim c = Extract.only("2024-05-08", "The Greens took 21 percent of the vote.");
        assertThat(c.getQuantityKey()).isEqualTo("vote/share-by-greens");
        assertThat(c.getKind()).isEqualTo(QuantityKind.STATE);
    }
}
