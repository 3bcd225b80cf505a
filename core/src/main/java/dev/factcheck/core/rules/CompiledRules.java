package dev.factcheck.core.rules;

import org.kie.api.KieBase;

import java.util.Map;

/** A compiled rule pack and the metadata of each rule id in it, sorted by id. */
public record CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules) {
}
