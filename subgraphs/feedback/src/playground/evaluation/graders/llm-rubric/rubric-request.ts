import type { LlmRequest } from '@support-graph/support-agents';
import type { DatasetItem } from '../../../datasets/dataset-item.js';
import { rubricInstructions, type LlmRubric } from '../../../configs/llm-rubric-document.js';
import type { ItemOutput } from '../../item-output.js';

/** The rubric's answer is one line of JSON. */
const MAX_ANSWER_TOKENS = 200;

/**
 * The request that asks the model to grade one reply. The rubric (a versioned, trusted document)
 * is the instructions; what it judges is data: the ticket and the reply as the conversation, the
 * cited passages and the reference answer as passages. The ticket and reference are the dataset's
 * (PII-redacted when stored); the reply greets the customer by the dataset's first name, which is
 * replaced here (only that name: the kernel's cue-based masking would also take "The" in "Kind
 * regards, The support team" for a name and change what the model grades). The provider redacts every field once more before anything leaves the process.
 * Never cached: a run reports what grading cost.
 */
export function rubricRequest(rubric: LlmRubric, item: DatasetItem, output: ItemOutput): LlmRequest {
  return {
    purpose: 'evaluation-rubric',
    instructions: rubricInstructions(rubric),
    messages: [
      { author: 'customer', text: item.text },
      { author: 'agent', text: withoutName(output.reply, item.customerName) },
    ],
    passages: [
      ...output.citedPassages.map((passage) => ({ ...passage, source: 'article' as const })),
      ...(item.reference ? [{ id: 'reference', title: 'Reference answer written by a person', text: item.reference, score: 1 }] : []),
    ],
    maxTokens: MAX_ANSWER_TOKENS,
    temperature: 0,
    cache: { mode: 'bypass' },
  };
}

const NAME_PLACEHOLDER = '[NAME]';

function withoutName(reply: string, name: string | undefined): string {
  const parts = (name ?? '').split(/\s+/).filter((part) => part.length >= 2);
  if (parts.length === 0) return reply;
  const escaped = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return reply.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), NAME_PLACEHOLDER);
}
