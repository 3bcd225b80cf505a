package dev.factcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rule fixtures: {@code fixtures/<rule-id>/<case>/} holds articles we wrote and
 * {@code expected.json}, the findings the check must report for them:
 *
 * <pre>{
 *   "note": "why this case matters",
 *   "rules": "*",                       // optional: which rules' findings are compared (default: the folder's rule)
 *   "knownExtractionBug": "…",          // optional: the sentence the extractor gets wrong; the case is
 *                                       // skipped while it fails and fails once it passes
 *   "findings": [ { "rule": "contradiction", "severity": "error",
 *                   "about": ["a.md: 129", "b.md: 133"],   // article and words of each claim or quote, in order
 *                   "message": ["129", "133"] } ]          // optional: words the message must contain
 * }</pre>
 *
 * A case is positive for its rule when it expects a finding of that rule, negative otherwise.
 */
final class Fixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Case(String rule, String name, Path dir, Expected expected) {
        boolean positive() {
            return expected.findings().stream().anyMatch(f -> f.rule().equals(rule));
        }

        @Override
        public String toString() {
            return rule + "/" + name;
        }
    }

    record Expected(String note, Set<String> rules, List<ExpectedFinding> findings, String knownExtractionBug) {
        boolean compares(String ruleId) {
            return rules.contains("*") || rules.contains(ruleId);
        }
    }

    record ExpectedFinding(String rule, Severity severity, List<String> about, List<String> message) {
        @Override
        public String toString() {
            return rule + " " + severity.id() + " about " + about + (message.isEmpty() ? "" : " saying " + message);
        }
    }

    private Fixtures() {
    }

    static Path root() {
        URL url = Fixtures.class.getClassLoader().getResource("fixtures");
        if (url == null) {
            throw new IllegalStateException("no fixtures folder on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> rules = Files.list(root())) {
            for (Path ruleDir : rules.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(ruleDir)) {
                    for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                        String rule = ruleDir.getFileName().toString();
                        cases.add(new Case(rule, dir.getFileName().toString(), dir, read(dir.resolve("expected.json"), rule)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    static Expected read(Path file, String rule) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode rulesNode = root.get("rules");
            Set<String> rules;
            if (rulesNode == null) {
                rules = Set.of(rule);
            } else if (rulesNode.isArray()) {
                List<String> list = new ArrayList<>();
                rulesNode.forEach(n -> list.add(n.asText()));
                rules = Set.copyOf(list);
            } else {
                rules = Set.of(rulesNode.asText());
            }
            List<ExpectedFinding> findings = new ArrayList<>();
            for (JsonNode f : root.path("findings")) {
                Severity severity = Severity.parse(f.path("severity").asText());
                if (severity == null) {
                    throw new IllegalArgumentException(file + ": bad severity " + f.path("severity"));
                }
                findings.add(new ExpectedFinding(f.path("rule").asText(), severity, texts(f.path("about")),
                        texts(f.path("message"))));
            }
            return new Expected(root.path("note").asText(null), rules, findings,
                    root.path("knownExtractionBug").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** What each claim and quote id of a result is, for matching {@code "a.md: 129"} and for failure messages. */
    static Map<String, String[]> subjects(CheckResult result) {
        Map<String, String[]> out = new HashMap<>();
        for (Claim c : result.claims()) {
            out.put(c.getId(), new String[] {c.getArticlePath(),
                    (c.getFigure() == null ? "" : c.getFigure()) + " | " + (c.getSpan() == null ? "" : c.getSpan())});
        }
        for (Quote q : result.quotes()) {
            out.put(q.getId(), new String[] {q.getArticlePath(), q.getText()});
        }
        return out;
    }

    static boolean matches(ExpectedFinding e, Finding f, Map<String, String[]> subjects) {
        if (!e.rule().equals(f.getRule()) || e.severity() != f.getRuleSeverity() || e.about().size() != f.getClaims().size()) {
            return false;
        }
        for (int i = 0; i < e.about().size(); i++) {
            String want = e.about().get(i);
            int colon = want.indexOf(": ");
            String[] got = subjects.get(f.getClaims().get(i));
            String path = want.substring(0, colon < 0 ? 0 : colon);
            if (got == null || colon < 0 || !(got[0].equals(path) || got[0].endsWith("/" + path))
                    || !got[1].contains(want.substring(colon + 2))) {
                return false;
            }
        }
        return e.message().stream().allMatch(w -> f.getMessage().contains(w));
    }

    static String describe(Finding f, Map<String, String[]> subjects) {
        StringBuilder sb = new StringBuilder(f.getRule() + " " + f.getRuleSeverity().id() + " about [");
        for (String id : f.getClaims()) {
            String[] s = subjects.get(id);
            sb.append(s == null ? id : s[0] + ": " + s[1]).append("; ");
        }
        return sb.append("] ").append(f.getMessage()).toString();
    }
}
