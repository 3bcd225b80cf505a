package dev.factcheck.benchmark;

import dev.factcheck.core.CheckRequest;
import dev.factcheck.core.CheckResult;
import dev.factcheck.core.Factcheck;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;

import java.nio.file.Path;

/** Prints what the check reads in a directory of articles: one line per claim, quote and finding. */
final class Probe {
    private Probe() {
    }

    static void run(Path dir) throws Exception {
        CheckResult r = Factcheck.standard().check(CheckRequest.of(dir));
        for (Claim c : r.claims()) {
            System.out.printf("%s %s:%d %-40s %-10s v=%s [%s,%s] asOf=%s src=%s | %s%n", c.getId(), c.getArticlePath(),
                    c.getLine(), c.getQuantityKey(), c.getKind().id(), c.getValue(), c.getLower(), c.getUpper(),
                    c.getAsOf(), c.getSourceName(), c.getSpan());
        }
        for (Quote q : r.quotes()) {
            System.out.printf("%s %s:%d speaker=%s side=%s | %s%n", q.getId(), q.getArticlePath(), q.getLine(),
                    q.getSpeakerKey(), q.getSpeakerSide(), q.getText());
        }
        for (Finding f : r.findings()) {
            System.out.printf("%s %s %s %s %s | %s%n", f.getId(), f.getRule(), f.getSeverity(), f.getArticle(),
                    f.getClaims(), f.getMessage());
        }
    }
}
