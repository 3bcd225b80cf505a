package dev.factcheck.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.model.Finding;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Suppression files in dependency-check's shape: each entry says what it matches (rule ids, an
 * article glob, a claim text pattern — all optional, all must match), a required {@code notes}, and
 * an optional {@code until} date after which it stops applying.
 *
 * <pre>
 * suppressions:
 *   - notes: Wire copy from the archive is not corrected.
 *     rule: [stale-figure, unattributed-figure]
 *     article: "archive/**"
 *     claim: "(?i)killed"
 *     until: 2026-12-31
 * </pre>
 */
public final class Suppressions {
    private static final YAMLMapper YAML = new YAMLMapper();

    /** One suppression entry. */
    public record Entry(Set<String> rules, String articleGlob, Pattern claim, String notes, LocalDate until,
                        String source, int index) {
        private PathMatcher matcher() {
            return articleGlob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + articleGlob);
        }

        public boolean matches(Finding f) {
            if (!rules.isEmpty() && !rules.contains(f.getRule())) {
                return false;
            }
            if (articleGlob != null && !matcher().matches(Path.of(f.getArticle()))) {
                return false;
            }
            return claim == null || (f.getSubject() != null && claim.matcher(f.getSubject()).find());
        }

        public String describe() {
            return source + ": suppression #" + (index + 1) + " (" + notes + ")";
        }
    }

    private final List<Entry> entries;

    public Suppressions(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public static Suppressions read(List<Path> files) throws FactcheckException {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                problems.add(file + ": suppression file does not exist");
                continue;
            }
            JsonNode root;
            try {
                root = YAML.readTree(Files.readAllBytes(file));
            } catch (IOException e) {
                problems.add(file + ": malformed suppression file: " + e.getMessage().lines().findFirst().orElse(""));
                continue;
            }
            JsonNode list = root == null ? null : root.get("suppressions");
            if (list == null || !list.isArray()) {
                problems.add(file + ": expected a top-level 'suppressions:' list");
                continue;
            }
            String name = file.getFileName().toString();
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.get(i);
                String where = name + ": suppression #" + (i + 1);
                String notes = text(n.get("notes"));
                if (notes == null) {
                    problems.add(where + " needs 'notes': say why the findings are suppressed");
                    continue;
                }
                Set<String> rules = new java.util.TreeSet<>();
                JsonNode r = n.get("rule");
                if (r != null && r.isArray()) {
                    r.forEach(x -> rules.add(x.asText().strip()));
                } else if (text(r) != null) {
                    rules.add(text(r));
                }
                Pattern claim = null;
                String claimText = text(n.get("claim"));
                if (claimText != null) {
                    try {
                        claim = Pattern.compile(claimText);
                    } catch (PatternSyntaxException e) {
                        problems.add(where + ": 'claim' is not a valid regular expression: " + e.getDescription());
                        continue;
                    }
                }
                LocalDate until = null;
                String untilText = text(n.get("until"));
                if (untilText != null) {
                    try {
                        until = LocalDate.parse(untilText);
                    } catch (DateTimeParseException e) {
                        problems.add(where + ": 'until' must be a date like 2026-06-30, not '" + untilText + "'");
                        continue;
                    }
                }
                entries.add(new Entry(Set.copyOf(rules), text(n.get("article")), claim, notes, until, name, i));
            }
        }
        if (!problems.isEmpty()) {
            throw new FactcheckException("bad suppression file", problems);
        }
        return new Suppressions(entries);
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
