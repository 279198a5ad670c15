import type { TicketChannel, TicketPriority, TicketStatus, MessageAuthorRole, CustomerTier } from '../domain/ticket-enums.js';

/** One entry of a ticket's conversation. Stored inside the ticket (one document / one row). */
export interface MessageRecord {
  id: string;
  authorId: string;
  authorRole: MessageAuthorRole;
  body: string;
  /** Internal notes are for the support team only. */
  internal: boolean;
  createdAt: Date;
}

/** Who changed what, when: one entry per changed field. */
export interface HistoryRecord {
  changedAt: Date;
  actor: string;
  field: string;
  from: string | null;
  to: string | null;
}

export interface TicketRecord {
  id: string;
  /** Human number, shown as `SUP-<number>`. Unique, increasing. */
  number: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string | null;
  channel: TicketChannel;
  tags: string[];
  /** `|tag1|tag2|`: lets both SQLite and MongoDB filter by one tag with the same query. */
  tagIndex: string;
  customerId: string;
  assigneeId: string | null;
  /** Name of the partner integration (API key) that opened the ticket; null for everyone else. */
  integration: string | null;
  /** Id in the help desk it was imported from (`zendesk:123`, or the file's own id); null when created here. */
  externalId: string | null;
  messages: MessageRecord[];
  history: HistoryRecord[];
  createdAt: Date;
  updatedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  slaDueAt: Date;
  version: number;
}

export interface CustomerRecord {
  id: string;
  email: string;
  name: string;
  tier: CustomerTier;
  createdAt: Date;
}

/** A domain event waiting in the transactional outbox until the relay has published it. */
export interface OutboxRecord {
  /** The event id: consumers dedupe by it. */
  id: string;
  /** Insertion order, so events of one ticket are published in the order they happened. */
  sequence: number;
  type: string;
  aggregateId: string;
  payload: string;
  occurredAt: Date;
  publishedAt: Date | null;
  /** W3C trace context of the request that committed it (nullable column: rows from before tracing have none). */
  traceparent?: string | null;
}
