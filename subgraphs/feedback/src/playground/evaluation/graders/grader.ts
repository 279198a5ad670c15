import type { DatasetItem } from '../../datasets/dataset-item.js';
import type { ItemOutput } from '../item-output.js';

/** One grader's verdict on one item: 0 (worst) to 1 (best), with what it found for a person to read. */
export interface GraderScore {
  readonly score: number;
  readonly note: string;
}

/**
 * Judges one aspect of an answer. `grade` returns undefined when the item carries nothing this
 * grader can judge (no expected article, no reference…): such items are left out of its average.
 * Each grader documents what it can and cannot judge; the console shows both.
 */
export interface Grader {
  readonly name: string;
  readonly judges: string;
  readonly cannotJudge: string;
  grade(item: DatasetItem, output: ItemOutput): GraderScore | undefined | Promise<GraderScore | undefined>;
}
