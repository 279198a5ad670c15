export interface RetrievalReport {
  recall_at_1: number;
  recall_at_3: number;
  recall_at_5: number;
  mrr: number;
  p50_ms: number;
  p95_ms: number;
  articles: number;
  queries: number;
}

/** Accumulates ranks of the first relevant result and latencies, then summarises. */
export class RetrievalMetrics {
  private readonly ranks: number[] = [];
  private readonly latencies: number[] = [];

  /** `rank` is 1-based, or 0 when no relevant article was returned. */
  record(rank: number, latencyMs: number): void {
    this.ranks.push(rank);
    this.latencies.push(latencyMs);
  }

  report(articles: number): RetrievalReport {
    const n = Math.max(1, this.ranks.length);
    const within = (k: number) => this.ranks.filter((r) => r > 0 && r <= k).length / n;
    return {
      recall_at_1: round(within(1)),
      recall_at_3: round(within(3)),
      recall_at_5: round(within(5)),
      mrr: round(this.ranks.reduce((sum, r) => sum + (r > 0 ? 1 / r : 0), 0) / n),
      p50_ms: round(percentile(this.latencies, 0.5)),
      p95_ms: round(percentile(this.latencies, 0.95)),
      articles,
      queries: this.ranks.length,
    };
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
