import type { GraderScore } from './graders/grader.js';
import type { ItemOutput } from './item-output.js';

/** One item's result in a run. */
export interface ItemResult {
  readonly itemId: string;
  readonly output: ItemOutput;
  /** By grader name; graders that could not judge the item are absent. */
  readonly scores: Readonly<Record<string, GraderScore>>;
  readonly costUsd: number;
  readonly latencyMs: number;
}

export interface GraderSummary {
  /** Mean score over the items it judged (0–1). */
  readonly mean: number;
  readonly items: number;
}

export interface RunSummary {
  readonly items: number;
  readonly graders: Readonly<Record<string, GraderSummary>>;
  readonly costUsd: number;
  readonly latencyMs: { readonly mean: number; readonly p95: number };
}

/** A finished evaluation run: what ran, over what, and how it scored. */
export interface EvaluationRun {
  readonly id: string;
  readonly kind: string;
  readonly version: number;
  readonly dataset: string;
  readonly datasetVersion: number;
  readonly summary: RunSummary;
  readonly items: readonly ItemResult[];
  readonly createdBy: string;
  readonly createdAt: string;
}
