import type { AgentDependencies } from '@support-graph/support-agents';
import type { PlatformConfig } from '@support-graph/runtime';

/** The agents' configurable options (thresholds), from the platform configuration. */
export function agentDependenciesFromConfig(config: PlatformConfig): AgentDependencies {
  return {
    triage: {
      thresholds: {
        rules: config.TRIAGE_RULES_THRESHOLD,
        cache: config.TRIAGE_CACHE_THRESHOLD,
        llm: config.TRIAGE_LLM_THRESHOLD,
        // Unset: the model's tuned threshold (the triage agent's default) stays in force.
        ...(config.TRIAGE_ML_THRESHOLD === undefined ? {} : { ml: config.TRIAGE_ML_THRESHOLD }),
      },
      ...(config.TRIAGE_OUT_OF_SCOPE_CATEGORY ? { outOfScopeCategory: config.TRIAGE_OUT_OF_SCOPE_CATEGORY } : {}),
    },
    escalation: { threshold: config.ESCALATION_THRESHOLD },
  };
}
