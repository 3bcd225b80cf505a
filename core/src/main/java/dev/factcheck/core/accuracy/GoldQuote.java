package dev.factcheck.core.accuracy;

import java.util.List;

/**
 * A statement quoted in more than one article: whether the wording and the speaker are the same in
 * every occurrence, and the occurrences.
 */
public record GoldQuote(String id, boolean sameWording, boolean sameSpeaker, String note,
                        List<Occurrence> occurrences) {
    public GoldQuote {
        occurrences = occurrences == null ? List.of() : List.copyOf(occurrences);
    }

    /** Where the statement is quoted, who it is given to there, and the words inside the quotation marks. */
    public record Occurrence(String file, String speaker, String text) {
    }

    public String story() {
        return occurrences.isEmpty() ? "" : Stories.of(occurrences.get(0).file());
    }
}
