import type { TriageRules } from './triage-rules.js';
import type { StageResult, TriageInput, TriageStage } from './triage-types.js';

/** Proposes what the first matching rule (in file order) says; a rule's patterns are only ever tested, never built from ticket text. */
export function createRulesStage(rules: TriageRules): TriageStage {
  return {
    name: 'rules',
    run({ text }: TriageInput): StageResult {
      for (const rule of rules.rules) {
        if (!rule.match.some((pattern) => pattern.test(text))) continue;
        if (rule.unless.some((pattern) => pattern.test(text))) continue;
        const { category, priority, team } = rule;
        return {
          stage: 'rules',
          proposal: { category, ...(priority ? { priority } : {}), ...(team ? { team } : {}) },
          confidence: rule.confidence,
          trace: `rule ${rule.id} matched`,
        };
      }
      return { stage: 'rules', confidence: 0, trace: `none of ${rules.rules.length} rules matched` };
    },
  };
}
