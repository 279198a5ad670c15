import type { EvaluationRun } from './evaluation-run.js';
import type { RunSetup } from './run-setup.js';

/** Finished evaluation runs, kept for comparison and for the promotion gate. */
export interface RunStore {
  save(run: EvaluationRun): Promise<void>;
  run(id: string): Promise<EvaluationRun | undefined>;
  /** Newest first, without per-item results. */
  list(filter: { kind?: string; version?: number; dataset?: string }, first: number): Promise<EvaluationRun[]>;
  /** The newest run of `kind`@`version` on `dataset` (any of its versions) drafted with `setup`. */
  latestFor(kind: string, version: number, dataset: string, setup: RunSetup): Promise<EvaluationRun | undefined>;
}
