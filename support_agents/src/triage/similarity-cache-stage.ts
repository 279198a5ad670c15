import type { SimilarityCache } from './similarity-cache.js';
import type { StageResult, TriageInput, TriageStage } from './triage-types.js';

export interface SimilarityCacheStageOptions {
  /** Propose a neighbour's label only if that label's historical accuracy is at least this. Default 0.9. */
  minLabelAccuracy?: number;
  /** …and only once it has been tested on at least this many resolved tickets. Default 3. */
  minLabelObservations?: number;
}

/**
 * Proposes the label of the nearest resolved ticket, with its cosine similarity as the confidence
 * (the cascade's `cache` threshold is therefore the minimum similarity), when that label has
 * been right often enough before.
 */
export function createSimilarityCacheStage(cache: SimilarityCache, options: SimilarityCacheStageOptions = {}): TriageStage {
  const { minLabelAccuracy = 0.9, minLabelObservations = 3 } = options;
  return {
    name: 'cache',
    run(input: TriageInput): StageResult {
      const [nearest] = cache.nearest(input.vector(), 1);
      if (!nearest) return { stage: 'cache', confidence: 0, trace: 'no similar resolved ticket' };
      const { correct, total } = cache.labelRecord(nearest.label);
      const similarity = nearest.similarity.toFixed(3);
      if (total < minLabelObservations || correct / total < minLabelAccuracy) {
        return {
          stage: 'cache',
          confidence: 0,
          trace: `nearest (${similarity}) is ${nearest.label}, right ${correct}/${total} times before: not trusted`,
        };
      }
      return {
        stage: 'cache',
        proposal: { category: nearest.label },
        confidence: nearest.similarity,
        trace: `nearest (${similarity}) is ${nearest.label}, right ${correct}/${total} times before`,
      };
    },
  };
}
