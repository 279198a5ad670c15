import { parse } from 'yaml';
import type { AiConfigKind } from './ai-config-kinds.js';
import { replyTemplateProblem } from '@support-graph/support-agents';
import { llmRubricProblem } from './llm-rubric-document.js';

/**
 * Why `content` cannot be a version of `kind`, or undefined. Reply templates and LLM rubrics are
 * checked field by field (the agents draft with the one, the rubric grader reads the other); the
 * other kinds must be a YAML mapping, and the agent that reads them validates them further when it
 * loads them.
 */
export function configDocumentProblem(kind: AiConfigKind, content: string): string | undefined {
  if (content.trim() === '') return 'empty document';
  if (kind === 'reply-template') return replyTemplateProblem(content);
  if (kind === 'llm-rubric') return llmRubricProblem(content);
  try {
    const document: unknown = parse(content);
    return document !== null && typeof document === 'object' && !Array.isArray(document) ? undefined : 'must be a YAML mapping';
  } catch (error) {
    return `not valid YAML (${(error as Error).message.split('\n')[0]})`;
  }
}
