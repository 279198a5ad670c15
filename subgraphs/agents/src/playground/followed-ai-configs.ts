import {
  createLlmProvider,
  parseEscalationSignals,
  parseMissingInformationRules,
  parseModelChoice,
  parseThresholdsDocument,
  parseTriageRules,
  replyTemplateFromDocument,
  type LlmConfig,
  type TriageRules,
  type TriageStage,
} from '@support-graph/support-agents';
import type { EventBus, Logger, PeerClient } from '@support-graph/runtime';
import type { SwitchableLlmProvider } from '../llm/switchable-llm-provider.js';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import { LabelledAiConfig } from './labelled-ai-config.js';

export interface FollowedAiConfigsOptions {
  readonly playground: PeerClient;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly catalog: AgentCatalog;
  /** The triage stages after the built-in ones, for a set of rules (the LLM stage allows their categories). */
  readonly extraTriageStages: (rules: TriageRules) => readonly TriageStage[];
  /** The agents' LLM port, switched to the chain a `model` version describes. */
  readonly llm: SwitchableLlmProvider;
  /** The keys, base URLs and limits a `model` version's chain is built with. */
  readonly llmConfig: LlmConfig;
}

/**
 * The kinds of playground configuration the agents apply live, each parsed with the same function
 * the playground validates it with at save, then applied to its hook. The LLM rubric (the
 * playground's own grader) and the taxonomy are not followed (docs/playground.md).
 */
export function followedAiConfigs(options: FollowedAiConfigsOptions): LabelledAiConfig<unknown>[] {
  const { playground, bus, logger, catalog, llm, llmConfig } = options;
  const follow = <T>(kind: string, parse: (content: string, version: number) => T, apply: (value: T) => void, configurationOverSeed = false) =>
    new LabelledAiConfig<T>({ playground, bus, logger, kind, parse, apply, configurationOverSeed }) as LabelledAiConfig<unknown>;
  return [
    follow('reply-template', (content, version) => replyTemplateFromDocument(content, `${version}`), (template) => catalog.useReplyTemplate(template)),
    // TRIAGE_*_THRESHOLD and ESCALATION_THRESHOLD stay in force until a lead promotes a thresholds version.
    follow('thresholds', parseThresholdsDocument, (thresholds) => catalog.useThresholds(thresholds), true),
    follow('missing-information-rules', parseMissingInformationRules, (rules) => catalog.useMissingInformationRules(rules)),
    follow('triage-rules', parseTriageRules, (rules) => catalog.useTriageRules(rules, options.extraTriageStages(rules))),
    follow('escalation-weights', parseEscalationSignals, (signals) => catalog.useEscalationWeights(signals)),
    // Building the chain is the validation: a vendor without a configured key is refused (only here are the keys known).
    follow('model', (content) => createLlmProvider(llmConfig, {}, parseModelChoice(content)), (provider) => llm.use(provider)),
  ];
}
