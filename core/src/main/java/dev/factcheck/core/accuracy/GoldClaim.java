package dev.factcheck.core.accuracy;

/**
 * One figure an editor marked: the file it is in (relative to the articles folder), its value, the
 * exact words, and what it counts (in words; absent for optional claims and findings' claims).
 */
public record GoldClaim(String file, double value, String text, String quantity) {
    /** The top folder of the file: the story it belongs to. */
    public String story() {
        return Stories.of(file);
    }

    /** Whether a reported claim is this one by file and value (see {@link Values#same}). */
    public boolean matches(ReportClaim claim) {
        return file.equals(claim.article()) && Values.same(value, claim.value());
    }
}
