import type { TicketRecord } from '../store/ticket-records.js';

/** What purged free text reads as. */
export const PURGED_TEXT = '[purged by retention]';
/** Marks a ticket as purged, so later runs skip it and the console can say why the text is gone. */
export const PURGED_TAG = 'retention-purged';

const TEXT_FIELDS = new Set(['subject', 'description']);

/**
 * Removes a closed ticket's words (subject, description, every message, text in its history), keeping
 * the anonymised metadata reports need: status, priority, category, channel, tags, timings, who answered.
 */
export function purgeTicketText(ticket: TicketRecord): void {
  ticket.subject = PURGED_TEXT;
  ticket.description = PURGED_TEXT;
  for (const message of ticket.messages) message.body = PURGED_TEXT;
  for (const entry of ticket.history) {
    if (!TEXT_FIELDS.has(entry.field)) continue;
    entry.from = entry.from === null ? null : PURGED_TEXT;
    entry.to = entry.to === null ? null : PURGED_TEXT;
  }
  if (!ticket.tags.includes(PURGED_TAG)) {
    ticket.tags = [...ticket.tags, PURGED_TAG];
    ticket.tagIndex = `|${ticket.tags.join('|')}|`;
  }
}

/** The outbox events of a purged ticket: `ticket.created` and `ticket.updated` may carry its text. */
export function purgeEventPayload(payload: string): string {
  const event = JSON.parse(payload) as { subject?: unknown; description?: unknown; changes?: { field: string; from: unknown; to: unknown }[] };
  if ('subject' in event) event.subject = PURGED_TEXT;
  if ('description' in event) event.description = PURGED_TEXT;
  for (const change of event.changes ?? []) {
    if (!TEXT_FIELDS.has(change.field)) continue;
    change.from = change.from === null ? null : PURGED_TEXT;
    change.to = change.to === null ? null : PURGED_TEXT;
  }
  return JSON.stringify(event);
}
