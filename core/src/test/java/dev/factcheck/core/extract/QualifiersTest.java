package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualifiersTest {
    @ParameterizedTest(name = "{0} 40 -> [{1}, {2}]")
    @CsvSource(nullValues = "null", value = {
            "more than,    40,   null",
            "over,         40,   null",
            "at least,     40,   null",
            "nearly,       36,   40",
            "almost,       36,   40",
            "about,        36,   44",
            "around,       36,   44",
            "roughly,      36,   44",
            "some,         36,   44",
            "up to,        0,    40",
            "fewer than,   0,    40",
            "as many as,   0,    40",
            "exactly,      40,   40",
    })
    void qualifierMapsToItsDocumentedInterval(String hedge, Double lower, Double upper) {
        Claim c = Extract.only("2024-05-06", "Police said " + hedge + " 40 people were arrested on Sunday.");
        assertThat(c.getValue()).isEqualTo(40);
        assertThat(c.getLower()).as("lower for %s", hedge).isCloseTo(lower, org.assertj.core.data.Offset.offset(1e-9));
        if (upper == null) {
            assertThat(c.getUpper()).isNull();
        } else {
            assertThat(c.getUpper()).isCloseTo(upper, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(c.getFigure()).isEqualToIgnoringCase(hedge + " 40");
    }

    @Test
    void aboutFortyAgreesWithFortyTwo() {
        Claim about = Extract.only("2024-05-06", "About 40 people were arrested on Sunday, police said.");
        Claim exact = Extract.only("2024-05-06", "Police said 42 people were arrested on Sunday.");
        assertThat(about.getQuantityKey()).isEqualTo(exact.getQuantityKey());
        assertThat(about.overlaps(exact, 0.005)).isTrue();
    }

    @Test
    void moreThanTwentyAgreesWithAtLeastTwentyTwo() {
        Claim a = Extract.only("2024-05-06", "More than 20 people were killed on Sunday.");
        Claim b = Extract.only("2024-05-06", "At least 22 people were killed on Sunday.");
        assertThat(a.getQuantityKey()).isEqualTo(b.getQuantityKey());
        assertThat(a.overlaps(b, 0.005)).isTrue();
    }

    @Test
    void hedgeAfterTheFigureWidensIt() {
        assertThat(Extract.only("2024-05-06", "The storm damaged 300 or more homes on Sunday.").getUpper()).isNull();
    }
}
