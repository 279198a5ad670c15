import { isObject, textOf, type ImportRecord, type ImportRecordMessage, type ParsedRow } from '../import-record.js';

/** Zendesk `via.channel` values → our channel words; anything else (mobile, facebook…) counts as web. */
const CHANNELS: Readonly<Record<string, string>> = { email: 'email', web: 'web', api: 'api', chat: 'chat', native_messaging: 'chat', voice: 'phone', phone: 'phone' };

interface ZendeskUser {
  readonly email: string | undefined;
  readonly name: string | undefined;
}

/**
 * A Zendesk export: the Incremental Ticket Export / list shape `{"tickets": [...], "users": [...]}`
 * (users side-loaded with `include=users`, optionally `ticket_fields`), or the account data export's
 * JSON lines of tickets. Each ticket may carry its `comments` (Zendesk's first comment is the
 * description). The category is the value of the custom field titled "Category" when the file has
 * `ticket_fields`. Ids become `zendesk:<id>`.
 */
export function parseZendeskTickets(content: string): ParsedRow[] {
  const trimmed = content.trim();
  let document: unknown;
  try {
    document = JSON.parse(trimmed);
  } catch {
    return parseZendeskLines(trimmed);
  }
  if (isObject(document) && Array.isArray(document.tickets)) {
    const users = usersById(document.users);
    const categoryField = categoryFieldId(document.ticket_fields);
    return document.tickets.map((ticket, index) =>
      isObject(ticket) ? { row: index + 1, record: zendeskRecord(ticket, users, categoryField) } : { row: index + 1, problem: 'is not a ticket object' },
    );
  }
  if (isObject(document) && isObject(document.ticket)) return [{ row: 1, record: zendeskRecord(document.ticket, usersById(document.users), undefined) }];
  return [{ row: 0, problem: 'is not a Zendesk export: expected {"tickets": [...]} or one ticket per line' }];
}

function parseZendeskLines(content: string): ParsedRow[] {
  const rows: ParsedRow[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const ticket: unknown = JSON.parse(line);
      rows.push(isObject(ticket) ? { row: index + 1, record: zendeskRecord(ticket, new Map(), undefined) } : { row: index + 1, problem: 'is not a ticket object' });
    } catch {
      rows.push({ row: index + 1, problem: 'is not valid JSON' });
    }
  });
  return rows;
}

function usersById(users: unknown): Map<string, ZendeskUser> {
  const byId = new Map<string, ZendeskUser>();
  if (!Array.isArray(users)) return byId;
  for (const user of users.filter(isObject)) {
    const id = textOf(user.id);
    if (id) byId.set(id, { email: textOf(user.email), name: textOf(user.name) });
  }
  return byId;
}

function categoryFieldId(fields: unknown): string | undefined {
  if (!Array.isArray(fields)) return undefined;
  return textOf(fields.filter(isObject).find((field) => String(field.title ?? '').trim().toLowerCase() === 'category')?.id);
}

function zendeskRecord(ticket: Record<string, unknown>, users: Map<string, ZendeskUser>, categoryField: string | undefined): ImportRecord {
  const requesterId = textOf(ticket.requester_id);
  const inlineRequester = isObject(ticket.requester) ? ticket.requester : {};
  const requester = (requesterId && users.get(requesterId)) || { email: textOf(inlineRequester.email), name: textOf(inlineRequester.name) };
  const description = textOf(ticket.description);
  const comments = Array.isArray(ticket.comments) ? ticket.comments.filter(isObject) : [];
  const messages = comments
    // The first comment is the ticket's description itself.
    .filter((comment, index) => !(index === 0 && commentBody(comment)?.trim() === description?.trim()))
    .map((comment): ImportRecordMessage => {
      const authorId = textOf(comment.author_id);
      const byCustomer = authorId !== undefined && authorId === requesterId;
      return {
        externalId: textOf(comment.id),
        author: byCustomer ? 'CUSTOMER' : 'AGENT',
        // Author ids are stored in the clear: an agent's work email, never the customer's.
        authorId: authorId ? ((!byCustomer && users.get(authorId)?.email) || `zendesk-user:${authorId}`) : undefined,
        body: commentBody(comment),
        internal: comment.public === false,
        createdAt: textOf(comment.created_at),
      };
    });
  const status = textOf(ticket.status);
  const customFields = Array.isArray(ticket.custom_fields) ? ticket.custom_fields.filter(isObject) : [];
  const assigneeId = textOf(ticket.assignee_id);
  const id = textOf(ticket.id);
  return {
    externalId: id ? `zendesk:${id}` : undefined,
    subject: textOf(ticket.subject) ?? textOf(ticket.raw_subject),
    description,
    status,
    priority: textOf(ticket.priority) ?? 'normal',
    channel: CHANNELS[String(isObject(ticket.via) ? ticket.via.channel : '')] ?? 'web',
    team: undefined,
    category: categoryField ? textOf(customFields.find((field) => textOf(field.id) === categoryField)?.value) : undefined,
    tags: Array.isArray(ticket.tags) ? ticket.tags.map(String) : [],
    customerEmail: requester.email,
    customerName: requester.name,
    assignee: assigneeId ? users.get(assigneeId)?.email : undefined,
    createdAt: textOf(ticket.created_at),
    // A ticket object has no solved time (that is in ticket metrics): a solved ticket was last changed when solved.
    resolvedAt: status === 'solved' || status === 'closed' ? textOf(ticket.updated_at) : undefined,
    messages,
  };
}

function commentBody(comment: Record<string, unknown>): string | undefined {
  return textOf(comment.plain_body) ?? textOf(comment.body);
}
