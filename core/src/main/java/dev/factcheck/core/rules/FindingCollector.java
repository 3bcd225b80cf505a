package dev.factcheck.core.rules;

import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The global {@code findings} every rule reports through. Id and default severity come from the
 * firing rule's {@code @id} and {@code @severity} metadata, so a rule body only says what is wrong:
 *
 * <pre>findings.report(drools, "129 vs 133 hostages still held", $a, $b);</pre>
 *
 * The first subject (a {@link Claim} or {@link Quote}) is the one the finding points at.
 */
public final class FindingCollector {
    private final List<Finding> findings = new ArrayList<>();

    public void report(RuleContext drools, String message, Object... subjects) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        report(drools, RuleMeta.severityOf(meta, drools.getRule().getName()), message, subjects);
    }

    public void report(RuleContext drools, Severity severity, String message, Object... subjects) {
        Map<String, Object> meta = drools.getRule().getMetaData();
        String id = RuleMeta.idOf(meta, drools.getRule().getName());
        report(id, severity, message, subjects);
    }

    public void report(String ruleId, Severity severity, String message, Object... subjects) {
        Finding f = finding(ruleId, severity, message, java.util.Arrays.asList(subjects));
        synchronized (findings) {
            findings.add(f);
        }
    }

    /** A finding about the subjects (claims or quotes), located at the first. */
    static Finding finding(String ruleId, Severity severity, String message, List<?> subjects) {
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("rule " + ruleId + " reported a finding about nothing");
        }
        List<String> ids = new ArrayList<>();
        for (Object s : subjects) {
            ids.add(idOf(s));
        }
        Object first = subjects.get(0);
        if (first instanceof Claim c) {
            return new Finding(null, ruleId, severity, message, ids, c.getArticlePath(), c.getLine(), c.getColumn(),
                    c.getSpan());
        }
        Quote q = (Quote) first;
        return new Finding(null, ruleId, severity, message, ids, q.getArticlePath(), q.getLine(), q.getColumn(),
                q.getText());
    }

    private static String idOf(Object subject) {
        if (subject instanceof Claim c) {
            return c.getId();
        }
        if (subject instanceof Quote q) {
            return q.getId();
        }
        throw new IllegalArgumentException("a finding can only be about a Claim or a Quote, not " + subject);
    }

    public List<Finding> findings() {
        synchronized (findings) {
            return List.copyOf(findings);
        }
    }
}
