/**
 * Every configurable piece of AI behaviour the playground versions. Each is one text document
 * (YAML), numbered per kind; labels (`production`, `staging`, custom) point at a number.
 */
export const AI_CONFIG_KINDS = {
  /** System prompt and framing (greeting, acknowledgement, closing, sign-off) per language. */
  'reply-template': 'Reply template and system prompt per language',
  /** support_agents/rules/triage-rules.yaml. */
  'triage-rules': 'Triage rules',
  /** support_agents/rules/missing-information.yaml. */
  'missing-information-rules': 'Missing-information rules',
  /** Per-stage triage confidence thresholds and the escalation threshold. */
  thresholds: 'Thresholds',
  /** support_agents/rules/escalation-signals.yaml. */
  'escalation-weights': 'Escalation weights',
  /** Which provider and model drafts and triage use. */
  model: 'Model and provider',
  /** The rubric prompt of the LLM grader (used only when an LLM is configured). */
  'llm-rubric': 'LLM rubric grader prompt',
} as const;

export type AiConfigKind = keyof typeof AI_CONFIG_KINDS;

export function isAiConfigKind(kind: string): kind is AiConfigKind {
  return Object.hasOwn(AI_CONFIG_KINDS, kind);
}
