import { parseMissingInformationRules, parseTriageRules, replyTemplateFromDocument, type AgentDependencies, type ReplyTemplate } from '@support-graph/support-agents';
import type { AiConfigKind } from '../configs/ai-config-kinds.js';
import { DEFAULT_GATE_GRADERS } from './promotion-gate.js';

/**
 * The kinds a run can evaluate, each with the graders its promotion gate compares: a reply template
 * changes what the reply says; triage rules change the category; missing-information rules change
 * what the reply asks for. Thresholds, escalation weights, the model and the rubric have no grader
 * that would see their effect on the gate dataset: only admins move their protected labels.
 */
export const EVALUATED_KINDS = {
  'reply-template': DEFAULT_GATE_GRADERS,
  'triage-rules': ['category'],
  'missing-information-rules': ['missing-information'],
} as const satisfies Partial<Record<AiConfigKind, readonly string[]>>;

export type EvaluatedKind = keyof typeof EVALUATED_KINDS;

export function isEvaluatedKind(kind: AiConfigKind): kind is EvaluatedKind {
  return Object.hasOwn(EVALUATED_KINDS, kind);
}

/**
 * The agents' configuration a run of `kind`@`version` drafts with: the version's document in its
 * place, and for every other kind what production uses (`productionTemplate`; the rules the agents
 * ship with), so the run measures that one change. Throws when the document does not parse.
 */
export function agentDependenciesFor(kind: EvaluatedKind, content: string, version: string, productionTemplate?: ReplyTemplate): AgentDependencies {
  const drafting = { 'reply-drafting': productionTemplate ? { template: productionTemplate } : {} };
  switch (kind) {
    case 'reply-template':
      return { 'reply-drafting': { template: replyTemplateFromDocument(content, version) } };
    case 'triage-rules':
      return { ...drafting, triage: { rules: parseTriageRules(content) } };
    case 'missing-information-rules':
      return { ...drafting, 'missing-information': { rules: parseMissingInformationRules(content) } };
  }
}
