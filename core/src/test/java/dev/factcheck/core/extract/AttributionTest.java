package dev.factcheck.core.extract;

import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AttributionTest {
    private static Attribution of(String body) {
        return Extract.only("2024-05-08", body).getAttribution();
    }

    @Test
    void accordingToGivesTextSourceAndVerb() {
        Attribution a = of("More than 900 people have been killed in the region, according to the health ministry in Sudan.");
        assertThat(a.getText()).isEqualTo("according to the health ministry in Sudan");
        assertThat(a.getSource()).isEqualTo("sudan health ministry");
        assertThat(a.getVerb()).isEqualTo("according to");
    }

    @Test
    void runByQualifiersDoNotChangeTheCountingBody() {
        Attribution a = of("Strikes have killed 300 people, according to the health ministry in army-run Sudan.");
        Attribution b = of("Strikes have killed 310 people, according to Sudan's health ministry.");
        assertThat(a.getSource()).isEqualTo(b.getSource()).isEqualTo("sudan health ministry");
    }

    @Test
    void trailingSaysIsTheSource() {
        Attribution a = of("More than 70 soldiers have been killed in the fighting, the army says.");
        assertThat(a.getText()).isEqualTo("the army says");
        assertThat(a.getSource()).isEqualTo("military");
        assertThat(a.getVerb()).isEqualTo("says");
    }

    @Test
    void talliesOfDifferentBodiesStayDifferent() {
        Attribution own = of("The raid killed 120 people, according to a Wire Service tally based on official data.");
        Attribution national = of("The raid killed 130 people, according to Kenyan tallies.");
        assertThat(own.getSource()).isEqualTo("wire service tally");
        assertThat(national.getSource()).isEqualTo("kenya tally");
    }

    @Test
    void countryAgencyAndToldAreRead() {
        assertThat(of("Turkey's disaster agency said 4,000 buildings had collapsed.").getSource()).isEqualTo("turkey disaster agency");
        Attribution told = of("A local official told Reuters that 45 people were missing.");
        assertThat(told.getSource()).isEqualTo("official");
        assertThat(told.getVerb()).isEqualTo("told");
        assertThat(told.getText()).isEqualTo("A local official told Reuters");
    }

    @Test
    void agencyBeforeTheFigureIsTheSource() {
        Attribution a = of("In the north, the civil defence agency said at least 16 people were killed on Tuesday.");
        assertThat(a.getSource()).isEqualTo("civil defense agency");
    }

    @Test
    void unattributedFigureHasNoAttribution() {
        Claim c = Extract.only("2024-05-08", "Floods have killed 40 people in the province.");
        assertThat(c.getAttribution()).isNull();
        assertThat(c.isAttributed()).isFalse();
    }

    @Test
    void figureInsideAQuoteIsCreditedToTheSpeaker() {
        Claim c = Extract.only("2024-05-08", "“We have lost 30 homes this week,” said Mayor Ana Duarte.");
        assertThat(c.getAttribution().getSource()).isEqualTo("ana duarte");
    }
}
