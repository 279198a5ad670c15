import type {
  AgentDependencies,
  EscalationSignalsDocument,
  LabelledThresholds,
  MissingInformationRules,
  ReplyTemplate,
  TriageModel,
  TriageRules,
  TriageStage,
} from '@support-graph/support-agents';

/** One change to the agents' dependencies: what a followed configuration version (or a model) does. */
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
