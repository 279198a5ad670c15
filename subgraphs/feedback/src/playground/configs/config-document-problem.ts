import { yamlMapping } from './yaml-mapping.js';
import {
  parseEscalationSignals,
  parseMissingInformationRules,
  parseModelChoice,
  parseThresholdsDocument,
  parseTriageRules,
  replyTemplateProblem,
} from '@support-graph/support-agents';
import type { AiConfigKind } from './ai-config-kinds.js';
import { llmRubricProblem } from './llm-rubric-document.js';

/**
 * Each kind the agents follow, checked with the very parser the agents subgraph applies it with,
 * so a version saved here is one the agents can use. (The `model` parser cannot know the agents'
 * API keys: a vendor without one is refused only when the label moves to it.)
 */
const AGENTS_PARSERS: Partial<Record<AiConfigKind, (content: string) => unknown>> = {
  'triage-rules': parseTriageRules,
  'missing-information-rules': parseMissingInformationRules,
  thresholds: parseThresholdsDocument,
  'escalation-weights': parseEscalationSignals,
  model: parseModelChoice,
};

/**
 * Why `content` cannot be a version of `kind`, or undefined. Reply templates, the kinds the agents
 * follow and the LLM rubric (the rubric grader's placeholders) are validated field by field.
 */
export function configDocumentProblem(kind: AiConfigKind, content: string): string | undefined {
  if (content.trim() === '') return 'empty document';
  if (kind === 'reply-template') return replyTemplateProblem(content);
  if (kind === 'llm-rubric') return llmRubricProblem(content);
  const document = yamlMapping(content);
  if ('problem' in document) return document.problem;
  const agentsParse = AGENTS_PARSERS[kind];
  if (!agentsParse) return undefined;
  try {
    agentsParse(content);
    return undefined;
  } catch (error) {
    return parserProblem(error);
  }
}

/** A validation failure as the lead can act on it: each field's path and what is wrong, or the parser's own sentence (a rule, a pattern). */
function parserProblem(error: unknown): string {
  const issues = (error as { issues?: unknown }).issues;
  if (Array.isArray(issues)) {
    return issues.map((issue: { path: readonly PropertyKey[]; message: string }) => `${issue.path.map(String).join('.') || 'document'}: ${issue.message}`).join('; ');
  }
  return error instanceof Error ? error.message.split('\n')[0]! : 'not valid';
}
