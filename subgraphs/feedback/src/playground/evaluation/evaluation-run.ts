import type { GraderScore } from './graders/grader.js';
import type { ItemOutput } from './item-output.js';
import type { KnowledgeSource, Responder } from './run-setup.js';

/** One item's result in a run. */
export interface ItemResult {
  readonly itemId: string;
  readonly output: ItemOutput;
  /** By grader name; graders that could not judge the item are absent. */
  readonly scores: Readonly<Record<string, GraderScore>>;
  /** By grader name: why a grader that should have judged the item could not (the LLM rubric's unusable answer). */
  readonly ungraded?: Readonly<Record<string, string>>;
  /** Drafting cost (USD) and time. */
  readonly costUsd: number;
  readonly latencyMs: number;
  /** Who drafted it (`local`, `anthropic/<model>`): differs from the run's model when the vendor failed and the chain fell back. */
  readonly model?: string;
  /** What grading with the LLM rubric cost, when it ran. */
  readonly grading?: { readonly costUsd: number; readonly latencyMs: number };
}

export interface GraderSummary {
  /** Mean score over the items it judged (0–1). */
  readonly mean: number;
  readonly items: number;
}

export interface RunSummary {
  readonly items: number;
  readonly graders: Readonly<Record<string, GraderSummary>>;
  /** Drafting cost, USD. */
  readonly costUsd: number;
  readonly latencyMs: { readonly mean: number; readonly p95: number };
  /** Items per model that drafted them (absent in runs stored before it was recorded). */
  readonly draftedBy?: Readonly<Record<string, number>>;
  /** The LLM rubric's calls, when it graded: their cost, time and the items left ungraded. */
  readonly grading?: { readonly costUsd: number; readonly latencyMs: { readonly mean: number; readonly p95: number }; readonly ungraded: number };
}

/** A finished evaluation run: what ran, over what, and how it scored. */
export interface EvaluationRun {
  readonly id: string;
  readonly kind: string;
  readonly version: number;
  readonly dataset: string;
  readonly datasetVersion: number;
  readonly responder: Responder;
  readonly knowledge: KnowledgeSource;
  /** The model that was to draft (`local` for the embedded responder, `anthropic/<model>`…). */
  readonly model: string;
  /** The `llm-rubric` version that graded, or null when no LLM was configured (the grader was absent). */
  readonly rubricVersion: number | null;
  readonly summary: RunSummary;
  readonly items: readonly ItemResult[];
  readonly createdBy: string;
  readonly createdAt: string;
}
