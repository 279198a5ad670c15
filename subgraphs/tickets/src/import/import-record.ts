/** The file formats `importTickets` and `npm run import:tickets` read (docs/import-formats.md). */
export const TicketImportFormat = { ZENDESK: 'ZENDESK', FRESHDESK: 'FRESHDESK', CSV: 'CSV', JSONL: 'JSONL' } as const;
export type TicketImportFormat = (typeof TicketImportFormat)[keyof typeof TicketImportFormat];

/** One message of an imported conversation, as the file gives it (validated later). */
export interface ImportRecordMessage {
  /** The vendor's comment / conversation id: makes re-imports add only what is new. */
  readonly externalId: string | undefined;
  readonly author: 'CUSTOMER' | 'AGENT';
  /** Who wrote it, as the file names them (an email, or `zendesk-user:42`). */
  readonly authorId: string | undefined;
  readonly body: string | undefined;
  readonly internal: boolean;
  readonly createdAt: string | undefined;
}

/**
 * One ticket as a format parser read it: vendor codes already translated to words this importer
 * knows (`solved`, `urgent`, `email`…), nothing validated yet, so every problem is reported by row.
 */
export interface ImportRecord {
  readonly externalId: string | undefined;
  readonly subject: string | undefined;
  readonly description: string | undefined;
  readonly status: string | undefined;
  readonly priority: string | undefined;
  readonly channel: string | undefined;
  readonly category: string | undefined;
  /** The team that handled it (a routing team key, e.g. `cards`): triage learns it with the category. */
  readonly team: string | undefined;
  readonly tags: readonly string[];
  readonly customerEmail: string | undefined;
  readonly customerName: string | undefined;
  readonly assignee: string | undefined;
  readonly createdAt: string | undefined;
  readonly resolvedAt: string | undefined;
  readonly messages: readonly ImportRecordMessage[];
}

/**
 * `row` is 1-based: the line of a JSON-lines file, the data row of a CSV file (after the header),
 * the position in the `tickets` array of a Zendesk or Freshdesk export.
 */
export type ParsedRow = { readonly row: number; readonly record: ImportRecord } | { readonly row: number; readonly problem: string };

/** A string from a loosely typed JSON value; numbers become strings (vendor ids are numbers). */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
