/** Share of positions where `predicted` equals `actual`. */
export function accuracy(actual: readonly string[], predicted: readonly string[]): number {
  return actual.length === 0 ? 0 : actual.filter((label, i) => predicted[i] === label).length / actual.length;
}

/** Unweighted mean F1 over the labels in `actual`; predictions of other labels count as false positives only. */
export function macroF1(actual: readonly string[], predicted: readonly string[]): number {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const countsOf = (label: string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  actual.forEach((label, i) => {
    const guess = predicted[i]!;
    if (guess === label) countsOf(label).tp += 1;
    else {
      countsOf(label).fn += 1;
      countsOf(guess).fp += 1;
    }
  });
  const labels = new Set(actual);
  let sum = 0;
  for (const label of labels) {
    const { tp, fp, fn } = countsOf(label);
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return labels.size === 0 ? 0 : sum / labels.size;
}

/** The `p`-th percentile (0–100, nearest rank) of `values`. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
