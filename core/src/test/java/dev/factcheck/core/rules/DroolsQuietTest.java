package dev.factcheck.core.rules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Drools warns about constructs that defeat its indexing or reactivity; the default pack gives it no reason to. */
class DroolsQuietTest {
    @Test
    void compilingTheDefaultPackLogsNoWarnings() throws Exception {
        List<RulePack.DrlSource> fresh = RulePack.defaults().sources().stream()
                .map(s -> new RulePack.DrlSource(s.name(), s.content() + "\n// DroolsQuietTest\n"))
                .toList();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RuleEngine.compile(new RulePack(fresh));
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN").contains("KieBase");
    }
}
