package dev.factcheck.core.accuracy;

import java.util.List;

/** Claims a checker may pair but an editor would not call a conflict, and why. */
public record LeftOut(String id, List<GoldClaim> claims, String why) {
    public LeftOut {
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
