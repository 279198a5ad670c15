import {
  createLlmProvider,
  parseEscalationSignals,
  parseMissingInformationRules,
  parseModelChoice,
  parseThresholdsDocument,
  parseTriageRules,
  replyTemplateFromDocument,
  withEscalationWeights,
  withMissingInformationRules,
  withReplyTemplate,
  withThresholds,
  withTriageRules,
  type AgentConfiguration,
  type LlmConfig,
  type LlmProvider,
  type TriageRules,
  type TriageStage,
} from '@support-graph/support-agents';
import type { EventBus, Logger, PeerClient } from '@support-graph/runtime';
import type { SwitchableLlmProvider } from '../llm/switchable-llm-provider.js';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import { FollowedExperiment } from './followed-experiment.js';
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

/** Something the agents follow from the playground: started with the subgraph, stopped with it. */
export interface Followed {
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface FollowedKind {
  readonly kind: string;
  /** Validates a version's document and says what it changes; throws when the agents cannot use it. */
  readonly configure: (content: string, version: number) => AgentConfiguration;
  /** The agents it changes: their runs record an experiment's arm. */
  readonly agents: readonly string[];
  readonly configurationOverSeed?: boolean;
}

/**
 * The kinds of playground configuration the agents apply live, each parsed with the same function
 * the playground validates it with at save. The kinds of the agent catalog are applied through their
 * change to the agents' dependencies: the `production` label for every ticket, and a running A/B
 * experiment's two labels per ticket. The model choice switches the one LLM port (no experiments on
 * it). The LLM rubric (the playground's own grader) and the taxonomy are not followed (docs/playground.md).
 */
export function followedAiConfigs(options: FollowedAiConfigsOptions): Followed[] {
  const { playground, bus, logger, catalog, llm, llmConfig } = options;
  const kinds: FollowedKind[] = [
    { kind: 'reply-template', configure: (content, version) => withReplyTemplate(replyTemplateFromDocument(content, `${version}`)), agents: ['reply-drafting'] },
    // TRIAGE_*_THRESHOLD and ESCALATION_THRESHOLD stay in force until a lead promotes a thresholds version.
    { kind: 'thresholds', configure: (content) => withThresholds(parseThresholdsDocument(content)), agents: ['triage', 'escalation'], configurationOverSeed: true },
    { kind: 'missing-information-rules', configure: (content) => withMissingInformationRules(parseMissingInformationRules(content)), agents: ['missing-information'] },
    {
      kind: 'triage-rules',
      configure: (content) => {
        const rules = parseTriageRules(content);
        return withTriageRules(rules, options.extraTriageStages(rules));
      },
      agents: ['triage'],
    },
    { kind: 'escalation-weights', configure: (content) => withEscalationWeights(parseEscalationSignals(content)), agents: ['escalation'] },
  ];
  // Building the chain is the validation: a vendor without a configured key is refused (only here are the keys known).
  const model = new LabelledAiConfig<LlmProvider>({
    playground,
    bus,
    logger,
    kind: 'model',
    parse: (content) => createLlmProvider(llmConfig, {}, parseModelChoice(content)),
    apply: (provider) => llm.use(provider),
  });
  return [
    ...kinds.flatMap(({ kind, configure, agents, configurationOverSeed = false }) => [
      new LabelledAiConfig<AgentConfiguration>({ playground, bus, logger, kind, parse: configure, apply: (change) => catalog.configure(change), configurationOverSeed }),
      new FollowedExperiment({ playground, bus, logger, catalog, kind, agents, configure }),
    ]),
    model,
  ];
}
