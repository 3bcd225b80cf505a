package dev.factcheck.core.rules;

import dev.factcheck.core.Version;
import dev.factcheck.core.cache.ExtractionCache;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Attribution;
import dev.factcheck.core.model.Change;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import dev.factcheck.core.report.ReportFiles;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings of each group of facts from the last run, keyed by a fingerprint of the group's facts
 * (everything about them a rule can read, in check order). A group whose fingerprint is found takes
 * its findings from here instead of firing the rules again. The file is valid for one run key: the
 * factcheck build, the DRL sources, the settings and the firing limit; anything else starts afresh.
 * A damaged file is ignored, never fatal.
 */
final class GroupResults {
    private static final String MAGIC = "factcheck-rule-results";
    /** 4: fingerprints cover a claim's change and whether it is named. */
    private static final int FORMAT = 4;

    /** A finding as stored: its subjects as positions in the group (claims from 0, quotes from -1 down). */
    private record Stored(String rule, String severity, String message, int[] subjects) {
    }

    private final Map<String, List<Stored>> byFingerprint;

    private GroupResults(Map<String, List<Stored>> byFingerprint) {
        this.byFingerprint = byFingerprint;
    }

    static String runKey(String packDigest, RuleSettings settings, long maxFirings) {
        return ExtractionCache.hash(String.join("\n", "format " + FORMAT, Version.build(), packDigest,
                settings.toCanonicalString(), Long.toString(maxFirings)).getBytes(StandardCharsets.UTF_8));
    }

    /** The results in the file when it was written under the same run key; otherwise none. */
    static GroupResults load(Path file, String runKey) {
        Map<String, List<Stored>> map = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new GroupResults(map);
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !runKey.equals(in.readUTF())) {
                return new GroupResults(map);
            }
            int groups = in.readInt();
            for (int g = 0; g < groups; g++) {
                String fingerprint = in.readUTF();
                int n = in.readInt();
                List<Stored> findings = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    String rule = in.readUTF();
                    String severity = in.readUTF();
                    String message = readString(in);
                    int[] subjects = new int[in.readInt()];
                    for (int s = 0; s < subjects.length; s++) {
                        subjects[s] = in.readInt();
                    }
                    findings.add(new Stored(rule, severity, message, subjects));
                }
                map.put(fingerprint, findings);
            }
            if (in.read() != -1) {
                map.clear();
            }
        } catch (IOException | RuntimeException damaged) {
            map.clear();
        }
        return new GroupResults(map);
    }

    /** The stored findings of a group with this fingerprint, about these facts; null when unknown. */
    List<Finding> findings(String fingerprint, List<Claim> claims, List<Quote> quotes) {
        List<Stored> stored = fingerprint == null ? null : byFingerprint.get(fingerprint);
        if (stored == null) {
            return null;
        }
        List<Finding> out = new ArrayList<>(stored.size());
        for (Stored s : stored) {
            List<Object> subjects = new ArrayList<>(s.subjects().length);
            for (int i : s.subjects()) {
                if (i >= 0 ? i >= claims.size() : -i - 1 >= quotes.size()) {
                    return null;
                }
                subjects.add(i >= 0 ? claims.get(i) : quotes.get(-i - 1));
            }
            Severity severity = Severity.parse(s.severity());
            if (severity == null) {
                return null;
            }
            out.add(FindingCollector.finding(s.rule(), severity, s.message(), subjects));
        }
        return out;
    }

    boolean knows(String fingerprint) {
        return byFingerprint.containsKey(fingerprint);
    }

    int size() {
        return byFingerprint.size();
    }

    /**
     * Writes every group's findings. Not written when nothing was fired and the file already holds
     * exactly these groups: an unchanged archive leaves the file alone.
     */
    static void save(Path file, String runKey, List<GroupedRules.Group> groups, GroupResults previous,
                     boolean nothingFired) {
        if (nothingFired && previous != null && previous.size() == groups.size()
                && groups.stream().allMatch(g -> previous.knows(g.fingerprint))) {
            return;
        }
        try {
            ReportFiles.writeAtomically(file, raw -> {
                DataOutputStream out = new DataOutputStream(raw);
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(runKey);
                out.writeInt(groups.size());
                for (GroupedRules.Group g : groups) {
                    out.writeUTF(g.fingerprint);
                    Map<String, Integer> position = new HashMap<>();
                    for (int i = 0; i < g.claims.size(); i++) {
                        position.put(g.claims.get(i).getId(), i);
                    }
                    for (int i = 0; i < g.quotes.size(); i++) {
                        position.put(g.quotes.get(i).getId(), -i - 1);
                    }
                    out.writeInt(g.findings.size());
                    for (Finding f : g.findings) {
                        out.writeUTF(f.getRule());
                        out.writeUTF(f.getSeverity().id());
                        writeString(out, f.getMessage());
                        out.writeInt(f.getClaims().size());
                        for (String id : f.getClaims()) {
                            out.writeInt(position.get(id));
                        }
                    }
                }
                out.flush();
            });
        } catch (IOException | RuntimeException e) {
            // The results file only saves time: a run that cannot write it has still checked everything.
        }
    }

    /**
     * A hash of everything about the group's facts that a rule can read, in their order. An article
     * is written in full where the group first meets it and by its number in the group after that, and
     * a sentence that the previous claim also had is written as a mark: the facts of one article share
     * both, and hashing them once keeps the fingerprints cheap.
     */
    static String fingerprint(List<Claim> claims, List<Quote> quotes) {
        Sha256Sink out = new Sha256Sink();
        Map<String, Seen> articles = new HashMap<>();
        String previousSentence = null;
        out.writeInt(claims.size());
        for (Claim c : claims) {
            article(out, c.getArticle(), articles);
            out.writeInt(c.getOffset());
            out.writeInt(c.getEnd());
            out.writeInt(c.getLine());
            out.writeInt(c.getColumn());
            if (c.getSentence() != null && c.getSentence().equals(previousSentence)) {
                out.writeInt(-2);
            } else {
                out.text(c.getSentence());
                previousSentence = c.getSentence();
            }
            out.text(c.getSpan());
            out.text(c.getFigure());
            out.writeDouble(c.getValue());
            number(out, c.getLower());
            number(out, c.getUpper());
            out.text(c.getUnit());
            out.text(c.getQuantityKey());
            out.text(c.getQuantityLabel());
            out.text(c.getKind() == null ? null : c.getKind().id());
            day(out, c.getAsOf());
            out.text(c.getEventAnchor());
            Attribution a = c.getAttribution();
            out.writeBoolean(a != null);
            if (a != null) {
                out.text(a.getText());
                out.text(a.getSource());
                out.text(a.getVerb());
            }
            out.writeInt(c.getPartOfOffset());
            out.writeBoolean(c.isNamed());
            Change ch = c.getChange();
            out.writeBoolean(ch != null);
            if (ch != null) {
                out.text(ch.direction() == null ? null : ch.direction().id());
                number(out, ch.from());
                number(out, ch.to());
            }
        }
        out.writeInt(quotes.size());
        for (Quote q : quotes) {
            article(out, q.getArticle(), articles);
            out.writeInt(q.getOffset());
            out.writeInt(q.getEnd());
            out.writeInt(q.getLine());
            out.writeInt(q.getColumn());
            out.text(q.getText());
            out.text(q.getNormalizedText());
            out.text(q.getSpeaker());
            out.text(q.getSpeakerKey());
            out.text(q.getSpeakerSide());
            out.text(q.getMedium());
        }
        return out.hex();
    }

    /** An article written in full in a fingerprint, and its number there. */
    private record Seen(Article article, int number) {
    }

    private static void article(Sha256Sink out, Article a, Map<String, Seen> seen) {
        Seen known = seen.get(a.getPath());
        if (known != null && sameArticle(known.article(), a)) {
            out.writeInt(known.number());
            return;
        }
        if (known == null) {
            seen.put(a.getPath(), new Seen(a, seen.size()));
        }
        out.writeInt(-1);
        out.text(a.getPath());
        out.text(a.getTitle());
        out.text(a.getOutlet());
        day(out, a.getPublished());
        out.text(a.getPublishedText());
        out.text(a.getUrl());
        out.text(a.getRole() == null ? null : a.getRole().name());
    }

    private static boolean sameArticle(Article x, Article y) {
        return x == y || Objects.equals(x.getPath(), y.getPath()) && Objects.equals(x.getTitle(), y.getTitle())
                && Objects.equals(x.getOutlet(), y.getOutlet()) && Objects.equals(x.getPublished(), y.getPublished())
                && Objects.equals(x.getPublishedText(), y.getPublishedText()) && Objects.equals(x.getUrl(), y.getUrl())
                && x.getRole() == y.getRole();
    }

    private static void day(Sha256Sink out, LocalDate day) {
        out.writeBoolean(day != null);
        if (day != null) {
            out.writeLong(day.toEpochDay());
        }
    }

    private static void number(Sha256Sink out, Double d) {
        out.writeBoolean(d != null);
        if (d != null) {
            out.writeDouble(d);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 24) {
            throw new IOException("damaged");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
