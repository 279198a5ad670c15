import { parseCsv } from '@support-graph/runtime';
import { isObject, TicketImportFormat } from './import-record.js';

/** A part of an export file, in the same format, and how many rows of the file come before it. */
export interface ImportBatch {
  readonly content: string;
  readonly rowOffset: number;
  /** Tickets (rows) in this part, for a progress bar. */
  readonly rows: number;
}

/**
 * Cuts an export into parts of at most `size` tickets, each a valid file of the same format, so a
 * large history goes to `importTickets` in requests under the body limit. A row number `r` in a
 * part's summary is row `r + rowOffset` of the file.
 */
export function splitTicketImport(format: TicketImportFormat, content: string, size: number): ImportBatch[] {
  if (format === TicketImportFormat.CSV) return splitCsv(content, size);
  if (format === TicketImportFormat.JSONL) return splitLines(content, size);
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    // Zendesk's account export is JSON lines; anything else unreadable goes whole, for the server to report.
    return format === TicketImportFormat.ZENDESK ? splitLines(content, size) : [{ content, rowOffset: 0, rows: 0 }];
  }
  const tickets = Array.isArray(document) ? document : isObject(document) && Array.isArray(document.tickets) ? document.tickets : undefined;
  if (!tickets) return [{ content, rowOffset: 0, rows: 0 }];
  const batches: ImportBatch[] = [];
  for (let start = 0; start < tickets.length; start += size) {
    const part = tickets.slice(start, start + size);
    // Side-loads (users, ticket_fields) go with every part: rows refer to them.
    const partContent = Array.isArray(document) ? JSON.stringify(part) : JSON.stringify({ ...(document as object), tickets: part });
    batches.push({ content: partContent, rowOffset: start, rows: part.length });
  }
  return batches;
}

function splitLines(content: string, size: number): ImportBatch[] {
  const lines = content.split(/\r?\n/);
  const batches: ImportBatch[] = [];
  let start = 0;
  let count = 0;
  lines.forEach((line, index) => {
    if (line.trim() !== '') count += 1;
    if (count === size || index === lines.length - 1) {
      if (count > 0) batches.push({ content: lines.slice(start, index + 1).join('\n'), rowOffset: start, rows: count });
      start = index + 1;
      count = 0;
    }
  });
  return batches;
}

function splitCsv(content: string, size: number): ImportBatch[] {
  const [header, ...rows] = parseCsv(content.replace(/^\uFEFF/, ''));
  if (!header) return [{ content, rowOffset: 0, rows: 0 }];
  const line = (fields: readonly string[]) => fields.map((field) => `"${field.replace(/"/g, '""')}"`).join(',');
  const batches: ImportBatch[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const part = rows.slice(start, start + size);
    batches.push({ content: [header, ...part].map(line).join('\n'), rowOffset: start, rows: part.length });
  }
  return batches;
}
