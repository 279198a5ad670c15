import { readFileSync } from 'node:fs';
import { parseDatasetUpload } from '../datasets/dataset-upload.js';
import type { DatasetItem } from '../datasets/dataset-item.js';

/** A committed gate dataset (JSONL, the upload format). */
export function readGateDataset(file: string): DatasetItem[] {
  return parseDatasetUpload('jsonl', readFileSync(file, 'utf8'));
}
