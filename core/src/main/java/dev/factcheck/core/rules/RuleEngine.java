package dev.factcheck.core.rules;

import dev.factcheck.core.cache.ExtractionCache;
import dev.factcheck.core.model.Article;
import dev.factcheck.core.model.Claim;
import dev.factcheck.core.model.Finding;
import dev.factcheck.core.model.Quote;
import dev.factcheck.core.model.Severity;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compiles rule packs with Drools and runs them over an analysis's facts. */
public final class RuleEngine {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private RuleEngine() {
    }

    /** Compiles the pack; every DRL error and malformed metadata is named with file and line. */
    public static CompiledRules compile(RulePack pack) throws RuleCompileException {
        KieHelper helper = new KieHelper();
        Map<String, String> realNames = new HashMap<>();
        for (RulePack.DrlSource s : pack.sources()) {
            Resource r = ResourceFactory.newByteArrayResource(s.content().getBytes(StandardCharsets.UTF_8));
            String virtual = virtualPath(s);
            realNames.put(virtual, s.name());
            r.setSourcePath(virtual);
            r.setResourceType(ResourceType.DRL);
            helper.addResource(r, ResourceType.DRL);
        }
        Results results = helper.verify();
        List<String> problems = new ArrayList<>();
        for (Message m : results.getMessages(Message.Level.ERROR)) {
            String text = m.getText() == null ? "" : m.getText().strip().replaceAll("\\s+", " ");
            String path = m.getPath() == null ? "rules" : realNames.getOrDefault(m.getPath(), m.getPath());
            problems.add(path + ":" + Math.max(m.getLine(), 1) + ": " + text);
        }
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems);
        }
        KieBase base = helper.build();
        Map<String, RuleInfo> infos = new TreeMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                String id = RuleMeta.text(meta, "id");
                Severity severity = Severity.parse(RuleMeta.text(meta, "severity"));
                String where = "rule '" + rule.getName() + "' in package " + pkg.getName();
                if (id == null || !RULE_ID.matcher(id).matches()) {
                    problems.add(where + ": @id missing or not lower-case-with-dashes: " + id);
                    continue;
                }
                if (severity == null) {
                    problems.add(where + ": @severity must be error, warning or info, not " + RuleMeta.text(meta, "severity"));
                    continue;
                }
                String summary = RuleMeta.summaryOf(meta);
                RuleInfo known = infos.get(id);
                if (known == null || (known.summary() == null && summary != null)) {
                    infos.put(id, new RuleInfo(id, severity, summary, pkg.getName()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleCompileException(problems);
        }
        return new CompiledRules(base, infos, digest(pack), isDefault(pack));
    }

    /** A hash of every DRL source of the pack, known before it is compiled. */
    public static String digest(RulePack pack) {
        StringBuilder all = new StringBuilder();
        for (RulePack.DrlSource s : pack.sources()) {
            all.append(s.name()).append('\0').append(s.content()).append('\0');
        }
        return ExtractionCache.hash(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the pack is exactly the default rules (no newsroom rules added). */
    public static boolean isDefault(RulePack pack) {
        return pack.sources().equals(RulePack.defaults().sources());
    }

    /**
     * Drools warns when a file's folder differs from its package; the name it compiles under follows
     * the package, and messages map back to the real file name.
     */
    private static String virtualPath(RulePack.DrlSource s) {
        Matcher m = PACKAGE.matcher(s.content());
        String file = s.name().substring(s.name().lastIndexOf('/') + 1);
        return (m.find() ? m.group(1).replace('.', '/') + "/" : "") + file;
    }

    /**
     * Inserts the facts (with a {@link QuoteKey} index entry per distinctive passage of each quote),
     * fires the rules and returns what they report, unsorted.
     */
    public static List<Finding> run(CompiledRules rules, RuleSettings settings, List<Article> articles,
                                    List<Claim> claims, List<Quote> quotes, long maxFirings)
            throws RunawayRuleException {
        List<QuoteKey> keys = new ArrayList<>();
        int keyWords = keyWords(settings);
        int minWords = minWords(settings);
        for (Quote q : quotes) {
            keys.addAll(QuoteKey.of(q, keyWords, minWords));
        }
        return session(rules, settings, articles, claims, quotes, keys, maxFirings);
    }

    /** The pack's setting for how many words make a quote key (4 when a pack's settings lack it). */
    static int keyWords(RuleSettings settings) {
        return settings.has("quotes.keyWords") ? settings.getInt("quotes.keyWords") : 4;
    }

    /** The pack's setting for the shortest passage that gets keys (4 when a pack's settings lack it). */
    static int minWords(RuleSettings settings) {
        return settings.has("quotes.minWords") ? settings.getInt("quotes.minWords") : 4;
    }

    /**
     * The claims the rules are given: those that name what they count. A figure whose text names
     * nothing counted ("The answer is 42.") stays in every report, but its quantity key means nothing,
     * so all such figures would "contradict" one another. This is the one choice of claims for the
     * rules: {@link #session} inserts only these, and {@link GroupedRules} groups and fingerprints only
     * these. The list itself when every claim is named.
     */
    public static List<Claim> ruleClaims(List<Claim> claims) {
        for (Claim c : claims) {
            if (!c.isNamed()) {
                return claims.stream().filter(Claim::isNamed).toList();
            }
        }
        return claims;
    }

    /**
     * One session over exactly these facts (claims as {@link #ruleClaims} chooses them): insert, fire
     * (at most {@code maxFirings}), collect.
     */
    static List<Finding> session(CompiledRules rules, RuleSettings settings, List<Article> articles,
                                 List<Claim> claims, List<Quote> quotes, List<QuoteKey> quoteKeys, long maxFirings)
            throws RunawayRuleException {
        KieSession session = rules.kieBase().newKieSession();
        try {
            FindingCollector collector = new FindingCollector();
            setGlobalIfDeclared(session, rules.kieBase(), "findings", collector);
            setGlobalIfDeclared(session, rules.kieBase(), "settings", settings);
            Map<String, long[]> firings = new HashMap<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firings.computeIfAbsent(event.getMatch().getRule().getName(), k -> new long[1])[0]++;
                }
            });
            articles.forEach(session::insert);
            ruleClaims(claims).forEach(session::insert);
            quotes.forEach(session::insert);
            quoteKeys.forEach(session::insert);
            int limit = (int) Math.min(Integer.MAX_VALUE - 1, maxFirings);
            int fired = session.fireAllRules(limit + 1);
            if (fired > limit) {
                String top = firings.entrySet().stream()
                        .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                        .limit(3).map(e -> "'" + e.getKey() + "' (" + e.getValue()[0] + " times)")
                        .reduce((a, b) -> a + ", " + b).orElse("?");
                throw new RunawayRuleException("rules stopped after " + limit + " firings (factcheck.maxRuleFirings): "
                        + "a rule keeps firing, most likely because it changes the facts it matches. Most fired: " + top);
            }
            return collector.findings();
        } finally {
            session.dispose();
        }
    }

    private static void setGlobalIfDeclared(KieSession session, KieBase base, String name, Object value) {
        for (KiePackage pkg : base.getKiePackages()) {
            if (pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(name))) {
                session.setGlobal(name, value);
                return;
            }
        }
    }
}
