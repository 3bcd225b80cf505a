package dev.factcheck.core.accuracy;

import java.util.List;

/** A finding as the JSON report gives it: its rule and the ids of the claims or quotes it names. */
public record ReportFinding(String id, String rule, String severity, String message, List<String> claims,
                            String article, String status) {
    public ReportFinding {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** The number in the id ({@code f12} is 12), for ordering as the report does. */
    public int number() {
        return Integer.parseInt(id.substring(1));
    }
}
