package dev.factcheck.core.accuracy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a written {@code factcheck-report.json} the scorer reads. */
public record CheckReport(List<ReportClaim> claims, List<ReportQuote> quotes, List<ReportFinding> findings) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public CheckReport {
        claims = claims == null ? List.of() : List.copyOf(claims);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static CheckReport read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), CheckReport.class);
    }

    /** Parses report text (for tests). */
    public static CheckReport parse(String json) throws IOException {
        return JSON.readValue(json, CheckReport.class);
    }

    /** Claims by id. */
    public Map<String, ReportClaim> claimsById() {
        Map<String, ReportClaim> byId = new LinkedHashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    /** Quotes by id. */
    public Map<String, ReportQuote> quotesById() {
        Map<String, ReportQuote> byId = new LinkedHashMap<>();
        quotes.forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    /** The findings of one rule, in report order. */
    public List<ReportFinding> findingsOf(String rule) {
        return findings.stream().filter(f -> rule.equals(f.rule())).toList();
    }
}
