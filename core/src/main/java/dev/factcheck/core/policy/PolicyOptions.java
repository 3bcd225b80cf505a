package dev.factcheck.core.policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How findings are weighed after the rules ran.
 *
 * @param severityOverrides   rule id to {@code off}, {@code info}, {@code warning} or {@code error}
 * @param lowerSourceFindings lower findings that involve only {@code source} articles by one level:
 *                            {@code auto} (when the check includes at least one draft), {@code true}, {@code false}
 * @param acknowledgements    the acknowledgements file, or null
 * @param suppressionFiles    suppression files
 * @param noInlineConfig      ignore {@code <!-- factcheck-disable … -->} comments (for audits)
 * @param today               the day {@code until} dates are compared with
 */
public record PolicyOptions(Map<String, String> severityOverrides, String lowerSourceFindings, Path acknowledgements,
                            List<Path> suppressionFiles, boolean noInlineConfig, LocalDate today) {
    public PolicyOptions {
        severityOverrides = severityOverrides == null ? Map.of() : Map.copyOf(severityOverrides);
        lowerSourceFindings = lowerSourceFindings == null ? "auto" : lowerSourceFindings;
        suppressionFiles = suppressionFiles == null ? List.of() : List.copyOf(suppressionFiles);
        today = today == null ? LocalDate.now() : today;
    }

    public static PolicyOptions defaults() {
        return new PolicyOptions(Map.of(), "auto", null, List.of(), false, null);
    }
}
