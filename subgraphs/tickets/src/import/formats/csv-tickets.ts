import { parseCsv } from '@support-graph/runtime';
import type { ImportRecord, ParsedRow } from '../import-record.js';

/** The columns of the CSV format, in any order; only these names are read (docs/import-formats.md#csv). */
export const CSV_COLUMNS = [
  'external_id',
  'subject',
  'description',
  'status',
  'priority',
  'channel',
  'category',
  'team',
  'tags',
  'customer_email',
  'customer_name',
  'created_at',
  'resolved_at',
  'resolution',
] as const;

/**
 * One ticket per row under a header row. `tags` are separated by `;`; `resolution` (the team's
 * answer) becomes a public agent reply at `resolved_at`. `row` counts data rows from 1.
 */
export function parseCsvTickets(content: string): ParsedRow[] {
  const [header, ...data] = parseCsv(content.replace(/^\uFEFF/, ''));
  const columns = (header ?? []).map((name) => name.trim().toLowerCase());
  if (!columns.includes('external_id')) return [{ row: 0, problem: 'has no header row with an external_id column' }];
  const rows: ParsedRow[] = [];
  data.forEach((fields, index) => {
    if (fields.every((field) => field.trim() === '')) return;
    const cell = (name: (typeof CSV_COLUMNS)[number]): string | undefined => {
      const value = fields[columns.indexOf(name)]?.trim();
      return value ? value : undefined;
    };
    if (fields.length !== columns.length) {
      rows.push({ row: index + 1, problem: `has ${fields.length} fields where the header has ${columns.length}` });
      return;
    }
    const resolution = cell('resolution');
    const record: ImportRecord = {
      externalId: cell('external_id'),
      subject: cell('subject'),
      description: cell('description'),
      status: cell('status'),
      priority: cell('priority'),
      channel: cell('channel'),
      category: cell('category'),
      team: cell('team'),
      tags: (cell('tags') ?? '').split(';').filter((tag) => tag.trim() !== ''),
      customerEmail: cell('customer_email'),
      customerName: cell('customer_name'),
      assignee: undefined,
      createdAt: cell('created_at'),
      resolvedAt: cell('resolved_at'),
      messages: resolution
        ? [{ externalId: 'resolution', author: 'AGENT', authorId: undefined, body: resolution, internal: false, createdAt: cell('resolved_at') ?? cell('created_at') }]
        : [],
    };
    rows.push({ row: index + 1, record });
  });
  return rows;
}
