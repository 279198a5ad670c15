import type { FinetuneFormat } from './finetune-records.js';

/** What a datasheet says about one export: enough to tell what the data is and how it was made. */
export interface FinetuneDatasheet {
  readonly format: FinetuneFormat;
  readonly exportedAt: string;
  readonly counts: {
    readonly resolvedTickets: number;
    readonly belowMinCsat: number;
    readonly withoutAnswer: number;
    readonly train: number;
    readonly validation: number;
  };
  /** Earliest and latest resolution among the exported conversations. */
  readonly resolvedBetween: { readonly from: string | null; readonly to: string | null };
  readonly filters: { readonly statuses: readonly string[]; readonly minCsat: number | null; readonly validationShare: number };
  readonly categories: Readonly<Record<string, number>>;
  readonly redaction: readonly string[];
}

/** The rules `redactForTraining` applies, as the datasheet states them. */
export const REDACTION_RULES = [
  'e-mail addresses → [EMAIL]',
  'IBANs (mod-97 checked) → [IBAN]',
  'card numbers (Luhn checked, spaced, dashed or in one run) → [CARD]',
  'US social security numbers → [SSN]',
  'IP addresses → [IP]',
  'phone numbers → [PHONE]',
  'the customer’s name, and names given in introductions and sign-offs → [NAME]',
  'internal notes, system and partner messages are left out',
] as const;

export function datasheetMarkdown(sheet: FinetuneDatasheet): string {
  const categories = Object.entries(sheet.categories)
    .sort(([, a], [, b]) => b - a)
    .map(([category, count]) => `| ${category} | ${count} |`);
  return [
    '# Fine-tuning export: datasheet',
    '',
    `Exported ${sheet.exportedAt} in the **${sheet.format}** chat format (one JSON object per line).`,
    '',
    '## Counts',
    '',
    '| | conversations |',
    '|---|---|',
    `| resolved or closed tickets read | ${sheet.counts.resolvedTickets} |`,
    `| left out: below the minimum CSAT or unscored | ${sheet.counts.belowMinCsat} |`,
    `| left out: no reply to learn from | ${sheet.counts.withoutAnswer} |`,
    `| train.jsonl | ${sheet.counts.train} |`,
    `| validation.jsonl | ${sheet.counts.validation} |`,
    '',
    '## Date range',
    '',
    `Resolved between ${sheet.resolvedBetween.from ?? '–'} and ${sheet.resolvedBetween.to ?? '–'}.`,
    '',
    '## Filters',
    '',
    `- statuses: ${sheet.filters.statuses.join(', ')}`,
    `- minimum CSAT: ${sheet.filters.minCsat ?? 'none'}`,
    `- validation share: ${sheet.filters.validationShare} (by a hash of the ticket id, stable between exports)`,
    '',
    '## Categories',
    '',
    '| category | conversations |',
    '|---|---|',
    ...categories,
    '',
    '## Redaction',
    '',
    ...sheet.redaction.map((rule) => `- ${rule}`),
    '',
  ].join('\n');
}
