import type { LinearClassifier } from './linear-classifier.js';
import { softmaxTop } from './softmax-calibration.js';
import type { StageResult, TriageInput, TriageStage } from './triage-types.js';

export interface MlStageOptions {
  classifier: LinearClassifier;
  /** Softmax scale turning decision values into a probability (fitted by temperature scaling). */
  softmaxScale: number;
}

/** Proposes the classifier's top category with its calibrated probability as the confidence. */
export function createMlStage({ classifier, softmaxScale }: MlStageOptions): TriageStage {
  const scores = new Float64Array(classifier.labels.length);
  return {
    name: 'ml',
    run(input: TriageInput): StageResult {
      const { best, probability } = softmaxTop(classifier.scores(input.vector(), scores), softmaxScale);
      const category = classifier.labels[best]!;
      return { stage: 'ml', proposal: { category }, confidence: probability, trace: `classifier: ${category} p=${probability.toFixed(3)}` };
    },
  };
}
