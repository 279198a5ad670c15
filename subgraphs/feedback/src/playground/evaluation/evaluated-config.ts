import {
  parseEscalationSignals,
  parseMissingInformationRules,
  parseThresholdsDocument,
  parseTriageRules,
  replyTemplateFromDocument,
  withEscalationWeights,
  withMissingInformationRules,
  withReplyTemplate,
  withThresholds,
  withTriageRules,
  type AgentConfiguration,
  type AgentDependencies,
} from '@support-graph/support-agents';
import type { AiConfigKind } from '../configs/ai-config-kinds.js';
import { DEFAULT_GATE_GRADERS } from './promotion-gate.js';

/**
 * The kinds a run can evaluate, each with the graders its promotion gate compares: a reply template
 * changes what the reply says; triage rules the category; missing-information rules what the reply
 * asks for; escalation phrases and weights whether a person takes over; thresholds both the category
 * (the triage cascade's confidences) and the escalation. The model and the rubric have no grader that
 * would see their effect on the gate dataset: only admins move their protected labels.
 */
export const EVALUATED_KINDS = {
  'reply-template': DEFAULT_GATE_GRADERS,
  'triage-rules': ['category'],
  'missing-information-rules': ['missing-information'],
  'escalation-weights': ['escalation'],
  thresholds: ['category', 'escalation'],
} as const satisfies Partial<Record<AiConfigKind, readonly string[]>>;

export type EvaluatedKind = keyof typeof EVALUATED_KINDS;

export function isEvaluatedKind(kind: AiConfigKind): kind is EvaluatedKind {
  return Object.hasOwn(EVALUATED_KINDS, kind);
}

/** How one kind's document configures the agents, with the same changes the agents subgraph applies. Throws when it does not parse. */
const APPLY: Record<EvaluatedKind, (content: string, version: string) => AgentConfiguration> = {
  'reply-template': (content, version) => withReplyTemplate(replyTemplateFromDocument(content, version)),
  'triage-rules': (content) => withTriageRules(parseTriageRules(content)),
  'missing-information-rules': (content) => withMissingInformationRules(parseMissingInformationRules(content)),
  'escalation-weights': (content) => withEscalationWeights(parseEscalationSignals(content)),
  thresholds: (content) => withThresholds(parseThresholdsDocument(content)),
};

/** A kind's version as the run needs it. */
export interface EvaluatedDocument {
  readonly kind: EvaluatedKind;
  readonly content: string;
  readonly number: number | string;
}

/**
 * The agents' configuration a run of one version drafts with: what production uses for every
 * evaluated kind (`production`), with the version's document in place of its kind's, so the run
 * measures that one change (no candidate: production's alone, for a run of a `model` version).
 * A production document the agents cannot parse (stored before documents were validated) is left
 * out, as the agents leave it out. Throws when `candidate` does not parse.
 */
export function agentDependenciesFor(candidate: EvaluatedDocument | undefined, production: readonly EvaluatedDocument[] = []): AgentDependencies {
  let dependencies: AgentDependencies = {};
  for (const document of production) {
    if (document.kind === candidate?.kind) continue;
    try {
      dependencies = APPLY[document.kind](document.content, `${document.number}`)(dependencies);
    } catch {
      // The agents refuse it too and keep what they had.
    }
  }
  return candidate ? APPLY[candidate.kind](candidate.content, `${candidate.number}`)(dependencies) : dependencies;
}

/**
 * Kinds whose versions can be run on a dataset without a gate: a `model` version drafts with the
 * model it names (a vendor's only when an LLM is configured here). Its runs are LLM runs, which the
 * gate does not compare, so only admins move its production label.
 */
export const UNGATED_RUN_KINDS = ['model'] as const satisfies readonly AiConfigKind[];

export function isRunnableKind(kind: AiConfigKind): kind is EvaluatedKind | (typeof UNGATED_RUN_KINDS)[number] {
  return isEvaluatedKind(kind) || (UNGATED_RUN_KINDS as readonly string[]).includes(kind);
}
