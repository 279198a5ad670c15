import { readFileSync } from 'node:fs';
import { parseCsv } from '@support-graph/runtime';
import type { LabelledText } from '../triage/triage-types.js';

/** The label CLINC150 gives out-of-scope queries; the cascade answers them by escalating. */
export const OUT_OF_SCOPE = 'oos';

export type DatasetFormat = 'banking77' | 'clinc150';

/** Quotes a CSV field when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Reads a BANKING77 file: header `text,category`, one example per row. */
export function readBanking77(path: string): LabelledText[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  if (header?.[0] !== 'text' || header[1] !== 'category') throw new Error(`${path}: expected header "text,category"`);
  return rows.filter((row) => row.length >= 2).map(([text, label]) => ({ text: text!, label: label! }));
}

export function writeBanking77(examples: readonly LabelledText[]): string {
  return ['text,category', ...examples.map((e) => `${csvField(e.text)},${csvField(e.label)}`)].join('\n') + '\n';
}

type Clinc150Split = [string, string][];

/**
 * Reads a CLINC150 file and returns every example under the keys it has: the raw
 * `train_val.json` ({train, val, oos_train, oos_val}), a train file ({train, oos_train}) or a
 * test file ({test, oos_test}). Out-of-scope keys (prefix `oos_`) are labelled `OUT_OF_SCOPE`.
 */
export function readClinc150(path: string): Record<string, LabelledText[]> {
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Clinc150Split>;
  const splits: Record<string, LabelledText[]> = {};
  for (const [key, pairs] of Object.entries(json)) {
    const outOfScope = key.startsWith('oos_');
    splits[key] = pairs.map(([text, label]) => ({ text, label: outOfScope ? OUT_OF_SCOPE : label }));
  }
  return splits;
}

export function writeClinc150(splits: Record<string, readonly LabelledText[]>): string {
  const json = Object.fromEntries(
    Object.entries(splits).map(([key, examples]) => [key, examples.map((e) => [e.text, e.label])]),
  );
  return `${JSON.stringify(json)}\n`;
}

/** Training examples of a file: BANKING77 rows, or CLINC150 `train` + `oos_train`. */
export function readTrainingExamples(format: DatasetFormat, path: string): LabelledText[] {
  if (format === 'banking77') return readBanking77(path);
  const splits = readClinc150(path);
  return [...(splits.train ?? []), ...(splits.oos_train ?? [])];
}

/** Test examples of a file: BANKING77 rows, or CLINC150 `test` + `oos_test` (the raw file's `val` + `oos_val` if absent). */
export function readTestExamples(format: DatasetFormat, path: string): LabelledText[] {
  if (format === 'banking77') return readBanking77(path);
  const splits = readClinc150(path);
  return splits.test ? [...splits.test, ...(splits.oos_test ?? [])] : [...(splits.val ?? []), ...(splits.oos_val ?? [])];
}
