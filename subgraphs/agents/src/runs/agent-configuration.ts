import type { AgentDependencies, MissingInformationRules, ReplyTemplate, TriageModel, TriageRules, TriageStage } from '@support-graph/support-agents';
import type { LabelledThresholds } from '../playground/thresholds-document.js';

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

export const withMissingInformationRules =
  (rules: MissingInformationRules): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, 'missing-information': { ...dependencies['missing-information'], rules } });

/** `extraStages`: the stages after the built-in ones rebuilt for these rules (the LLM stage allows their categories). */
export const withTriageRules =
  (rules: TriageRules, extraStages?: readonly TriageStage[]): AgentConfiguration =>
  (dependencies) => ({ ...dependencies, triage: { ...dependencies.triage, rules, ...(extraStages ? { extraStages } : {}) } });
