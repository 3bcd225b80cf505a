package dev.factcheck.core.extract;

import dev.factcheck.core.StrictYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A newsroom's vocabulary files are decoded strictly: each mistake names its file, line and column. */
class VocabularyStrictTest {
    @Test
    void everyBundledFileDecodesStrictly() {
        Vocabulary v = Vocabulary.defaults();
        assertThat(v.months).containsEntry("march", 3);
        assertThat(v.predicatesByKey.get("dead").place()).isFalse();
        assertThat(v.vague.isEmpty()).isFalse();
    }

    @Test
    void anUnknownTopLevelKeyNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("time.yaml"),
                "# our desk's own time words\n"
                        + "by: [as recently as]\n"
                        + "stillHeld: [still, yet to be freed]\n");
        StrictYaml.Invalid e = invalid(dir);
        assertThat(e.problems()).containsExactly(file + ":3:1: unknown key 'stillHeld': nothing reads it "
                + "(keys read here: months, weekdays, relativeDays, relativeYears, relativeMonths, previousDay, "
                + "anaphora, since, by, cumulative, proposal, perfect, durationRefs, windows, targets, sequences, "
                + "ordinals, clock)");
    }

    @Test
    void theRemovedRemainingListIsReportedAsReadByNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("time.yaml"), "remaining: [still, left]\n");
        assertThat(invalid(dir).problems()).singleElement().asString()
                .startsWith(file + ":1:1: unknown key 'remaining': nothing reads it");
    }

    @Test
    void anUnknownNestedKeyNamesItsEntry(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("places.yaml"),
                "places:\n"
                        + "  lahore:\n"
                        + "    names: [Lahore]\n"
                        + "    parent: pakistan\n");
        assertThat(invalid(dir).problems()).containsExactly(file + ":4:5: unknown key 'parent' in places.lahore: "
                + "nothing reads it (keys read here: label, within, names, adjectives)");
    }

    @Test
    void aMapWhereAListIsExpectedIsAnError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("nouns.yaml"),
                "counted:\n"
                        + "  boats:\n"
                        + "    forms: {small: dinghies}\n");
        assertThat(invalid(dir).problems()).containsExactly(file + ":3:5: counted.boats.forms: "
                + "expected a list of words, not a map");
    }

    @Test
    void textWhereANumberIsExpectedIsAnError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("numbers.yaml"), "words:\n  a dozen: twelve\n");
        assertThat(invalid(dir).problems()).containsExactly(file + ":2:3: words.a dozen: "
                + "expected a number, not text ('twelve')");
    }

    @Test
    void aMapInsideAWordListIsReportedAtItsEntry(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("sources.yaml"), "drop:\n  - acting\n  - {interim: true}\n");
        assertThat(invalid(dir).problems()).containsExactly(file + ":3:5: drop: expected a word, not a map");
    }

    @Test
    void aMisspeltFileNameIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("place.yaml"), "places: {}\n");
        assertThat(invalid(dir).problems()).singleElement().asString()
                .startsWith(dir.resolve("place.yaml") + ": not a vocabulary file");
    }

    @Test
    void everyProblemIsListedAtOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("time.yaml"), "weekday: {mon: 1}\n");
        Files.writeString(dir.resolve("qualifiers.yaml"), "before:\n  roughly: [0.9]\n");
        StrictYaml.Invalid e = invalid(dir);
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).startsWith("invalid vocabulary:\n  ")
                .contains("qualifiers.yaml:2:3: before.roughly: expected a list of 2 numbers (null: unbounded), not a list")
                .contains("time.yaml:1:1: unknown key 'weekday'");
    }

    @Test
    void aValidOverrideStillMerges(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("time.yaml"), "by: [as recently as]\nmonths: {sept.: 9}\n");
        String text = "as recently as as of";
        Files.writeString(dir.resolve("places.yml"), "places:\n  lahore: {names: [Lahore], within: pakistan}\n");
        Files.writeString(dir.resolve("cruft.txt"), "^Advertisement$\n");
        Vocabulary v = Vocabulary.defaults().withOverrides(dir);
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(v.by.at(t, 0, t.size).value()).isTrue();
        assertThat(v.by.at(t, 3, t.size).value()).isTrue();
        assertThat(Vocabulary.defaults().by.at(t, 0, t.size)).isNull();
        assertThat(v.months).containsEntry("sept.", 9).containsEntry("march", 3);
        assertThat(v.places.get("lahore")).isEqualTo(new Vocabulary.Place("lahore", "lahore", "pakistan"));
        assertThat(v.places).containsKey("gaza");
    }

    private static StrictYaml.Invalid invalid(Path dir) {
        Vocabulary defaults = Vocabulary.defaults();
        assertThatThrownBy(() -> defaults.withOverrides(dir)).isInstanceOf(StrictYaml.Invalid.class);
        return catchThrowableOfType(StrictYaml.Invalid.class, () -> defaults.withOverrides(dir));
    }
}
