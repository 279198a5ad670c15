import type { NearDuplicate } from '../articles/near-duplicate-detector.js';
import type { ImportProblem } from './import-document.js';

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  nearDuplicates: NearDuplicate[];
  problems: ImportProblem[];
  /** Chunks sent to the embedder; unchanged text is never re-embedded. */
  embeddedChunks: number;
}
