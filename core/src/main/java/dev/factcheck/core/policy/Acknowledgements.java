package dev.factcheck.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.report.Fingerprints;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The acknowledgements file: findings an editor has looked at and accepted, each by rule id, article
 * path and claim text (the fingerprint — never a line number), with a reason and an optional
 * {@code until} date.
 *
 * <pre>
 * acknowledgements:
 *   - rule: contradiction
 *     article: 2024/04/08/wire.md
 *     claim: killed 1,200 people
 *     reason: Two tallies; we cite both with their sources.
 *     until: 2026-06-30
 * </pre>
 */
public final class Acknowledgements {
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    /** One acknowledged finding. */
    public record Entry(String rule, String article, String claim, String reason, LocalDate until, int index) {
        public String fingerprint() {
            return Fingerprints.of(rule, article, claim);
        }

        public String describe() {
            return "acknowledgement #" + (index + 1) + " (" + rule + ", " + article + ", \"" + claim + "\")";
        }
    }

    private final List<Entry> entries;

    public Acknowledgements(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Acknowledgements none() {
        return new Acknowledgements(List.of());
    }

    public List<Entry> entries() {
        return entries;
    }

    public static Acknowledgements read(Path file) throws FactcheckException {
        if (file == null || !Files.isRegularFile(file)) {
            return none();
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new FactcheckException(file + ": malformed acknowledgements file: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("acknowledgements");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode n = list.get(i);
                String rule = text(n, "rule");
                String article = text(n, "article");
                String claim = text(n, "claim");
                String reason = text(n, "reason");
                String where = file.getFileName() + ": acknowledgement #" + (i + 1);
                if (rule == null || article == null || claim == null) {
                    problems.add(where + " needs 'rule', 'article' and 'claim'");
                    continue;
                }
                if (reason == null) {
                    problems.add(where + " needs a 'reason': say why the finding is accepted");
                    continue;
                }
                LocalDate until = null;
                String untilText = text(n, "until");
                if (untilText != null) {
                    try {
                        until = LocalDate.parse(untilText);
                    } catch (DateTimeParseException e) {
                        problems.add(where + ": 'until' must be a date like 2026-06-30, not '" + untilText + "'");
                        continue;
                    }
                }
                entries.add(new Entry(rule, article, claim, reason, until, i));
            }
        } else if (root != null && !root.isMissingNode() && !root.isNull() && list == null && root.size() > 0) {
            problems.add(file.getFileName() + ": expected a top-level 'acknowledgements:' list");
        }
        if (!problems.isEmpty()) {
            throw new FactcheckException("bad acknowledgements file " + file, problems);
        }
        return new Acknowledgements(entries);
    }

    /**
     * The file content for today's findings: every open finding gets an entry (reason "TODO: …" for
     * new ones), existing entries that still match keep their reason and date.
     */
    public static byte[] baseline(List<Finding> findings, Acknowledgements existing) throws IOException {
        Map<String, Entry> known = new LinkedHashMap<>();
        for (Entry e : existing.entries()) {
            known.putIfAbsent(e.fingerprint(), e);
        }
        ObjectNode root = YAML.createObjectNode();
        ArrayNode list = root.putArray("acknowledgements");
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (Finding f : findings) {
            String fp = Fingerprints.of(f);
            if (seen.put(fp, Boolean.TRUE) != null) {
                continue;
            }
            Entry old = known.get(fp);
            ObjectNode n = list.addObject();
            n.put("rule", f.getRule());
            n.put("article", f.getArticle());
            n.put("claim", f.getSubject());
            n.put("reason", old != null ? old.reason() : "TODO: why this finding is accepted (" + f.getMessage() + ")");
            if (old != null && old.until() != null) {
                n.put("until", old.until().toString());
            }
        }
        return ("# Findings the desk has reviewed and accepted. Matched by rule, article and claim text;\n"
                + "# line numbers do not matter. Refresh with: mvn factcheck:baseline\n"
                + YAML.writeValueAsString(root)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
