import type { TriageModel } from '../triage/triage-model.js';
import type { TriageRules } from '../triage/triage-rules.js';
import type { TriageStage } from '../triage/triage-types.js';
import type { AgentDependencies } from './agent-registry.js';
import type { EscalationSignalsDocument } from './escalation/escalation-signals-document.js';
import type { MissingInformationRules } from './missing-information/missing-information-rules.js';
import type { ReplyTemplate } from './reply-drafting/reply-template.js';
import type { LabelledThresholds } from './thresholds-document.js';

/**
 * One change to the agents' dependencies: what a configuration version (or a model) does. The agents
 * subgraph applies the versions it follows with these; the playground applies a candidate and
 * production's versions around it the same way.
 */
export type AgentConfiguration = (dependencies: AgentDependencies) => AgentDependencies;

export const withTriageModel =
  (model: TriageModel): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, triage: { ...dependencies.triage, model } });

export const withReplyTemplate =
  (template: ReplyTemplate): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, 'reply-drafting': { ...dependencies['reply-drafting'], template } });

export const withThresholds =
  (thresholds: LabelledThresholds): AgentConfiguration =>
  (dependencies) => ({
    ...dependencies,
    triage: { ...dependencies.triage, thresholds: { ...dependencies.triage?.thresholds, ...thresholds.triage } },
    escalation: { ...dependencies.escalation, threshold: thresholds.escalation },
  });

/** The escalation agent's phrases and weights (the playground's `escalation-weights` kind). */
export const withEscalationWeights =
  (signals: EscalationSignalsDocument): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, escalation: { ...dependencies.escalation, signals } });

export const withMissingInformationRules =
  (rules: MissingInformationRules): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, 'missing-information': { ...dependencies['missing-information'], rules } });

/** `extraStages`: the stages after the built-in ones rebuilt for these rules (the LLM stage allows their categories). */
export const withTriageRules =
  (rules: TriageRules, extraStages?: readonly TriageStage[]): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, triage: { ...dependencies.triage, rules, ...(extraStages ? { extraStages } : {}) } });
