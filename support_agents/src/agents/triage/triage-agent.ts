import { fileURLToPath } from 'node:url';
import { createMlStage } from '../../triage/ml-stage.js';
import { createRulesStage } from '../../triage/rules-stage.js';
import { createSimilarityCacheStage } from '../../triage/similarity-cache-stage.js';
import { createTriageCascade } from '../../triage/triage-cascade.js';
import type { TriageModel } from '../../triage/triage-model.js';
import { loadTriageRules, type TriageRules } from '../../triage/triage-rules.js';
import type { TriageThresholds } from '../../triage/triage-thresholds.js';
import type { TriageStage } from '../../triage/triage-types.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentContext, AgentOutput, SupportAgent } from '../support-agent.js';
import type { TriageResult } from './triage-result.js';

export interface TriageAgentOptions {
  /** Trained learnable stages (similarity cache, classifier). Default: none, so only the rules stage runs. */
  readonly model?: TriageModel;
  /** The analysts' rules. Default: `support_agents/rules/triage-rules.yaml`. */
  readonly rules?: TriageRules;
  /** Per-stage minimum confidence. Default: the cascade's defaults, with `ml` = the model's tuned threshold. */
  readonly thresholds?: Partial<TriageThresholds>;
  /** Extra stages tried after the built-in ones (an LLM stage). Default: none. */
  readonly extraStages?: readonly TriageStage[];
  /** A category meaning "outside what we answer": escalate. Default: none. */
  readonly outOfScopeCategory?: string;
}

const DEFAULT_RULES_PATH = fileURLToPath(new URL('../../../rules/triage-rules.yaml', import.meta.url));

/**
 * Triage through the cascade (rules → similarity cache → classifier → optional LLM stage). Routing
 * (team, priority) only ever comes from the rules file, so nothing a customer writes can change it.
 */
export function createTriageAgent(options: TriageAgentOptions = {}): SupportAgent<TriageResult> {
  const rules = options.rules ?? loadTriageRules(DEFAULT_RULES_PATH);
  const { model } = options;
  const stages: TriageStage[] = [createRulesStage(rules)];
  if (model) {
    stages.push(createSimilarityCacheStage(model.cache));
    stages.push(createMlStage({ classifier: model.classifier, softmaxScale: model.softmaxScale }));
  }
  stages.push(...(options.extraStages ?? []));
  const cascade = createTriageCascade({
    stages,
    rules,
    thresholds: { ...(model ? { ml: model.mlThreshold } : {}), ...options.thresholds },
    ...(model ? { vectorizer: model.vectorizer } : {}),
    ...(options.outOfScopeCategory ? { outOfScopeCategory: options.outOfScopeCategory } : {}),
  });

  return {
    name: 'triage',
    version: '1.0.0',
    async run(context: AgentContext): Promise<AgentOutput<TriageResult>> {
      const started = performance.now();
      const { subject, description } = context.ticket;
      const outcome = await cascade.triage({ subject, body: description });
      const trace = outcome.trace.map((step) => `${step.stage}: ${step.trace} (confidence ${step.confidence.toFixed(3)})`);
      const common = { usage: LOCAL_USAGE, latencyMs: performance.now() - started };
      if (outcome.outcome === 'decided') {
        return {
          ...common,
          result: { ...outcome.decision, decidedBy: outcome.decidedBy, escalated: false },
          confidence: outcome.confidence,
          stage: outcome.decidedBy,
          trace: [...trace, `decided by ${outcome.decidedBy}: ${outcome.decision.category} → ${outcome.decision.team}`],
        };
      }
      // Escalated: the best (still insufficient) stage confidence tells the escalation agent how unsure triage was.
      const confidence = outcome.reason === 'out_of_scope' ? 0 : Math.max(0, ...outcome.trace.map((step) => step.confidence));
      return {
        ...common,
        result: { category: null, ...rules.defaults, decidedBy: 'escalated', escalated: true, reason: outcome.reason },
        confidence,
        stage: 'escalated',
        trace: [...trace, `escalated (${outcome.reason}): ${outcome.summary}`],
      };
    },
  };
}
