import type { DomainEvent } from '@support-graph/runtime';
import type { TicketPriority, TicketStatus } from '../domain/ticket-enums.js';
import type { CustomerRecord, OutboxRecord, TicketRecord } from './ticket-records.js';

export interface TicketFilter {
  readonly status?: readonly TicketStatus[];
  readonly priority?: readonly TicketPriority[];
  readonly assigneeId?: string;
  /** Any of these assignees: a team's queue is the tickets assigned to its members. */
  readonly assigneeIds?: readonly string[];
  readonly customerId?: string;
  readonly tag?: string;
  /** Case-insensitive substring of subject or description. */
  readonly text?: string;
  /** Only tickets this partner integration opened. */
  readonly integration?: string;
}

/**
 * Which tickets a caller may reach at all, applied in the query itself: someone else's ticket is
 * not found by the same query that finds no ticket, so the two cannot be told apart, not even by
 * how long the answer takes. Empty: every ticket (staff).
 */
export interface TicketScope {
  readonly customerId?: string;
  readonly integration?: string;
}

export interface TicketPage {
  readonly items: TicketRecord[];
  readonly totalCount: number;
  readonly hasNextPage: boolean;
}

/** A ticket about to be created: everything but what the store assigns (number, customer id, version). */
export type TicketDraft = Omit<TicketRecord, 'number' | 'version' | 'customerId'>;

export interface CustomerDraft {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: Date;
}

/** The ticket as saved plus the domain events that go into the outbox in the same transaction. */
export type EventsFor = (ticket: TicketRecord, customer: CustomerRecord) => DomainEvent[];

/**
 * How to erase a customer (the rules live in privacy/customer-scrubbing.ts; the store applies them
 * inside one transaction). Each function must be idempotent: erasure is retried after a failure.
 */
export interface CustomerErasure {
  /** The email and name that replace the customer's; the email's blind index is tombstoned. */
  readonly customer: (customer: CustomerRecord) => { readonly email: string; readonly name: string };
  /** Scrubs one of the customer's tickets in place (a plaintext copy). */
  readonly ticket: (ticket: TicketRecord, customer: CustomerRecord) => void;
  /** Scrubs the JSON payload of an outbox event of one of those tickets. */
  readonly outboxPayload: (payload: string) => string;
}

/** How to purge tickets' text for retention (rules in retention/ticket-purging.ts). Idempotent, like erasure. */
export interface TicketPurge {
  readonly ticket: (ticket: TicketRecord) => void;
  readonly outboxPayload: (payload: string) => string;
}

export class StoreConflictError extends Error {}
export class StoreNotFoundError extends Error {}

/**
 * Persistence of tickets and customers with a transactional outbox: every write and the events it
 * produces are committed together, so a crash between "saved" and "published" loses nothing.
 * Adapters: MikroORM on SQLite (embedded default) and on MongoDB.
 */
export interface TicketStore {
  /** Creates the ticket, its customer if that email is new, and the events, atomically. */
  createTicket(draft: TicketDraft, customer: CustomerDraft, events: EventsFor): Promise<TicketRecord>;
  findTicket(id: string, scope?: TicketScope): Promise<TicketRecord | null>;
  findTickets(ids: readonly string[], scope?: TicketScope): Promise<TicketRecord[]>;
  /** The ticket imported with this external id, if any. */
  findTicketByExternalId(externalId: string): Promise<TicketRecord | null>;
  /** Newest first; `afterNumber` is the cursor (the last ticket number of the previous page). */
  listTickets(filter: TicketFilter, first: number, afterNumber?: number): Promise<TicketPage>;
  /**
   * Applies `change` to the current ticket and commits it with the events it returns. Throws
   * StoreConflictError when `expectedVersion` is given and is not the stored version (or another
   * writer got there first), StoreNotFoundError when there is no such ticket in `scope`. `change`
   * may throw to abort: nothing is written.
   */
  updateTicket(
    id: string,
    expectedVersion: number | undefined,
    change: (ticket: TicketRecord, customer: CustomerRecord) => DomainEvent[],
    scope?: TicketScope,
  ): Promise<TicketRecord>;
  findCustomer(id: string): Promise<CustomerRecord | null>;
  findCustomers(ids: readonly string[]): Promise<CustomerRecord[]>;
  findCustomerByEmail(email: string): Promise<CustomerRecord | null>;
  /**
   * Applies `erasure` to the customer, all their tickets and those tickets' outbox events in one
   * transaction, then (SQLite) rebuilds the file so the old text is not left in free pages or the
   * WAL. Returns the ticket ids, or null when there is no such customer.
   */
  eraseCustomer(customerId: string, erasure: CustomerErasure): Promise<{ readonly ticketIds: string[] } | null>;
  /**
   * Applies `purge` to the tickets and their outbox events in one transaction, then (SQLite)
   * rebuilds the file as erasure does, so no old text is left in free pages or the WAL.
   */
  purgeTickets(ticketIds: readonly string[], purge: TicketPurge): Promise<void>;
  /** Oldest unpublished outbox entries first. */
  pendingEvents(limit: number): Promise<OutboxRecord[]>;
  markPublished(ids: readonly string[]): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
