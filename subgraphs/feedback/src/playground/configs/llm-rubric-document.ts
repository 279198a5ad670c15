import { parse } from 'yaml';
import { yamlMapping } from './yaml-mapping.js';

/**
 * Where the rubric refers to each piece of what it judges. The grader never pastes the material
 * into the prompt: the rubric is trusted instructions, and the ticket, reply, passages and
 * reference travel as delimited data (redacted and escaped by the LLM port). Each placeholder is
 * replaced by a pointer to where that data sits in the request, so a rubric that forgets one
 * would judge without it: all four are required.
 */
export const RUBRIC_PLACEHOLDERS = {
  '{ticket}': 'the customer ticket (the customer message in <conversation>)',
  '{reply}': 'the reply under review (the agent message in <conversation>)',
  '{passages}': 'the help-centre passages the reply cites (the <passage> elements with source="article"; none when it cites nothing)',
  '{reference}': 'the reference answer a person wrote (the <passage id="reference">; absent when the item has none)',
} as const;

export interface LlmRubric {
  /** The rubric with its placeholders, as versioned. */
  readonly prompt: string;
}

/** Why `content` cannot be an `llm-rubric` version, or undefined. */
export function llmRubricProblem(content: string): string | undefined {
  const document = yamlMapping(content);
  if ('problem' in document) return document.problem;
  const prompt = document.mapping['prompt'];
  if (typeof prompt !== 'string' || prompt.trim() === '') return 'prompt: must be a non-empty text';
  const missing = Object.keys(RUBRIC_PLACEHOLDERS).filter((placeholder) => !prompt.includes(placeholder));
  if (missing.length > 0) return `prompt: must contain ${missing.join(', ')}`;
  return undefined;
}

/** The rubric of a valid document (validated on save); throws on an invalid one. */
export function parseLlmRubric(content: string): LlmRubric {
  const problem = llmRubricProblem(content);
  if (problem) throw new Error(`invalid llm-rubric document: ${problem}`);
  return { prompt: (parse(content) as { prompt: string }).prompt };
}

/** The rubric as the model reads it: every placeholder replaced by where that material is in the request. */
export function rubricInstructions(rubric: LlmRubric): string {
  return Object.entries(RUBRIC_PLACEHOLDERS).reduce((text, [placeholder, pointer]) => text.replaceAll(placeholder, pointer), rubric.prompt);
}
