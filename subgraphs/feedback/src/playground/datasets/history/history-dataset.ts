import { ClientErrors } from '@support-graph/runtime';
import { MAX_DATASET_ITEMS } from '../dataset-upload.js';
import type { DatasetItem } from '../dataset-item.js';
import type { HistoryFilter, ResolvedTicketSelection, TicketTexts } from './history-filter.js';
import { historyItem } from './history-items.js';

/** Where a history dataset reads from: the selection (this subgraph's facts) and the text (the tickets subgraph). */
export interface TicketHistory {
  readonly selection: ResolvedTicketSelection;
  readonly texts: TicketTexts;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** Tickets read from the tickets subgraph at a time: enough to be quick, few enough not to crowd it. */
const PARALLEL_READS = 8;

const validDay = (day: string) => DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** Throws `BAD_USER_INPUT` naming the field of the filter's first problem. */
export function checkHistoryFilter(filter: HistoryFilter): void {
  if (filter.minCsat !== undefined && (!Number.isInteger(filter.minCsat) || filter.minCsat < 1 || filter.minCsat > 5)) throw ClientErrors.badInput('minCsat', 'a whole number from 1 to 5');
  if (filter.language !== undefined && !/^[a-z]{2}$/u.test(filter.language)) throw ClientErrors.badInput('language', 'a two-letter language code');
  if (filter.category !== undefined && (filter.category.trim() === '' || filter.category.length > 200)) throw ClientErrors.badInput('category', '1–200 characters');
  for (const field of ['resolvedFrom', 'resolvedTo'] as const) {
    const day = filter[field];
    if (day !== undefined && !validDay(day)) throw ClientErrors.badInput(field, 'a day as YYYY-MM-DD');
  }
  if (filter.resolvedFrom && filter.resolvedTo && filter.resolvedFrom > filter.resolvedTo) throw ClientErrors.badInput('resolvedTo', 'must not be before resolvedFrom');
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > MAX_DATASET_ITEMS) throw ClientErrors.badInput('limit', `from 1 to ${MAX_DATASET_ITEMS}`);
}

/**
 * Items from the resolved tickets the filter selects, PII masked. A ticket deleted since it was
 * resolved (erasure) is skipped; so is one with no text left.
 */
export async function historyDatasetItems(history: TicketHistory, filter: HistoryFilter): Promise<DatasetItem[]> {
  const selected = await history.selection.select(filter);
  const items: DatasetItem[] = [];
  for (let start = 0; start < selected.length; start += PARALLEL_READS) {
    const batch = selected.slice(start, start + PARALLEL_READS);
    const texts = await Promise.all(batch.map((ticket) => history.texts.ticketText(ticket.ticketId)));
    batch.forEach((ticket, index) => {
      const text = texts[index];
      if (text) items.push(historyItem(ticket, text));
    });
  }
  return items;
}
