package dev.factcheck.core.rules;

import org.kie.api.KieBase;

import java.util.Map;

/**
 * A compiled rule pack and the metadata of each rule id in it, sorted by id.
 *
 * @param kieBase     the compiled rules; safe to share between sessions and threads
 * @param rules       each rule id's severity and summary
 * @param digest      a hash of every DRL source, so results computed by another pack are never reused
 * @param defaultPack whether the pack is exactly the default rules (no newsroom rules added)
 */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, String digest, boolean defaultPack) {
}
