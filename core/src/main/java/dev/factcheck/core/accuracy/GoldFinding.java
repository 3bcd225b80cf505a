package dev.factcheck.core.accuracy;

import java.util.List;

/**
 * A conflict an editor found: the rule it belongs to ({@code kind}), what is counted, the day it
 * holds for, and the claims (for {@code stale-figure} the draft's first).
 */
public record GoldFinding(String id, String kind, String quantity, String asOf, List<GoldClaim> claims,
                          Boolean attributedToDifferentSources, String note) {
    public GoldFinding {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public String story() {
        return claims.isEmpty() ? "" : claims.get(0).story();
    }
}
