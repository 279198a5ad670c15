export interface RankedItem {
  item: number;
  score: number;
}

/**
 * Share of the vector ranking that maximised MRR on the banking77 evaluation. The local index uses
 * it as its fusion weight and the Weaviate index as hybrid `alpha` (same relative-score fusion).
 */
export const TUNED_VECTOR_WEIGHT = 0.4;

export interface FusionOptions {
  /** Share of the vector list in the fused score, 0 (keyword only) … 1 (vector only). */
  vectorWeight: number;
}

/**
 * Relative score fusion (as Weaviate's `relativeScoreFusion`): each list's scores are min-max
 * scaled to 0…1, then mixed by weight. Unlike reciprocal rank fusion it keeps how far ahead the
 * leader is. On the banking77 evaluation keyword-only gave MRR 0.897, vector-only 0.878, fused
 * at vector weight 0.4 gave 0.918.
 */
export function fuseRankings(keyword: readonly RankedItem[], vector: readonly RankedItem[], options: FusionOptions): RankedItem[] {
  const fused = new Map<number, number>();
  addScaled(fused, keyword, 1 - options.vectorWeight);
  addScaled(fused, vector, options.vectorWeight);
  return [...fused].map(([item, score]) => ({ item, score })).sort((a, b) => b.score - a.score);
}

function addScaled(into: Map<number, number>, list: readonly RankedItem[], weight: number): void {
  if (list.length === 0 || weight === 0) return;
  let max = -Infinity;
  let min = Infinity;
  for (const { score } of list) {
    if (score > max) max = score;
    if (score < min) min = score;
  }
  const range = max - min;
  for (const { item, score } of list) {
    const scaled = range > 0 ? (score - min) / range : 1;
    into.set(item, (into.get(item) ?? 0) + weight * scaled);
  }
}
