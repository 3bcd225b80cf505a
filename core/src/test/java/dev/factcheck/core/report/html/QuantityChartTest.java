package dev.factcheck.core.report.html;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityChartTest {
    private static QuantityChart.Point point(String id, String date, double value, Double lower, Double upper,
                                             String outlet, QuantityChart.Flag... flags) {
        return new QuantityChart.Point(id, date == null ? null : LocalDate.parse(date), value, lower, upper, outlet,
                outlet + " " + id, List.of(flags));
    }

    @Test
    void niceDomainRoundsOutwardOnOneTwoFiveSteps() {
        assertThat(QuantityChart.niceDomain(33000, 58386)).containsExactly(30000, 60000, 5000);
        assertThat(QuantityChart.niceDomain(49, 133)).containsExactly(40, 140, 20);
        assertThat(QuantityChart.niceDomain(22, 22)).containsExactly(19, 25, 1);
        assertThat(QuantityChart.niceDomain(0, 0)).satisfies(d -> assertThat(d[0]).isEqualTo(0));
    }

    @Test
    void laterDatesAreFurtherRightAndLargerValuesHigher() {
        QuantityChart.Layout l = QuantityChart.layout(List.of(
                point("c1", "2024-04-08", 129, 129.0, 129.0, "Reuters"),
                point("c2", "2025-07-14", 49, 49.0, 49.0, "AFP")), List.of());
        QuantityChart.Mark reuters = l.marks().stream().filter(m -> m.claimId().equals("c1")).findFirst().orElseThrow();
        QuantityChart.Mark afp = l.marks().stream().filter(m -> m.claimId().equals("c2")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(afp.x())).isGreaterThan(Double.parseDouble(reuters.x()));
        assertThat(Double.parseDouble(afp.y())).isGreaterThan(Double.parseDouble(reuters.y()));
        assertThat(Double.parseDouble(reuters.x())).isBetween((double) QuantityChart.LEFT,
                (double) QuantityChart.WIDTH - QuantityChart.RIGHT);
    }

    @Test
    void sameDayValuesFromDifferentOutletsAreSpreadApart() {
        QuantityChart.Layout l = QuantityChart.layout(List.of(
                point("c1", "2024-04-08", 129, 129.0, 129.0, "Reuters"),
                point("c2", "2024-04-08", 133, 133.0, 133.0, "Al Jazeera")), List.of());
        assertThat(l.marks()).extracting(QuantityChart.Mark::x).doesNotHaveDuplicates();
        assertThat(l.marks()).extracting(QuantityChart.Mark::style).containsExactly("o0", "o1");
        assertThat(l.legend()).extracting(QuantityChart.LegendEntry::outlet).containsExactly("Al Jazeera", "Reuters");
    }

    @Test
    void moreThanIsAnArrowUpAndARangeIsABar() {
        QuantityChart.Layout l = QuantityChart.layout(List.of(
                point("c1", "2024-04-08", 33100, 33100.0, null, "Reuters"),
                point("c2", "2024-05-01", 20, null, 20.0, "AFP"),
                point("c3", "2024-06-01", 40, 35.0, 45.0, "AP"),
                point("c4", "2024-07-01", 58386, 58386.0, 58386.0, "AFP")), List.of());
        QuantityChart.Mark moreThan = l.marks().get(0);
        assertThat(moreThan.arrow()).isNotNull();
        assertThat(tipY(moreThan.arrow())).isLessThan(Double.parseDouble(moreThan.y()));
        QuantityChart.Mark fewerThan = l.marks().get(1);
        assertThat(tipY(fewerThan.arrow())).isGreaterThan(Double.parseDouble(fewerThan.y()));
        QuantityChart.Mark about = l.marks().get(2);
        assertThat(about.arrow()).isNull();
        assertThat(about.range()).matches("M[0-9.]+ [0-9.]+V[0-9.]+");
        QuantityChart.Mark exact = l.marks().get(3);
        assertThat(exact.range()).isNull();
        assertThat(exact.arrow()).isNull();
    }

    @Test
    void arrowsStayInsideThePlot() {
        QuantityChart.Layout l = QuantityChart.layout(List.of(
                point("c1", "2024-04-08", 100, 100.0, null, "A"), point("c2", "2024-04-09", 10, 10.0, 10.0, "B")),
                List.of());
        assertThat(tipY(l.marks().get(0).arrow())).isGreaterThanOrEqualTo(QuantityChart.TOP);
    }

    @Test
    void findingsAreCircledAndStaleFiguresLinkedToTheirReplacement() {
        QuantityChart.Layout l = QuantityChart.layout(List.of(
                point("c1", "2025-07-21", 33000, 33000.0, null, "Ledger", new QuantityChart.Flag("f1", "stale")),
                point("c2", "2025-07-14", 58386, 58386.0, 58386.0, "AFP"),
                point("c3", "2024-04-08", 129, 129.0, 129.0, "Reuters", new QuantityChart.Flag("f4", "conflict"))),
                List.of(new QuantityChart.Link("c1", "c2")));
        assertThat(l.marks()).extracting(QuantityChart.Mark::claimId, QuantityChart.Mark::ringClass,
                QuantityChart.Mark::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c3", "ring-conflict", "f4"),
                org.assertj.core.groups.Tuple.tuple("c2", null, null),
                org.assertj.core.groups.Tuple.tuple("c1", "ring-stale", "f1"));
        assertThat(l.connectors()).singleElement().satisfies(c -> {
            QuantityChart.Mark from = l.marks().get(2);
            assertThat(c.x1()).isEqualTo(from.x());
            assertThat(c.y1()).isEqualTo(from.y());
        });
    }

    @Test
    void undatedValuesAreCountedButNotDrawn() {
        QuantityChart.Layout l = QuantityChart.layout(List.of(point("c1", null, 5, 5.0, 5.0, "X"),
                point("c2", "2024-01-01", 7, 7.0, 7.0, "Y")), List.of());
        assertThat(l.undated()).isEqualTo(1);
        assertThat(l.marks()).extracting(QuantityChart.Mark::claimId).containsExactly("c2");
        assertThat(l.legend()).hasSize(2);
        QuantityChart.Layout none = QuantityChart.layout(List.of(point("c1", null, 5, 5.0, 5.0, "X")), List.of());
        assertThat(none.marks()).isEmpty();
        assertThat(none.undated()).isEqualTo(1);
    }

    @Test
    void dateTicksAreMonthsForLongSpansAndDaysForShortOnes() {
        QuantityChart.Scale s = new QuantityChart.Scale(0, 1, 0, 1);
        double from = LocalDate.of(2024, 3, 20).toEpochDay();
        double to = LocalDate.of(2025, 8, 5).toEpochDay();
        assertThat(QuantityChart.xTicks(from, to, s)).extracting(QuantityChart.Tick::label)
                .containsExactly("Apr 2024", "Jul 2024", "Oct 2024", "Jan 2025", "Apr 2025", "Jul 2025");
        double d = LocalDate.of(2024, 4, 8).toEpochDay();
        assertThat(QuantityChart.xTicks(d - 15, d + 15, s)).hasSizeBetween(2, 4)
                .allSatisfy(t -> assertThat(t.label()).matches("\\d{1,2} [A-Z][a-z]{2} 2024"));
        assertThat(QuantityChart.xTicks(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2025, 1, 1).toEpochDay(), s))
                .hasSizeLessThanOrEqualTo(6).allSatisfy(t -> assertThat(t.label()).matches("\\d{4}"));
    }

    @Test
    void everyOutletStyleHasADistinctShapePath() {
        assertThat(List.of(0, 1, 2, 3, 4)).extracting(i -> QuantityChart.shape(i, 10, 10, 5)).doesNotHaveDuplicates();
        assertThat(QuantityChart.shape(2, 10, 10, 5)).as("triangle up").startsWith("M10 4.3");
        assertThat(QuantityChart.shape(4, 10, 10, 5)).as("triangle down").startsWith("M10 15.8");
    }

    private static double tipY(String arrow) {
        String[] parts = arrow.split("L")[1].split(" ");
        return Double.parseDouble(parts[1]);
    }
}
