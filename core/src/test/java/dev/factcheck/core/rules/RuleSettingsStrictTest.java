package dev.factcheck.core.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.factcheck.core.StrictYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A newsroom's settings file is decoded strictly against the rule pack's settings.yaml. */
class RuleSettingsStrictTest {
    @Test
    void anUnknownKeyInASectionNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.yaml"),
                "stale-figure:\n"
                        + "  graceDays: 2\n"
                        + "  graceHours: 12\n");
        assertThat(invalid(file).problems()).containsExactly(file + ":3:3: unknown key 'graceHours' in stale-figure "
                + "(settings there: graceDays, relativeTolerance, openEndedMargin, kinds, fixedInDrafts, fixedSeverity)");
    }

    @Test
    void textWhereANumberIsExpectedIsAnError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.yaml"),
                "contradiction:\n  relativeTolerance: half a percent\n");
        assertThat(invalid(file).problems()).containsExactly(file + ":2:3: contradiction.relativeTolerance: "
                + "expected a number, not text ('half a percent')");
    }

    @Test
    void wrongTypesAreErrors(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.yaml"),
                "contradiction:\n"
                        + "  windowDays: 1.5\n"
                        + "  skipKinds: {proposal: true}\n"
                        + "stale-figure: 3\n");
        assertThat(invalid(file).problems()).containsExactly(
                file + ":2:3: contradiction.windowDays: expected a whole number, not a number (1.5)",
                file + ":3:3: contradiction.skipKinds: expected a list of words, not a map",
                file + ":4:1: stale-figure: expected a map, not a number (3)");
    }

    @Test
    void aValidOverrideStillMergesKeyByKey(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.yaml"),
                "stale-figure:\n"
                        + "  graceDays: 2\n"
                        + "  kinds: cumulative\n"
                        + "impossible-trend:\n"
                        + "  remainingRiseSeverity: off\n"
                        + "house-uncorroborated:\n"
                        + "  tolerance: 0.01\n");
        RuleSettings s = RuleSettings.defaults().overriddenBy(file);
        assertThat(s.getInt("stale-figure.graceDays")).isEqualTo(2);
        assertThat(s.getStrings("stale-figure.kinds")).containsExactly("cumulative");
        assertThat(s.getDouble("stale-figure.relativeTolerance")).isEqualTo(0.005);
        assertThat(s.getSeverity("impossible-trend.remainingRiseSeverity")).isNull();
        assertThat(s.getDouble("house-uncorroborated.tolerance")).isEqualTo(0.01);
    }

    @Test
    void aSectionOfOurOwnMustBeReadByARule(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("settings.yaml"),
                "house-wire:\n"
                        + "  minSources: 2\n"
                        + "contradicton:\n"
                        + "  windowDays: 1\n");
        RuleSettings s = RuleSettings.defaults().overriddenBy(file);
        RulePack pack = new RulePack(List.of(new RulePack.DrlSource("house.drl",
                "rule \"x\" when eval(settings.getInt(\"house-wire.minSources\") > 1) then end")));
        assertThat(s.unreadBy(pack)).singleElement().asString().startsWith(file + ":4:3: unknown setting "
                + "'contradicton.windowDays': not a section of the rule pack (contradiction, stale-figure,");
        assertThat(RuleSettings.defaults().unreadBy(RulePack.defaults())).isEmpty();
    }

    /** Every key of the bundled settings.yaml is read by a rule of the default pack or by the engine. */
    @Test
    void everyBundledSettingIsRead() throws IOException {
        JsonNode tree;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RuleSettings.DEFAULT_RESOURCE)) {
            tree = new YAMLMapper().readTree(in);
        }
        StringBuilder readers = new StringBuilder();
        RulePack.defaults().sources().forEach(s -> readers.append(s.content()));
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path p : java.filter(p -> p.toString().endsWith(".java")).toList()) {
                readers.append(Files.readString(p));
            }
        }
        List<String> unread = new ArrayList<>();
        tree.fields().forEachRemaining(section -> section.getValue().fieldNames().forEachRemaining(key -> {
            String literal = "\"" + section.getKey() + "." + key + "\"";
            if (!readers.toString().contains(literal)) {
                unread.add(literal);
            }
        }));
        assertThat(unread).isEmpty();
    }

    private static StrictYaml.Invalid invalid(Path file) {
        return catchThrowableOfType(StrictYaml.Invalid.class, () -> RuleSettings.defaults().overriddenBy(file));
    }
}
