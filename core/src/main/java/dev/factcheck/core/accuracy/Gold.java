package dev.factcheck.core.accuracy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An editor's gold file: the conflicts found, the pairs deliberately left out, every claim of a few
 * sampled articles (with borderline ones optional), and quotes sampled across articles. Keys are
 * snake_case in the file ({@code left_out}, {@code claims_sample}, ...).
 */
public record Gold(List<GoldFinding> findings, List<LeftOut> leftOut, List<GoldClaim> claimsSample,
                   List<GoldClaim> claimsOptional, List<GoldQuote> quotesSample) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Gold {
        findings = findings == null ? List.of() : List.copyOf(findings);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
        claimsSample = claimsSample == null ? List.of() : List.copyOf(claimsSample);
        claimsOptional = claimsOptional == null ? List.of() : List.copyOf(claimsOptional);
        quotesSample = quotesSample == null ? List.of() : List.copyOf(quotesSample);
    }

    public static Gold read(Path file) throws IOException {
        return YAML.readValue(file.toFile(), Gold.class);
    }

    /** Parses gold text (for tests). */
    public static Gold parse(String yaml) throws IOException {
        return YAML.readValue(yaml, Gold.class);
    }

    /** The gold findings of one rule, in the file's order. */
    public List<GoldFinding> findingsOf(String rule) {
        return findings.stream().filter(f -> rule.equals(f.kind())).toList();
    }
}
