package dev.factcheck.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.model.Claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores factcheck's extractor on a peer's number-recogniser spec files (Recognizers-Text, read from
 * {@code ../shared/peer-specs}), following the rules in that folder's README: each case becomes one
 * article, all of a file's articles are analysed the way a check analyses them, and a case passes
 * when factcheck's judged claims and the expected results pair up one to one.
 */
final class PeerSpecs {
    /** The front matter of every case's article; the case's input follows it byte for byte. */
    static final String FRONT_MATTER = "---\npublished: 2024-01-02\nrole: source\n---\n";
    /** Two numbers agree when they differ by at most this share of the larger. */
    static final double TOLERANCE = 0.005;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TIME_UNITS =
            Set.of("second", "minute", "hour", "day", "week", "month", "year", "decade");
    private static final Set<String> SHARE_UNITS = Set.of("percent", "percentage point", "basis point");

    private PeerSpecs() {
    }

    /** What a spec file lists, and so which of factcheck's claims count as its own type. */
    enum Kind {
        NUMBER, RANGE, PERCENT, CURRENCY, DIMENSION;

        /** Whether a claim is a figure of this file's own type (a plain number, a range, a share, money, a measure). */
        boolean owns(Found f) {
            return switch (this) {
                case NUMBER -> f.unit().equals("count") || f.unit().equals("fraction");
                case RANGE -> f.isRange();
                case PERCENT -> SHARE_UNITS.contains(f.unit());
                case CURRENCY -> f.isMoney();
                // degrees are left out: upstream lists temperatures in a file of their own
                case DIMENSION -> !NUMBER.owns(f) && !SHARE_UNITS.contains(f.unit()) && !f.isMoney()
                        && !TIME_UNITS.contains(f.unit()) && !f.unit().equals("degree");
            };
        }
    }

    /**
     * An expected result that names a number. Offsets are into the case's input, {@code end}
     * exclusive. A range has {@code lower}/{@code upper} (null when unbounded) and no value; any
     * other result has a value.
     */
    record Expected(String text, int start, int end, String resolution, Double value, Double lower, Double upper) {
        boolean isRange() {
            return value == null;
        }

        @Override
        public String toString() {
            return "\"" + text + "\" [" + start + "," + end + ") = " + resolution;
        }
    }

    /** One in-scope case: its index in the file, the input and the expected results that name a number. */
    record SpecCase(int index, String input, List<Expected> expected) {
    }

    /** A claim as the scoring sees it, with the offsets of its figure in the case's input. */
    record Found(int start, int end, String figure, String span, double value, Double lower, Double upper,
                 String unit) {
        boolean isRange() {
            return lower == null || upper == null || !lower.equals(upper);
        }

        boolean isMoney() {
            return unit.length() == 3 && unit.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        }

        boolean overlaps(Expected e) {
            return start < e.end() && e.start() < end;
        }

        @Override
        public String toString() {
            return "\"" + figure + "\" [" + start + "," + end + ") value " + number(value) + " lower " + number(lower)
                    + " upper " + number(upper) + " unit " + unit + " (span \"" + span + "\")";
        }
    }

    /**
     * How one case fared: every claim factcheck found, which of them were judged, and what is left
     * over once judged claims and expected results are paired.
     */
    record Outcome(SpecCase specCase, List<Found> found, List<Found> judged, List<Expected> missed, List<Found> extra) {
        boolean passed() {
            return missed.isEmpty() && extra.isEmpty();
        }
    }

    // ---------------------------------------------------------------- reading the spec file

    /** The in-scope cases of a spec file: those upstream's reference (.NET) implementation is meant to pass. */
    static List<SpecCase> read(Path file, Kind kind) {
        JsonNode root;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            root = JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SpecCase> cases = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode c = root.get(i);
            if (notSupportedByReference(c)) {
                continue;
            }
            List<Expected> expected = new ArrayList<>();
            for (JsonNode r : c.path("Results")) {
                Expected e = expected(r, kind);
                if (e != null) {
                    expected.add(e);
                }
            }
            cases.add(new SpecCase(i, c.path("Input").asText(), List.copyOf(expected)));
        }
        return cases;
    }

    private static boolean notSupportedByReference(JsonNode c) {
        return Arrays.stream(c.path("NotSupported").asText("").split(","))
                .anyMatch(platform -> platform.strip().equalsIgnoreCase("dotnet"));
    }

    /** An expected result, or null when its resolution names no number ({@code dollar} alone). */
    private static Expected expected(JsonNode r, Kind kind) {
        JsonNode v = r.path("Resolution").path("value");
        if (v.isMissingNode() || v.isNull() || v.asText().isBlank() || v.asText().equals("null")) {
            return null;
        }
        String resolution = v.asText().strip();
        String text = r.path("Text").asText();
        int start = r.path("Start").asInt();
        int end = r.path("End").asInt() + 1; // upstream's End is inclusive
        if (kind == Kind.RANGE) {
            String[] ends = resolution.substring(1, resolution.length() - 1).split(",", -1);
            return new Expected(text, start, end, resolution, null, bound(ends[0]), bound(ends[1]));
        }
        String number = resolution.endsWith("%") ? resolution.substring(0, resolution.length() - 1) : resolution;
        return new Expected(text, start, end, resolution, Double.parseDouble(number), null, null);
    }

    private static Double bound(String text) {
        return text.isBlank() ? null : Double.valueOf(text.strip());
    }

    // ---------------------------------------------------------------- running factcheck

    /**
     * Writes one article per case into a temporary folder, analyses the folder in one call the way
     * the check does, and returns each case's claims (in case order).
     */
    static List<List<Found>> analyse(List<SpecCase> cases) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("factcheck-peer-specs");
            Map<String, Integer> caseByFile = new HashMap<>();
            for (int n = 0; n < cases.size(); n++) {
                String name = String.format(Locale.ROOT, "case-%04d.txt", n);
                Files.writeString(dir.resolve(name), FRONT_MATTER + cases.get(n).input(), StandardCharsets.UTF_8);
                caseByFile.put(name, n);
            }
            Factcheck.Analysis analysis = Factcheck.standard().analyse(CheckRequest.of(dir));
            if (analysis.articles().size() != cases.size()) {
                throw new IllegalStateException("read " + analysis.articles().size() + " of " + cases.size()
                        + " case articles: " + analysis.warnings());
            }
            List<List<Found>> found = new ArrayList<>();
            cases.forEach(c -> found.add(new ArrayList<>()));
            for (Claim claim : analysis.claims()) {
                int n = caseByFile.get(Path.of(claim.getArticlePath()).getFileName().toString());
                found.get(n).add(found(claim, cases.get(n).input()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FactcheckException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Found found(Claim claim, String input) {
        int start = claim.getOffset() - FRONT_MATTER.length();
        int end = figureEnd(input, start, claim.getFigure());
        return new Found(start, end, claim.getFigure(), claim.getSpan(), claim.getValue(), claim.getLower(),
                claim.getUpper(), claim.getUnit());
    }

    /**
     * Where the figure ends in the input. The claim's figure has its whitespace runs folded to one
     * space, so the input is walked with any run of whitespace standing for one space.
     */
    static int figureEnd(String input, int start, String figure) {
        int i = start;
        int j = 0;
        while (i < input.length() && j < figure.length()) {
            if (Character.isWhitespace(figure.charAt(j)) && Character.isWhitespace(input.charAt(i))) {
                while (i < input.length() && Character.isWhitespace(input.charAt(i))) {
                    i++;
                }
                j++;
            } else if (input.charAt(i) == figure.charAt(j)) {
                i++;
                j++;
            } else {
                break;
            }
        }
        return Math.max(i, start + 1);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    // ---------------------------------------------------------------- scoring

    /**
     * Scores one case. In a NumberModel case every claim is judged; in the other files only claims
     * that overlap an expected result, since those files list their own type only. A case with no
     * expected result judges the claims of the file's own type, so a quantity of another type (the
     * 180ml liquid in NumberModel, a plain count in CurrencyModel) is not held against it.
     */
    static Outcome score(Kind kind, SpecCase c, List<Found> found) {
        List<Found> judged = found.stream().filter(f -> judged(kind, c, f)).toList();
        int[] pairedClaim = pair(c.expected(), judged);
        boolean[] claimPaired = new boolean[judged.size()];
        List<Expected> missed = new ArrayList<>();
        for (int e = 0; e < pairedClaim.length; e++) {
            if (pairedClaim[e] < 0) {
                missed.add(c.expected().get(e));
            } else {
                claimPaired[pairedClaim[e]] = true;
            }
        }
        List<Found> extra = new ArrayList<>();
        for (int f = 0; f < judged.size(); f++) {
            if (!claimPaired[f]) {
                extra.add(judged.get(f));
            }
        }
        return new Outcome(c, found, judged, missed, extra);
    }

    private static boolean judged(Kind kind, SpecCase c, Found f) {
        if (c.expected().isEmpty()) {
            return kind.owns(f);
        }
        return kind == Kind.NUMBER || c.expected().stream().anyMatch(f::overlaps);
    }

    /** Whether a claim says what an expected result says: the same number, or a range with the same ends. */
    static boolean matches(Expected e, Found f) {
        if (!e.isRange()) {
            return close(e.value(), f.value());
        }
        boolean lowerAgrees = e.lower() == null
                ? unbounded(f.lower()) || (e.upper() != null && e.upper() > 0 && f.lower() != null && f.lower() == 0)
                : f.lower() != null && close(e.lower(), f.lower());
        boolean upperAgrees = e.upper() == null ? unbounded(f.upper()) : f.upper() != null && close(e.upper(), f.upper());
        return lowerAgrees && upperAgrees;
    }

    private static boolean unbounded(Double bound) {
        return bound == null || bound.isInfinite();
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * Pairs expected results with claims, one claim each, as many as can be paired (augmenting
     * paths; the lists are a handful long). Returns, per expected result, its claim's index or -1.
     */
    static int[] pair(List<Expected> expected, List<Found> claims) {
        int[] claimOf = new int[expected.size()];
        int[] expectedOf = new int[claims.size()];
        Arrays.fill(claimOf, -1);
        Arrays.fill(expectedOf, -1);
        for (int e = 0; e < expected.size(); e++) {
            augment(e, expected, claims, claimOf, expectedOf, new boolean[claims.size()]);
        }
        return claimOf;
    }

    private static boolean augment(int e, List<Expected> expected, List<Found> claims, int[] claimOf, int[] expectedOf,
                                   boolean[] visited) {
        for (int f = 0; f < claims.size(); f++) {
            if (visited[f] || !matches(expected.get(e), claims.get(f))) {
                continue;
            }
            visited[f] = true;
            if (expectedOf[f] < 0 || augment(expectedOf[f], expected, claims, claimOf, expectedOf, visited)) {
                claimOf[e] = f;
                expectedOf[f] = e;
                return true;
            }
        }
        return false;
    }

    static String number(Double d) {
        if (d == null) {
            return "none";
        }
        if (d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        return d.toString();
    }
}
