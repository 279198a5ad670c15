import { parseMissingInformationRules, parseTriageRules, replyTemplateFromDocument, type TriageRules, type TriageStage } from '@support-graph/support-agents';
import type { EventBus, Logger, PeerClient } from '@support-graph/runtime';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import { LabelledAiConfig } from './labelled-ai-config.js';
import { parseThresholdsDocument } from './thresholds-document.js';

export interface FollowedAiConfigsOptions {
  readonly playground: PeerClient;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly catalog: AgentCatalog;
  /** The triage stages after the built-in ones, for a set of rules (the LLM stage allows their categories). */
  readonly extraTriageStages: (rules: TriageRules) => readonly TriageStage[];
}

/**
 * The kinds of playground configuration the agents apply live, each to its hook on the agent
 * catalog. Escalation weights, the model choice and the LLM rubric are versioned in the playground
 * but still read from the repository and the configuration at start (docs/playground.md).
 */
export function followedAiConfigs(options: FollowedAiConfigsOptions): LabelledAiConfig<unknown>[] {
  const { playground, bus, logger, catalog } = options;
  const follow = <T>(kind: string, parse: (content: string, version: number) => T, apply: (value: T) => void, configurationOverSeed = false) =>
    new LabelledAiConfig<T>({ playground, bus, logger, kind, parse, apply, configurationOverSeed }) as LabelledAiConfig<unknown>;
  return [
    follow('reply-template', (content, version) => replyTemplateFromDocument(content, `${version}`), (template) => catalog.useReplyTemplate(template)),
    // TRIAGE_*_THRESHOLD and ESCALATION_THRESHOLD stay in force until a lead promotes a thresholds version.
    follow('thresholds', parseThresholdsDocument, (thresholds) => catalog.useThresholds(thresholds), true),
    follow('missing-information-rules', parseMissingInformationRules, (rules) => catalog.useMissingInformationRules(rules)),
    follow('triage-rules', parseTriageRules, (rules) => catalog.useTriageRules(rules, options.extraTriageStages(rules))),
  ];
}
