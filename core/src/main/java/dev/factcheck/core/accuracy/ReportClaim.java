package dev.factcheck.core.accuracy;

/**
 * A claim as the JSON report gives it ({@code docs/json-report.md}): only the parts the scorer
 * matches on or shows in its listings.
 */
public record ReportClaim(String id, String article, int line, int column, String sentence, String span,
                          double value, Double lower, Double upper, String unit, Quantity quantity, String kind,
                          String asOf, Attribution attribution) {
    public record Quantity(String key, String label) {
    }

    public record Attribution(String text, String source, String verb) {
    }

    public String story() {
        return Stories.of(article);
    }
}
