package dev.factcheck.core.policy;

import dev.factcheck.core.FactcheckException;
import dev.factcheck.core.article.InlineDirectives;
import dev.factcheck.core.article.SourceText;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Disposition;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.QuantityKind;
import dev.factcheck.core.model.Role;
import dev.factcheck.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 8, 1);
    private final Article draft = new Article("drafts/d.md", null, "Desk", TODAY, null, null, Role.DRAFT);
    private final Article wireA = new Article("wire/a.md", null, "A", TODAY, null, null, Role.SOURCE);
    private final Article wireB = new Article("wire/b.md", null, "B", TODAY, null, null, Role.SOURCE);
    private final Claim inDraft = claim(draft, 1);
    private final Claim inA = claim(wireA, 2);
    private final Claim inB = claim(wireB, 3);

    @TempDir
    Path dir;

    private static Claim claim(Article a, int seq) {
        return Claim.builder(a).position(4, 1).span("more than 33,000 killed").value(33000, 33000.0, null)
                .quantity("people/killed", "people killed", QuantityKind.CUMULATIVE).build().withId("c" + seq, seq);
    }

    private static Finding finding(String rule, Claim... claims) {
        return new Finding(null, rule, Severity.ERROR, "msg", java.util.Arrays.stream(claims).map(Claim::getId).toList(),
                claims[0].getArticlePath(), claims[0].getLine(), claims[0].getColumn(), claims[0].getSpan());
    }

    private FindingPolicy.Outcome apply(PolicyOptions options, List<Article> articles, Finding... findings)
            throws FactcheckException {
        return new FindingPolicy(options).apply(List.of(findings), articles, List.of(inDraft, inA, inB), List.of(),
                Map.of());
    }

    private PolicyOptions options(Map<String, String> overrides, String lower, Path acks, List<Path> suppressions) {
        return new PolicyOptions(overrides, lower, acks, suppressions, false, TODAY);
    }

    @Test
    void findingAboutSourcesOnlyIsLoweredWhenTheCheckHasDrafts() throws Exception {
        FindingPolicy.Outcome o = apply(options(Map.of(), "auto", null, List.of()), List.of(draft, wireA, wireB),
                finding("contradiction", inA, inB), finding("stale-figure", inDraft, inA));
        assertThat(o.findings()).extracting(Finding::getSeverity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(o.findings().get(0).getRuleSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void withoutDraftsAnAuditOfSourcesKeepsRuleSeverities() throws Exception {
        FindingPolicy.Outcome o = apply(options(Map.of(), "auto", null, List.of()), List.of(wireA, wireB),
                finding("contradiction", inA, inB));
        assertThat(o.findings()).extracting(Finding::getSeverity).containsExactly(Severity.ERROR);
        FindingPolicy.Outcome forced = apply(options(Map.of(), "true", null, List.of()), List.of(wireA, wireB),
                finding("contradiction", inA, inB));
        assertThat(forced.findings()).extracting(Finding::getSeverity).containsExactly(Severity.WARNING);
    }

    @Test
    void severityOverridesChangeOrSwitchOffARule() throws Exception {
        FindingPolicy.Outcome o = apply(options(Map.of("stale-figure", "warning", "contradiction", "off"), "false",
                null, List.of()), List.of(draft), finding("stale-figure", inDraft, inA), finding("contradiction", inA, inB));
        assertThat(o.findings()).singleElement().satisfies(f -> {
            assertThat(f.getRule()).isEqualTo("stale-figure");
            assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void badOverrideIsAConfigurationError() {
        assertThatThrownBy(() -> new FindingPolicy(options(Map.of("contradiction", "loud"), "auto", null, List.of())))
                .isInstanceOf(FactcheckException.class).hasMessageContaining("'contradiction' must be off");
    }

    @Test
    void acknowledgedFindingStaysInTheReportWithItsReasonAndUnusedEntriesAreNoticed() throws Exception {
        Path acks = dir.resolve("acks.yaml");
        Files.writeString(acks, """
                acknowledgements:
                  - rule: stale-figure
                    article: drafts/d.md
                    claim: "More than  33,000 killed"
                    reason: The desk confirmed the figure with the agency.
                  - rule: contradiction
                    article: wire/a.md
                    claim: nothing like this
                    reason: old
                """);
        FindingPolicy.Outcome o = apply(options(Map.of(), "false", acks, List.of()), List.of(draft),
                finding("stale-figure", inDraft, inA));
        assertThat(o.findings()).singleElement().satisfies(f -> {
            assertThat(f.isOpen()).isFalse();
            assertThat(f.getDisposition().kind()).isEqualTo(Disposition.Kind.ACKNOWLEDGED);
            assertThat(f.getDisposition().reason()).isEqualTo("The desk confirmed the figure with the agency.");
        });
        assertThat(o.notices()).singleElement().asString().contains("acknowledgement #2").contains("matches no finding");
    }

    @Test
    void expiredAcknowledgementNoLongerApplies() throws Exception {
        Path acks = dir.resolve("acks.yaml");
        Files.writeString(acks, """
                acknowledgements:
                  - rule: stale-figure
                    article: drafts/d.md
                    claim: more than 33,000 killed
                    reason: Until the correction runs.
                    until: 2025-07-31
                """);
        FindingPolicy.Outcome o = apply(options(Map.of(), "false", acks, List.of()), List.of(draft),
                finding("stale-figure", inDraft, inA));
        assertThat(o.findings()).singleElement().satisfies(f -> assertThat(f.isOpen()).isTrue());
        assertThat(o.notices()).singleElement().asString().contains("expired on 2025-07-31");
    }

    @Test
    void acknowledgementWithoutReasonIsRejected() throws Exception {
        Path acks = dir.resolve("acks.yaml");
        Files.writeString(acks, "acknowledgements:\n  - rule: x\n    article: a.md\n    claim: c\n");
        assertThatThrownBy(() -> new FindingPolicy(options(Map.of(), "auto", acks, List.of())))
                .isInstanceOf(FactcheckException.class).hasMessageContaining("needs a 'reason'");
    }

    @Test
    void suppressionMatchesRuleGlobAndClaimPatternAndReportsUnusedEntries() throws Exception {
        Path file = dir.resolve("suppressions.yaml");
        Files.writeString(file, """
                suppressions:
                  - notes: Archive copy is never corrected.
                    rule: [contradiction]
                    article: "wire/**"
                    claim: "(?i)killed"
                  - notes: Matches nothing.
                    rule: quote-mismatch
                  - notes: Expired.
                    rule: stale-figure
                    until: 2025-01-01
                """);
        FindingPolicy.Outcome o = apply(options(Map.of(), "false", null, List.of(file)), List.of(draft),
                finding("contradiction", inA, inB), finding("stale-figure", inDraft, inA));
        assertThat(o.findings().get(0).getDisposition().kind()).isEqualTo(Disposition.Kind.SUPPRESSED);
        assertThat(o.findings().get(0).getDisposition().reason()).isEqualTo("Archive copy is never corrected.");
        assertThat(o.findings().get(1).isOpen()).isTrue();
        assertThat(o.unusedSuppressions()).singleElement().asString().contains("suppression #2");
        assertThat(o.notices()).anyMatch(n -> n.contains("expired on 2025-01-01"));
    }

    @Test
    void suppressionWithoutNotesIsRejected() throws Exception {
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "suppressions:\n  - rule: contradiction\n");
        assertThatThrownBy(() -> new FindingPolicy(options(Map.of(), "auto", null, List.of(file))))
                .isInstanceOf(FactcheckException.class).hasMessageContaining("needs 'notes'");
    }

    @Test
    void inlineCommentDisablesTheNextLineWithItsReason() throws Exception {
        String text = "---\noutlet: Desk\n---\n<!-- factcheck-disable-next-line stale-figure -- agency confirmed -->\n"
                + "More than 33,000 killed.\n";
        InlineDirectives d = InlineDirectives.parse(new SourceText(text, text, 0));
        Claim onLine5 = Claim.builder(draft).position(5, 1).span("More than 33,000 killed").value(1, 1.0, 1.0)
                .quantity("k", "k", QuantityKind.CUMULATIVE).build().withId("c1", 1);
        Finding f = finding("stale-figure", onLine5);
        FindingPolicy policy = new FindingPolicy(options(Map.of(), "false", null, List.of()));
        FindingPolicy.Outcome o = policy.apply(List.of(f, finding("contradiction", onLine5)), List.of(draft),
                List.of(onLine5), List.of(), Map.of("drafts/d.md", d));
        assertThat(o.findings().get(0).getDisposition().kind()).isEqualTo(Disposition.Kind.DISABLED_INLINE);
        assertThat(o.findings().get(0).getDisposition().reason()).isEqualTo("agency confirmed");
        assertThat(o.findings().get(1).isOpen()).isTrue();
        FindingPolicy audit = new FindingPolicy(new PolicyOptions(Map.of(), "false", null, List.of(), true, TODAY));
        assertThat(audit.apply(List.of(f), List.of(draft), List.of(onLine5), List.of(), Map.of("drafts/d.md", d))
                .findings().get(0).isOpen()).isTrue();
    }

    @Test
    void inlineGrammarCoversLineRangesAndTheWholeFile() {
        String text = String.join("\n", "a", "<!-- factcheck-disable contradiction -->", "c", "d",
                "<!-- factcheck-enable contradiction -->", "f", "g <!-- factcheck-disable-line -- wire copy -->", "h") + "\n";
        InlineDirectives d = InlineDirectives.parse(new SourceText(text, text, 0));
        assertThat(d.find("contradiction", 1)).isNull();
        assertThat(d.find("contradiction", 3)).isNotNull();
        assertThat(d.find("stale-figure", 3)).isNull();
        assertThat(d.find("contradiction", 6)).isNull();
        assertThat(d.find("stale-figure", 7).reason()).isEqualTo("wire copy");
        String file = "<!-- factcheck-disable-file unattributed-figure -- opinion column -->\nx\ny\n";
        InlineDirectives f = InlineDirectives.parse(new SourceText(file, file, 0));
        assertThat(f.find("unattributed-figure", 3)).isNotNull();
        assertThat(f.find("contradiction", 3)).isNull();
    }

    @Test
    void baselineKeepsExistingReasonsAndAddsNewFindings() throws Exception {
        Path acks = dir.resolve("acks.yaml");
        Files.writeString(acks, "acknowledgements:\n  - rule: stale-figure\n    article: drafts/d.md\n"
                + "    claim: more than 33,000 killed\n    reason: Kept reason.\n    until: 2030-01-01\n");
        byte[] out = Acknowledgements.baseline(List.of(finding("stale-figure", inDraft, inA),
                finding("contradiction", inA, inB)), Acknowledgements.read(acks));
        Path written = dir.resolve("new.yaml");
        Files.write(written, out);
        Acknowledgements read = Acknowledgements.read(written);
        assertThat(read.entries()).hasSize(2);
        assertThat(read.entries().get(0).reason()).isEqualTo("Kept reason.");
        assertThat(read.entries().get(0).until()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(read.entries().get(1).reason()).startsWith("TODO");
        assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("line:", "column:");
    }
}
