import { isObject, textOf, type ImportRecord, type ImportRecordMessage, type ParsedRow } from '../import-record.js';

/** Freshdesk's numeric codes (API v2) → our words. */
const STATUSES: Readonly<Record<string, string>> = { '2': 'open', '3': 'pending', '4': 'resolved', '5': 'closed' };
const PRIORITIES: Readonly<Record<string, string>> = { '1': 'low', '2': 'normal', '3': 'high', '4': 'urgent' };
/** 1 email, 2 portal, 3 phone, 7 chat, 9 feedback widget, 10 outbound email. */
const SOURCES: Readonly<Record<string, string>> = { '1': 'email', '2': 'web', '3': 'phone', '7': 'chat', '9': 'web', '10': 'email' };

/**
 * A Freshdesk export: a JSON array of tickets as `GET /api/v2/tickets/{id}?include=conversations,requester,stats`
 * returns them (or `{"tickets": [...]}`). `incoming` conversations are the customer's, `private` ones
 * are internal notes. The category is `custom_fields.cf_category`, else the ticket `type`. Ids
 * become `freshdesk:<id>`.
 */
export function parseFreshdeskTickets(content: string): ParsedRow[] {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch {
    return [{ row: 0, problem: 'is not valid JSON' }];
  }
  const tickets = Array.isArray(document) ? document : isObject(document) && Array.isArray(document.tickets) ? document.tickets : undefined;
  if (!tickets) return [{ row: 0, problem: 'is not a Freshdesk export: expected a JSON array of tickets' }];
  return tickets.map((ticket, index) =>
    isObject(ticket) ? { row: index + 1, record: freshdeskRecord(ticket) } : { row: index + 1, problem: 'is not a ticket object' },
  );
}

function freshdeskRecord(ticket: Record<string, unknown>): ImportRecord {
  const requester = isObject(ticket.requester) ? ticket.requester : {};
  const customFields = isObject(ticket.custom_fields) ? ticket.custom_fields : {};
  const stats = isObject(ticket.stats) ? ticket.stats : {};
  const conversations = Array.isArray(ticket.conversations) ? ticket.conversations.filter(isObject) : [];
  // An unknown code is passed on as it is, so validation reports it for this row.
  const status = STATUSES[String(ticket.status)] ?? textOf(ticket.status);
  const id = textOf(ticket.id);
  return {
    externalId: id ? `freshdesk:${id}` : undefined,
    subject: textOf(ticket.subject),
    description: textOf(ticket.description_text) ?? textOf(ticket.description),
    status,
    priority: ticket.priority === undefined || ticket.priority === null ? 'normal' : (PRIORITIES[String(ticket.priority)] ?? String(ticket.priority)),
    channel: SOURCES[String(ticket.source)] ?? 'web',
    category: textOf(customFields.cf_category) ?? textOf(ticket.type),
    team: undefined,
    tags: Array.isArray(ticket.tags) ? ticket.tags.map(String) : [],
    customerEmail: textOf(requester.email) ?? textOf(ticket.email),
    customerName: textOf(requester.name) ?? textOf(ticket.name),
    assignee: undefined,
    createdAt: textOf(ticket.created_at),
    resolvedAt: status === 'resolved' || status === 'closed' ? (textOf(stats.resolved_at) ?? textOf(stats.closed_at) ?? textOf(ticket.updated_at)) : undefined,
    messages: conversations.map(
      (conversation): ImportRecordMessage => ({
        externalId: textOf(conversation.id),
        author: conversation.incoming === true ? 'CUSTOMER' : 'AGENT',
        // Author ids are stored in the clear: the vendor's user id, never the customer's email.
        authorId: textOf(conversation.user_id) ? `freshdesk-user:${textOf(conversation.user_id)}` : undefined,
        body: textOf(conversation.body_text) ?? textOf(conversation.body),
        internal: conversation.private === true,
        createdAt: textOf(conversation.created_at),
      }),
    ),
  };
}
