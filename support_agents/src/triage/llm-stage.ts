import type { StageResult, TriageInput, TriageStage } from './triage-types.js';

/** A resolved ticket shown to the model as an example. */
export interface TriageExample {
  text: string;
  category: string;
}

/** The port a provider implements (a later task supplies the adapter). */
export interface TriageLlm {
  classify(request: {
    ticketText: string;
    categories: readonly string[];
    examples: readonly TriageExample[];
  }): Promise<{ category: string; confidence: number }>;
}

export interface LlmStageOptions {
  llm: TriageLlm;
  /** The only categories the model may answer with; anything else is ignored. */
  categories: readonly string[];
  /** Retrieves resolved tickets similar to this one to show as examples. */
  retrieveExamples(input: TriageInput): readonly TriageExample[];
}

/**
 * Asks the model for a category among `categories`, with retrieved examples. The model can only
 * name a category: priority and team always come from the rules file's routing.
 */
export function createLlmStage({ llm, categories, retrieveExamples }: LlmStageOptions): TriageStage {
  const known = new Set(categories);
  return {
    name: 'llm',
    async run(input: TriageInput): Promise<StageResult> {
      const answer = await llm.classify({ ticketText: input.text, categories, examples: retrieveExamples(input) });
      if (!known.has(answer.category)) {
        return { stage: 'llm', confidence: 0, trace: `model answered an unknown category ${JSON.stringify(answer.category)}` };
      }
      const confidence = Math.min(Math.max(answer.confidence, 0), 1);
      return { stage: 'llm', proposal: { category: answer.category }, confidence, trace: `model: ${answer.category}` };
    },
  };
}
