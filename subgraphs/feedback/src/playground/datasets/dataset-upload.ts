import { redactPii } from '@support-graph/runtime';
import { z } from 'zod';
import { csvRows } from './csv-rows.js';
import type { DatasetItem } from './dataset-item.js';

/** At most this many items per dataset version: a run drafts every one. */
export const MAX_DATASET_ITEMS = 2000;

const list = z.union([z.array(z.string().trim().min(1)), z.string().transform((text) => text.split(/[,;]/u).map((key) => key.trim()).filter(Boolean))]);

// In CSV a cell is text: yes/no, true/false and 1/0 are accepted.
const flag = z.union([z.boolean(), z.enum(['true', 'false', 'yes', 'no', '1', '0']).transform((text) => ['true', 'yes', '1'].includes(text))]);

const UploadedItem = z.object({
  id: z.string().trim().min(1).max(100).optional(),
  text: z.string().trim().min(1).max(20_000),
  language: z.string().regex(/^[a-z]{2}$/u).optional(),
  customerName: z.string().trim().min(1).max(100).optional(),
  category: z.string().trim().min(1).max(200).optional(),
  reference: z.string().trim().min(1).max(20_000).optional(),
  // In CSV an empty cell means "not given" and `-` means "no article answers it".
  expectedArticle: z.string().trim().max(200).nullable().optional(),
  expectedCategory: z.string().trim().min(1).max(200).optional(),
  expectedMissing: list.optional(),
  expectedEscalation: flag.optional(),
});

export class DatasetProblem extends Error {}

function cleaned(row: Record<string, unknown>): Record<string, unknown> {
  const entries = Object.entries(row).filter(([, value]) => value !== '' && value !== undefined);
  return Object.fromEntries(entries.map(([key, value]) => [key, key === 'expectedArticle' && value === '-' ? null : value]));
}

/**
 * Items of an uploaded CSV (a header row naming the `DatasetItem` fields) or JSONL file, with
 * personal data redacted from the text and the reference before anything is stored. Throws
 * `DatasetProblem` naming the first bad line; nothing is kept from a file with one.
 */
export function parseDatasetUpload(format: 'csv' | 'jsonl', content: string): DatasetItem[] {
  const records: { line: number; value: Record<string, unknown> }[] = [];
  if (format === 'jsonl') {
    content.split('\n').forEach((text, index) => {
      if (text.trim() === '') return;
      try {
        records.push({ line: index + 1, value: JSON.parse(text) as Record<string, unknown> });
      } catch {
        throw new DatasetProblem(`line ${index + 1}: not a JSON object`);
      }
    });
  } else {
    let rows: string[][];
    try {
      rows = csvRows(content);
    } catch (error) {
      throw new DatasetProblem((error as Error).message);
    }
    const [header, ...body] = rows;
    if (!header?.includes('text')) throw new DatasetProblem('line 1: the header must name a `text` column');
    body.forEach((cells, index) => records.push({ line: index + 2, value: Object.fromEntries(header.map((name, column) => [name.trim(), cells[column] ?? ''])) }));
  }
  if (records.length === 0) throw new DatasetProblem('the file holds no items');
  if (records.length > MAX_DATASET_ITEMS) throw new DatasetProblem(`at most ${MAX_DATASET_ITEMS} items per dataset`);
  const ids = new Set<string>();
  return records.map(({ line, value }, index) => {
    const parsed = UploadedItem.safeParse(cleaned(value));
    if (!parsed.success) throw new DatasetProblem(`line ${line}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'item'} ${issue.message}`).join('; ')}`);
    const item = parsed.data;
    const id = item.id ?? `item-${index + 1}`;
    if (ids.has(id)) throw new DatasetProblem(`line ${line}: id ${id} is used twice`);
    ids.add(id);
    return {
      id,
      text: redactPii(item.text),
      ...(item.language ? { language: item.language } : {}),
      ...(item.customerName ? { customerName: item.customerName } : {}),
      ...(item.category ? { category: item.category } : {}),
      ...(item.reference ? { reference: redactPii(item.reference) } : {}),
      ...(item.expectedArticle !== undefined ? { expectedArticle: item.expectedArticle === '' ? null : item.expectedArticle } : {}),
      ...(item.expectedCategory ? { expectedCategory: item.expectedCategory } : {}),
      ...(item.expectedMissing ? { expectedMissing: item.expectedMissing } : {}),
      ...(item.expectedEscalation !== undefined ? { expectedEscalation: item.expectedEscalation } : {}),
    };
  });
}
