import { parseMissingInformationRules, parseTriageRules, replyTemplateFromDocument, type TriageRules, type TriageStage } from '@support-graph/support-agents';
import type { EventBus, Logger, PeerClient } from '@support-graph/runtime';
import type { AgentCatalog } from '../runs/agent-catalog.js';
import { withMissingInformationRules, withReplyTemplate, withThresholds, withTriageRules, type AgentConfiguration } from '../runs/agent-configuration.js';
import { FollowedExperiment } from './followed-experiment.js';
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
 * The kinds of playground configuration the agents apply live, each through its change to the
 * agents' dependencies: the `production` label for every ticket, and a running A/B experiment's two
 * labels per ticket. Escalation weights, the model choice and the LLM rubric are versioned in the
 * playground but still read from the repository and the configuration at start (docs/playground.md).
 */
export function followedAiConfigs(options: FollowedAiConfigsOptions): Followed[] {
  const { playground, bus, logger, catalog } = options;
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
  ];
  return kinds.flatMap(({ kind, configure, agents, configurationOverSeed = false }) => [
    new LabelledAiConfig<AgentConfiguration>({ playground, bus, logger, kind, parse: configure, apply: (change) => catalog.configure(change), configurationOverSeed }),
    new FollowedExperiment({ playground, bus, logger, catalog, kind, agents, configure }),
  ]);
}
