import { maskFreeText } from '@support-graph/runtime';
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
 * masked here. The provider redacts every field once more before anything leaves the process.
 * Never cached: a run reports what grading cost.
 */
export function rubricRequest(rubric: LlmRubric, item: DatasetItem, output: ItemOutput): LlmRequest {
  return {
    purpose: 'evaluation-rubric',
    instructions: rubricInstructions(rubric),
    messages: [
      { author: 'customer', text: item.text },
      { author: 'agent', text: maskFreeText(output.reply, item.customerName ? [item.customerName] : []) },
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
