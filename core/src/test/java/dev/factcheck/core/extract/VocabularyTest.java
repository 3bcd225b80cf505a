package dev.factcheck.core.extract;

import dev.factcheck.core.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTest {
    @Test
    void defaultsLoadFromTheRulePack() {
        Vocabulary v = Vocabulary.defaults();
        assertThat(v.predicatesByKey).containsKeys("killed", "held", "taken", "displaced");
        assertThat(v.places).containsKeys("gaza", "israel", "turkey");
    }

    @Test
    void newsroomFilesAddTermsWithoutJava(@TempDir Path dir) throws IOException {
        String sentence = "Rangers counted 36 rhinos in the Serengeti on Monday.";
        Claim before = new NewsExtractor(Vocabulary.defaults()).extract(Articles.of("2024-05-08", sentence)).claims().get(0);
        assertThat(before.getQuantityKey()).isEqualTo("rhinos/total");
        Files.writeString(dir.resolve("places.yaml"), "places:\n  serengeti: {names: [Serengeti], label: the Serengeti}\n");
        Files.writeString(dir.resolve("predicates.yaml"), "counted:\n  label: counted\n  phrases: [counted, tallied]\n"
                + "  kind: event\n");
        Files.writeString(dir.resolve("nouns.yaml"), "counted:\n  wildlife: {forms: [rhinos, rhino, elephants]}\n");
        Vocabulary v = Vocabulary.defaults().withOverrides(dir);
        Claim after = new NewsExtractor(v).extract(Articles.of("2024-05-08", sentence)).claims().get(0);
        assertThat(after.getQuantityKey()).isEqualTo("wildlife/counted@serengeti#2024-05-06");
    }

    @Test
    void overridesReplaceAQualifierInterval(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("qualifiers.yaml"), "before:\n  about: [0.95, 1.05]\n");
        Vocabulary v = Vocabulary.defaults().withOverrides(dir);
        Claim c = new NewsExtractor(v).extract(Articles.of("2024-05-08", "About 40 people were arrested on Sunday.")).claims().get(0);
        assertThat(c.getLower()).isEqualTo(38.0);
        assertThat(c.getUpper()).isEqualTo(42.0);
    }
}
