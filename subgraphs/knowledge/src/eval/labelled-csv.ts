import { readFileSync } from 'node:fs';
import { parseCsv } from '@support-graph/runtime';

export interface LabelledExample {
  text: string;
  category: string;
}

/** Reads a two-column `text,category` CSV with RFC 4180 quoting (banking77's train.csv). */
export function readLabelledCsv(path: string): LabelledExample[] {
  const rows = parseCsv(readFileSync(path, 'utf8'));
  return rows.slice(1).flatMap(([text, category]) => (text && category ? [{ text: text.trim(), category: category.trim() }] : []));
}
