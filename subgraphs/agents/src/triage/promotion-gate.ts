/** A model's scores on the held-out slice. */
export interface HeldOutMetrics {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly examples: number;
}

export interface PromotionDecision {
  readonly promote: boolean;
  readonly reason: string;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/**
 * A retrained model replaces the serving one only when it is at least as good on the same held-out
 * slice, on both macro-F1 (every category counts) and accuracy (every ticket counts); otherwise it is
 * kept as a candidate with the reason. With nothing serving, any model beats rules alone.
 */
export function decidePromotion(candidate: HeldOutMetrics, serving: HeldOutMetrics | null): PromotionDecision {
  if (!serving) return { promote: true, reason: 'no model was serving' };
  if (candidate.examples === 0) return { promote: false, reason: 'no held-out examples to compare the models on' };
  const worse: string[] = [];
  if (candidate.macroF1 < serving.macroF1) worse.push(`macro-F1 ${percent(candidate.macroF1)} < ${percent(serving.macroF1)}`);
  if (candidate.accuracy < serving.accuracy) worse.push(`accuracy ${percent(candidate.accuracy)} < ${percent(serving.accuracy)}`);
  if (worse.length > 0) return { promote: false, reason: `worse than the serving model on ${candidate.examples} held-out examples: ${worse.join(', ')}` };
  return {
    promote: true,
    reason: `at least as good on ${candidate.examples} held-out examples: macro-F1 ${percent(candidate.macroF1)} (was ${percent(serving.macroF1)}), accuracy ${percent(candidate.accuracy)} (was ${percent(serving.accuracy)})`,
  };
}
