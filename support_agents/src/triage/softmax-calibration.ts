/** Index of the highest score and its softmax probability at temperature 1 / `scale`. */
export function softmaxTop(scores: Float64Array, scale: number): { best: number; probability: number } {
  let best = 0;
  for (let c = 1; c < scores.length; c += 1) if (scores[c]! > scores[best]!) best = c;
  const top = scores[best]!;
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) sum += Math.exp(scale * (scores[c]! - top));
  return { best, probability: 1 / sum };
}

function negativeLogLikelihood(rows: readonly Float64Array[], targets: readonly number[], scale: number): number {
  let total = 0;
  rows.forEach((scores, i) => {
    const target = scores[targets[i]!]!;
    let sum = 0;
    for (let c = 0; c < scores.length; c += 1) sum += Math.exp(scale * (scores[c]! - target));
    total += Math.log(sum);
  });
  return total;
}

/**
 * Temperature scaling: the softmax scale that minimises the negative log-likelihood of the true
 * classes on held-out scores (golden-section search on log scale over [0.1, 1000]).
 */
export function fitSoftmaxScale(rows: readonly Float64Array[], targets: readonly number[]): number {
  let low = Math.log(0.1);
  let high = Math.log(1000);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 40; step += 1) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (negativeLogLikelihood(rows, targets, Math.exp(a)) < negativeLogLikelihood(rows, targets, Math.exp(b))) high = b;
    else low = a;
  }
  return Math.exp((low + high) / 2);
}
