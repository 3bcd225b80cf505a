package dev.factcheck.core.model;

import java.time.LocalDate;

/**
 * Why a finding does not count against the build: acknowledged in the acknowledgements file,
 * suppressed by a suppression entry, or disabled by a comment in the article. Carries the editor's
 * reason, and the date after which the entry stops applying (null for none).
 */
public record Disposition(Kind kind, String reason, LocalDate until, String source) {
    public enum Kind {
        ACKNOWLEDGED, SUPPRESSED, DISABLED_INLINE;

        public String id() {
            return switch (this) {
                case ACKNOWLEDGED -> "acknowledged";
                case SUPPRESSED -> "suppressed";
                case DISABLED_INLINE -> "disabled-inline";
            };
        }
    }
}
