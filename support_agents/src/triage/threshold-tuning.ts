/** A held-out prediction: the classifier's top category and calibrated probability, and the true label. */
export interface HeldOutPrediction {
  predicted: string;
  probability: number;
  actual: string;
}

/**
 * The confidence threshold maximising in-scope accuracy + `outOfScopeWeight` × out-of-scope recall
 * on held-out predictions: an in-scope example counts if predicted right at or above the threshold,
 * an out-of-scope one if escalated (below the threshold or predicted out of scope). Without
 * out-of-scope examples this is 0: escalating can only lose in-scope answers. Ties take the lower threshold.
 */
export function tuneConfidenceThreshold(
  predictions: readonly HeldOutPrediction[],
  outOfScopeLabel: string | undefined,
  outOfScopeWeight: number,
): number {
  const inScope = predictions.filter((p) => p.actual !== outOfScopeLabel);
  const outOfScope = predictions.filter((p) => p.actual === outOfScopeLabel);
  if (outOfScope.length === 0 || inScope.length === 0) return 0;
  const candidates = [0, ...new Set(predictions.map((p) => p.probability))].sort((a, b) => a - b);
  let best = { threshold: 0, score: -Infinity };
  for (const threshold of candidates) {
    const answered = inScope.filter((p) => p.probability >= threshold && p.predicted === p.actual).length;
    const escalated = outOfScope.filter((p) => p.probability < threshold || p.predicted === outOfScopeLabel).length;
    const score = answered / inScope.length + (outOfScopeWeight * escalated) / outOfScope.length;
    if (score > best.score) best = { threshold, score };
  }
  return best.threshold;
}
