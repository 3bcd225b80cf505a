package dev.factcheck.core.accuracy;

/** A quote as the JSON report gives it. */
public record ReportQuote(String id, String article, int line, int column, String text, String speaker) {
}
