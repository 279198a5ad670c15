import { replaceEventPayloadText, replaceTicketText } from '../privacy/ticket-text-replacement.js';
import type { TicketRecord } from '../store/ticket-records.js';

/** What purged free text reads as. */
export const PURGED_TEXT = '[purged by retention]';
/** Marks a ticket as purged, so later runs skip it and the console can say why the text is gone. */
export const PURGED_TAG = 'retention-purged';

/**
 * Removes a closed ticket's words (subject, description, every message, text in its history), keeping
 * the anonymised metadata reports need: status, priority, category, channel, tags, timings, who answered.
 */
export function purgeTicketText(ticket: TicketRecord): void {
  replaceTicketText(ticket, PURGED_TEXT);
  if (!ticket.tags.includes(PURGED_TAG)) {
    ticket.tags = [...ticket.tags, PURGED_TAG];
    ticket.tagIndex = `|${ticket.tags.join('|')}|`;
  }
}

/** The outbox events of a purged ticket: `ticket.created` and `ticket.updated` may carry its text. */
export function purgeEventPayload(payload: string): string {
  return replaceEventPayloadText(payload, PURGED_TEXT);
}
