import { createHash } from 'node:crypto';
import { ClientErrors } from '@support-graph/runtime';
import { LIMITS, optionalText, requiredText, validEmail } from '../domain/input-limits.js';
import { MessageAuthorRole, TicketChannel, TicketPriority, TicketStatus } from '../domain/ticket-enums.js';
import type { MessageRecord } from '../store/ticket-records.js';
import type { ImportRecord } from './import-record.js';

/** A record that passed validation: what the importer writes. */
export interface ImportedTicket {
  readonly externalId: string;
  readonly subject: string;
  readonly description: string;
  readonly status: TicketStatus;
  readonly priority: TicketPriority;
  readonly channel: TicketChannel;
  /** Lower-case `a-z0-9_-`, as triage categories are (`Card arrival` → `card_arrival`). */
  readonly category: string | null;
  /** A routing team key, keyed like categories; only with a category. */
  readonly team: string | null;
  readonly tags: string[];
  readonly customer: { readonly email: string; readonly name: string };
  readonly assignee: string | null;
  readonly createdAt: Date;
  readonly resolvedAt: Date | null;
  /** Ids derived from the external ids, so a re-import recognises messages it already has. */
  readonly messages: MessageRecord[];
}

/** The words of every supported help desk for a status, priority or channel. */
const STATUS_WORDS: Readonly<Record<string, TicketStatus>> = {
  new: TicketStatus.NEW,
  open: TicketStatus.OPEN,
  pending: TicketStatus.PENDING_CUSTOMER,
  pending_customer: TicketStatus.PENDING_CUSTOMER,
  hold: TicketStatus.PENDING_CUSTOMER,
  on_hold: TicketStatus.PENDING_CUSTOMER,
  escalated: TicketStatus.ESCALATED,
  solved: TicketStatus.RESOLVED,
  resolved: TicketStatus.RESOLVED,
  closed: TicketStatus.CLOSED,
};
const PRIORITY_WORDS: Readonly<Record<string, TicketPriority>> = {
  low: TicketPriority.LOW,
  normal: TicketPriority.NORMAL,
  medium: TicketPriority.NORMAL,
  high: TicketPriority.HIGH,
  urgent: TicketPriority.URGENT,
};
const CHANNEL_WORDS: Readonly<Record<string, TicketChannel>> = {
  web: TicketChannel.WEB,
  portal: TicketChannel.WEB,
  email: TicketChannel.EMAIL,
  chat: TicketChannel.CHAT,
  phone: TicketChannel.PHONE,
  api: TicketChannel.API,
  partner: TicketChannel.PARTNER,
};
const FINISHED: readonly TicketStatus[] = [TicketStatus.RESOLVED, TicketStatus.CLOSED];

/** Checks one parsed record; throws a BAD_USER_INPUT error whose message names the field. */
export function validateImportRecord(record: ImportRecord): ImportedTicket {
  const externalId = requiredText('externalId', record.externalId ?? '', 200);
  const status = word('status', record.status ?? 'new', STATUS_WORDS);
  const createdAt = date('createdAt', record.createdAt) ?? new Date();
  const resolvedAt = FINISHED.includes(status) ? (date('resolvedAt', record.resolvedAt) ?? createdAt) : null;
  if (resolvedAt && resolvedAt < createdAt) throw ClientErrors.badInput('resolvedAt', 'is before createdAt');
  const email = validEmail('customer.email', record.customerEmail ?? '');
  const messages = record.messages.map((message, index): MessageRecord => {
    const messageId = message.externalId ?? String(index + 1);
    return {
      id: messageUuid(externalId, messageId),
      authorId: optionalText(`messages[${index}].authorId`, message.authorId, 200) ?? (message.author === 'CUSTOMER' ? 'customer' : 'imported-agent'),
      authorRole: message.author === 'CUSTOMER' ? MessageAuthorRole.CUSTOMER : MessageAuthorRole.AGENT,
      body: requiredText(`messages[${index}].body`, message.body ?? '', LIMITS.messageBody),
      internal: message.internal,
      createdAt: date(`messages[${index}].createdAt`, message.createdAt) ?? createdAt,
    };
  });
  return {
    externalId,
    subject: requiredText('subject', record.subject ?? '', LIMITS.subject),
    description: requiredText('description', record.description ?? record.subject ?? '', LIMITS.description),
    status,
    priority: word('priority', record.priority ?? 'normal', PRIORITY_WORDS),
    channel: word('channel', record.channel ?? 'web', CHANNEL_WORDS),
    category: record.category ? category(record.category) : null,
    team: record.category && record.team ? teamKey(record.team) : null,
    tags: tags(record.tags),
    customer: { email, name: optionalText('customer.name', record.customerName, LIMITS.customerName) ?? email.split('@')[0] ?? email },
    assignee: optionalText('assignee', record.assignee, 200) ?? null,
    createdAt,
    resolvedAt,
    messages: messages.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  };
}

function word<T>(field: string, value: string, words: Readonly<Record<string, T>>): T {
  const known = words[value.trim().toLowerCase().replace(/[\s-]+/g, '_')];
  if (known === undefined) throw ClientErrors.badInput(field, `"${value.slice(0, 40)}" is not one of ${Object.keys(words).join(', ')}`);
  return known;
}

function date(field: string, value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) throw ClientErrors.badInput(field, 'is not an ISO 8601 date');
  return parsed;
}

/** Vendors' categories are display names ("Refund not showing up"); triage keys them as `refund_not_showing_up`. */
function category(value: string): string {
  const key = value.trim().toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, LIMITS.category);
  if (!key) throw ClientErrors.badInput('category', 'has no letters or digits');
  return key;
}

/** Routing team keys are lower-case and hyphenated (`card-security`). */
function teamKey(value: string): string {
  const key = value.trim().toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100);
  if (!key) throw ClientErrors.badInput('team', 'has no letters or digits');
  return key;
}

/** Vendors allow tags our rules do not (spaces, capitals): normalise them instead of refusing the ticket. */
function tags(values: readonly string[]): string[] {
  const normalised = values
    .map((tag) => tag.trim().toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|-+$/g, '').slice(0, 40))
    .filter((tag) => tag !== '');
  return [...new Set(normalised)].slice(0, LIMITS.tags);
}

/** A stable UUID-shaped id for a message of an imported ticket. */
function messageUuid(ticketExternalId: string, messageExternalId: string): string {
  const hex = createHash('sha256').update(`${ticketExternalId}\u0000${messageExternalId}`).digest('hex');
  // Version 8 (custom) and the RFC 4122 variant, so it passes the same UUID checks as random ids.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
