package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NumbersTest {
    private static Claim one(String body) {
        return Extract.only("2024-05-06", body);
    }

    @Test
    void thousandsSeparatorsAndDecimalsAreRead() {
        assertThat(one("Officials said 12,345 people were evacuated on Sunday.").getValue()).isEqualTo(12345);
        assertThat(one("The quake left 1.5 million people homeless.").getValue()).isEqualTo(1_500_000);
    }

    @Test
    void scaleWordsAttachedToMoneyMultiply() {
        Claim c = one("Donors pledged $1.2bn in aid for the region.");
        assertThat(c.getValue()).isEqualTo(1.2e9);
        assertThat(c.getUnit()).isEqualTo("USD");
    }

    @Test
    void currencyWordsAndSymbolsGiveIsoCodes() {
        assertThat(one("The club paid a fee of 80 million euros.").getUnit()).isEqualTo("EUR");
        assertThat(one("The council set a budget of £40m for roads.").getUnit()).isEqualTo("GBP");
    }

    @Test
    void numberWordsAreRead() {
        assertThat(one("Twenty-two people were injured in the blast on Sunday.").getValue()).isEqualTo(22);
        assertThat(one("Rescuers found a dozen survivors overnight.").getValue()).isEqualTo(12);
        assertThat(one("The fire destroyed three hundred homes.").getValue()).isEqualTo(300);
        assertThat(one("Soldiers freed a million prisoners, the army said.").getValue()).isEqualTo(1_000_000);
    }

    @Test
    void vaguePluralsGiveAnInterval() {
        Claim c = one("Dozens of people were hurt in the stampede.");
        assertThat(c.getLower()).isEqualTo(24.0);
        assertThat(c.getUpper()).isEqualTo(143.0);
        Claim h = one("Hundreds of thousands of people have fled the fighting.");
        assertThat(h.getLower()).isEqualTo(200_000.0);
        assertThat(h.getUpper()).isEqualTo(999_999.0);
    }

    @Test
    void fractionsAreShares() {
        Claim third = one("A third of the population needs food aid.");
        assertThat(third.getValue()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(third.getUnit()).isEqualTo("fraction");
        assertThat(one("Half of all households lost power.").getValue()).isEqualTo(0.5);
    }

    @Test
    void percentagesHaveThePercentUnit() {
        Claim c = one("Turnout was 61.2 percent, officials said.");
        assertThat(c.getValue()).isEqualTo(61.2);
        assertThat(c.getUnit()).isEqualTo("percent");
        assertThat(c.getQuantityKey()).isEqualTo("turnout/rate");
        assertThat(one("Inflation rose to 4% in March.").getUnit()).isEqualTo("percent");
    }

    @Test
    void rangeBetweenTwentyAndThirtyGivesClosedInterval() {
        Claim c = one("Between 20 and 30 people were killed in the attack on Sunday.");
        assertThat(c.getLower()).isEqualTo(20.0);
        assertThat(c.getUpper()).isEqualTo(30.0);
        assertThat(c.getValue()).isEqualTo(25.0);
    }

    @Test
    void hyphenAndToRangesGiveClosedIntervals() {
        assertThat(one("Some 20-30 homes were damaged on Sunday.").getUpper()).isEqualTo(33.0);
        Claim to = one("Forecasters expect 200 to 300 millimetres of rain.");
        assertThat(to.getLower()).isEqualTo(200.0);
        assertThat(to.getUpper()).isEqualTo(300.0);
        assertThat(to.getUnit()).isEqualTo("mm");
    }

    @Test
    void moneyScaleInWordsBetweenHyphensIsRead() {
        Claim c = one("Parliament approved a 3-billion-dollar rescue package.");
        assertThat(c.getValue()).isEqualTo(3e9);
        assertThat(c.getUnit()).isEqualTo("USD");
    }
}
