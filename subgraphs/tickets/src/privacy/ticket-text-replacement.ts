import type { TicketRecord } from '../store/ticket-records.js';

/** History fields whose old and new values are free text. */
const TEXT_FIELDS = new Set(['subject', 'description']);

/**
 * Replaces every word of a ticket (subject, description, each message body, the text in its history)
 * with `replacement`; what statistics need stays. Shared by erasure (`[erased]`) and retention
 * (`[purged by retention]`). Idempotent.
 */
export function replaceTicketText(ticket: TicketRecord, replacement: string): void {
  ticket.subject = replacement;
  ticket.description = replacement;
  for (const message of ticket.messages) message.body = replacement;
  for (const entry of ticket.history) {
    if (!TEXT_FIELDS.has(entry.field)) continue;
    entry.from = entry.from === null ? null : replacement;
    entry.to = entry.to === null ? null : replacement;
  }
}

/** An outbox event of such a ticket: `ticket.created` may carry subject and description, `ticket.updated` their old and new values. */
export function replaceEventPayloadText(payload: string, replacement: string): string {
  const event = JSON.parse(payload) as { subject?: unknown; description?: unknown; changes?: { field: string; from: unknown; to: unknown }[] };
  if ('subject' in event) event.subject = replacement;
  if ('description' in event) event.description = replacement;
  for (const change of event.changes ?? []) {
    if (!TEXT_FIELDS.has(change.field)) continue;
    change.from = change.from === null ? null : replacement;
    change.to = change.to === null ? null : replacement;
  }
  return JSON.stringify(event);
}
