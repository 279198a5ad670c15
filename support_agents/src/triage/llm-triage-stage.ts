import type { LlmProvider } from '../llm/llm-provider.js';
import { createLlmStage } from './llm-stage.js';
import { createLlmTriageClassifier } from './llm-triage-classifier.js';
import type { TriageModel } from './triage-model.js';
import type { TriageRules } from './triage-rules.js';
import type { TriageStage } from './triage-types.js';

export interface LlmTriageStageOptions {
  /** A paid provider (the local responder cannot classify: it only ever refuses, and the stage then passes). */
  readonly llm: LlmProvider;
  /** The analysts' rules: their routed categories are always allowed answers. */
  readonly rules: TriageRules;
  /** The current trained model, if any: its labels are allowed too, and its nearest resolved tickets are the examples. */
  readonly model: () => TriageModel | undefined;
  /** Resolved tickets shown to the model as examples. Default: 5. */
  readonly examples?: number;
}

/**
 * The cascade's last stage before a person: asks the model for one of the known categories, with
 * the most similar resolved tickets as examples. Used only when a paid provider is configured.
 */
export function createLlmTriageStage(options: LlmTriageStageOptions): TriageStage {
  const examples = options.examples ?? 5;
  const classifier = createLlmTriageClassifier(options.llm);
  const build = (model: TriageModel | undefined) => ({
    model,
    stage: createLlmStage({
      llm: classifier,
      categories: [...new Set([...Object.keys(options.rules.routing), ...(model?.classifier.labels ?? [])])].sort(),
      retrieveExamples: (input) => (model ? model.cache.nearest(input.vector(), examples).map((n) => ({ text: n.text, category: n.label })) : []),
    }),
  });
  // Rebuilt when a new model is trained, so its labels and examples are the ones offered.
  let built = build(options.model());
  const current = (): TriageStage => {
    const model = options.model();
    if (built.model !== model) built = build(model);
    return built.stage;
  };
  return { name: 'llm', run: (input) => current().run(input) };
}
