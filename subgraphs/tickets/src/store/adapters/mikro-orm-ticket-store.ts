import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager, type FilterQuery, type MikroORM } from '@mikro-orm/core';
import { countRows, findPlainRows, type DomainEvent } from '@support-graph/runtime';
import { CustomerTier } from '../../domain/ticket-enums.js';
import type { EncryptedTicketStore, EnvelopeCensus, EnvelopeSweepSummary } from '../encrypted-ticket-store.js';
import type { CustomerRecord, OutboxRecord, TicketRecord } from '../ticket-records.js';
import {
  StoreConflictError,
  StoreNotFoundError,
  type CustomerDraft,
  type CustomerErasure,
  type EventsFor,
  type TicketDraft,
  type TicketFilter,
  type TicketScope,
  type TicketPage,
} from '../ticket-store.js';
import { countEnvelopesByKey, sweepToActiveKey } from './envelope-sweep.js';
import type { EntitySchemas } from './mikro-orm-entity-schemas.js';
import type { TicketFieldEncryption } from './ticket-field-encryption.js';

/** Hands out the next value of a named counter inside the caller's transaction; differs per database. */
export type NextSequenceValue = (transaction: EntityManager, name: string) => Promise<number>;

/** Rows per read while re-encrypting; small enough to keep memory flat, large enough to keep round trips few. */
export const SWEEP_BATCH_SIZE = 200;

/**
 * The blind index of an erased customer: no HMAC output contains a colon, so no email ever matches
 * it again (the address can sign up fresh), and it stays unique (MongoDB's unique index counts nulls).
 */
const ERASED_EMAIL_INDEX_PREFIX = 'erased:';

/** First human ticket number is SEQUENCE_START + 1, i.e. SUP-1001. */
export const SEQUENCE_START = 1000;

/** Characters that are wildcards in LIKE (and in the regex MikroORM builds for MongoDB). */
const LIKE_WILDCARDS = /[%_\\]/g;

/**
 * Orders outbox entries without a database round trip: microseconds since the epoch, bumped when
 * two entries fall in the same microsecond. Strictly increasing within a process, which is what
 * ordering one ticket's events needs (writes to one ticket are serialised by its version).
 */
class MonotonicSequence {
  private last = 0;

  next(): number {
    this.last = Math.max(this.last + 1, Date.now() * 1000);
    return this.last;
  }
}

/**
 * The TicketStore on MikroORM; the same code serves SQLite and MongoDB (see create-ticket-store.ts).
 * Customer email and name and message bodies are sealed into envelopes on the way in and opened on
 * the way out (`fields`); customers are found by the email's blind index, never by plaintext.
 */
export class MikroOrmTicketStore implements EncryptedTicketStore {
  private readonly outboxClock = new MonotonicSequence();

  constructor(
    private readonly orm: MikroORM,
    private readonly entities: EntitySchemas,
    private readonly nextValue: NextSequenceValue,
    private readonly pingDatabase: () => Promise<void>,
    private readonly fields: TicketFieldEncryption,
    /** Drops deleted text from the database files (SQLite: checkpoint + vacuum); nothing to do on MongoDB. */
    private readonly compact: () => Promise<void> = async () => {},
  ) {}

  async createTicket(draft: TicketDraft, customerDraft: CustomerDraft, events: EventsFor): Promise<TicketRecord> {
    return this.withUniqueRetry(() =>
      this.orm.em.fork().transactional(async (tx) => {
        const existing = await tx.findOne(this.entities.Customer, { emailIndex: this.fields.emailIndex(customerDraft.email) });
        const customer: CustomerRecord = existing
          ? this.fields.openCustomer(existing)
          : { ...customerDraft, tier: CustomerTier.STANDARD };
        // Plain inserts, not the unit of work: a new ticket has nothing to diff, and skipping change
        // tracking is a large share of createTicket's cost.
        if (!existing) await tx.insert(this.entities.Customer, this.fields.sealCustomer(customer));
        const number = await this.nextValue(tx, 'ticket');
        const ticket: TicketRecord = { ...draft, number, customerId: customer.id, version: 1 };
        await tx.insert(this.entities.Ticket, { ...ticket, messages: this.fields.sealMessages(ticket.id, ticket.messages) });
        const outbox = this.outboxRows(events(ticket, customer));
        if (outbox.length > 0) await tx.insertMany(this.entities.Outbox, outbox);
        return ticket;
      }),
    );
  }

  // Reads go to the driver as plain rows (runtime findPlainRows): no hydration, identity map or unit of work.
  async findTicket(id: string, scope: TicketScope = {}): Promise<TicketRecord | null> {
    const [stored] = await findPlainRows(this.orm, this.entities.Ticket, { id, ...scopeWhere(scope) }, { limit: 1 });
    return stored ? this.fields.openTicketForReading(stored) : null;
  }

  async findTicketByExternalId(externalId: string): Promise<TicketRecord | null> {
    const stored = await this.orm.em.fork().findOne(this.entities.Ticket, { externalId });
    return stored && this.fields.openTicket(stored);
  }

  async findTickets(ids: readonly string[], scope: TicketScope = {}): Promise<TicketRecord[]> {
    if (ids.length === 0) return [];
    const stored = await findPlainRows(this.orm, this.entities.Ticket, { id: { $in: [...ids] }, ...scopeWhere(scope) });
    return stored.map((ticket) => this.fields.openTicketForReading(ticket));
  }

  async listTickets(filter: TicketFilter, first: number, afterNumber?: number): Promise<TicketPage> {
    const where = this.toWhere(filter);
    const pageWhere: FilterQuery<TicketRecord> =
      afterNumber === undefined ? where : { $and: [where, { number: { $lt: afterNumber } }] };
    const [rows, totalCount] = await Promise.all([
      findPlainRows(this.orm, this.entities.Ticket, pageWhere, { orderBy: { number: 'desc' }, limit: first + 1 }),
      countRows(this.orm, this.entities.Ticket, where),
    ]);
    return { items: rows.slice(0, first).map((ticket) => this.fields.openTicketForReading(ticket)), totalCount, hasNextPage: rows.length > first };
  }

  async updateTicket(
    id: string,
    expectedVersion: number | undefined,
    change: (ticket: TicketRecord, customer: CustomerRecord) => DomainEvent[],
    scope: TicketScope = {},
  ): Promise<TicketRecord> {
    try {
      return await this.orm.em.fork().transactional(async (tx) => {
        const stored = await tx.findOne(this.entities.Ticket, { id, ...scopeWhere(scope) });
        if (!stored) throw new StoreNotFoundError(`Ticket ${id} not found`);
        if (expectedVersion !== undefined && stored.version !== expectedVersion) {
          throw new StoreConflictError(`Ticket ${id} is at version ${stored.version}, not ${expectedVersion}`);
        }
        const customer = await tx.findOneOrFail(this.entities.Customer, { id: stored.customerId });
        // `change` works on a plaintext copy; what it changed is copied back, message bodies sealed again.
        const ticket = this.fields.openTicket(stored);
        this.enqueue(tx, change(ticket, this.fields.openCustomer(customer)));
        const { id: _id, version: _version, ...changed } = ticket;
        Object.assign(stored, changed, { messages: this.fields.sealMessages(id, ticket.messages) });
        await tx.flush();
        return { ...ticket, version: stored.version };
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new StoreConflictError(`Ticket ${id} was changed by someone else`);
      throw error;
    }
  }

  async findCustomer(id: string): Promise<CustomerRecord | null> {
    const [stored] = await findPlainRows(this.orm, this.entities.Customer, { id }, { limit: 1 });
    return stored ? this.fields.openCustomer(stored) : null;
  }

  async findCustomers(ids: readonly string[]): Promise<CustomerRecord[]> {
    if (ids.length === 0) return [];
    const stored = await findPlainRows(this.orm, this.entities.Customer, { id: { $in: [...ids] } });
    return stored.map((customer) => this.fields.openCustomer(customer));
  }

  async findCustomerByEmail(email: string): Promise<CustomerRecord | null> {
    const stored = await this.orm.em.fork().findOne(this.entities.Customer, { emailIndex: this.fields.emailIndex(email) });
    return stored && this.fields.openCustomer(stored);
  }

  async eraseCustomer(customerId: string, erasure: CustomerErasure): Promise<{ readonly ticketIds: string[] } | null> {
    const erased = await this.orm.em.fork().transactional(async (tx) => {
      const stored = await tx.findOne(this.entities.Customer, { id: customerId });
      if (!stored) return null;
      const customer = this.fields.openCustomer(stored);
      const sealed = this.fields.sealCustomer({ ...customer, ...erasure.customer(customer) });
      Object.assign(stored, { email: sealed.email, name: sealed.name, emailIndex: `${ERASED_EMAIL_INDEX_PREFIX}${customerId}` });
      const tickets = await tx.find(this.entities.Ticket, { customerId });
      for (const storedTicket of tickets) {
        const ticket = this.fields.openTicket(storedTicket);
        erasure.ticket(ticket, customer);
        const { id, version: _version, ...changed } = ticket;
        Object.assign(storedTicket, changed, { messages: this.fields.sealMessages(id, ticket.messages) });
      }
      const ticketIds = tickets.map((ticket) => ticket.id);
      if (ticketIds.length > 0) {
        for (const event of await tx.find(this.entities.Outbox, { aggregateId: { $in: ticketIds } })) event.payload = erasure.outboxPayload(event.payload);
      }
      await tx.flush();
      return { ticketIds };
    });
    if (erased) await this.compact();
    return erased;
  }

  async pendingEvents(limit: number): Promise<OutboxRecord[]> {
    return this.orm.em.fork().find(this.entities.Outbox, { publishedAt: null }, { orderBy: { sequence: 'asc' }, limit });
  }

  async markPublished(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.orm.em.fork().nativeUpdate(this.entities.Outbox, { id: { $in: [...ids] } }, { publishedAt: new Date() });
  }

  async reencryptToActiveKey(options: { readonly batchSize?: number } = {}): Promise<EnvelopeSweepSummary> {
    return sweepToActiveKey(this.orm, this.entities, this.fields, options.batchSize ?? SWEEP_BATCH_SIZE);
  }

  async countEnvelopesByKey(): Promise<EnvelopeCensus> {
    return countEnvelopesByKey(this.orm, this.entities, this.fields, SWEEP_BATCH_SIZE);
  }

  activeKeyId(): string {
    return this.fields.activeKeyId();
  }

  async ping(): Promise<void> {
    await this.pingDatabase();
  }

  async close(): Promise<void> {
    await this.orm.close();
  }

  private outboxRows(events: readonly DomainEvent[]): OutboxRecord[] {
    return events.map((event) => ({
      id: event.id,
      sequence: this.outboxClock.next(),
      type: event.type,
      aggregateId: event.aggregateId,
      payload: JSON.stringify(event.payload),
      occurredAt: new Date(event.occurredAt),
      publishedAt: null,
      traceparent: event.traceparent ?? null,
    }));
  }

  private enqueue(tx: EntityManager, events: readonly DomainEvent[]): void {
    for (const row of this.outboxRows(events)) tx.create(this.entities.Outbox, row);
  }

  private toWhere(filter: TicketFilter): FilterQuery<TicketRecord> {
    const where: Record<string, unknown> = {};
    if (filter.status?.length) where['status'] = { $in: [...filter.status] };
    if (filter.priority?.length) where['priority'] = { $in: [...filter.priority] };
    if (filter.assigneeId !== undefined) where['assigneeId'] = filter.assigneeId;
    if (filter.assigneeIds !== undefined) {
      // Both given: the one assignee, if they are in the set at all.
      const allowed = filter.assigneeId === undefined ? [...filter.assigneeIds] : filter.assigneeIds.filter((id) => id === filter.assigneeId);
      where['assigneeId'] = { $in: allowed };
    }
    if (filter.customerId !== undefined) where['customerId'] = filter.customerId;
    if (filter.integration !== undefined) where['integration'] = filter.integration;
    if (filter.tag !== undefined) where['tagIndex'] = { $like: `%|${filter.tag.replace(LIKE_WILDCARDS, '')}|%` };
    const text = filter.text?.replace(LIKE_WILDCARDS, ' ').trim();
    if (text) {
      const pattern = `%${text}%`;
      where['$or'] = [{ subject: { $like: pattern } }, { description: { $like: pattern } }];
    }
    return where as FilterQuery<TicketRecord>;
  }

  /** Two first tickets from one new email at once: the loser of the unique index retries and finds the customer. */
  private async withUniqueRetry<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return work();
      throw error;
    }
  }
}

/** The scope as query conditions (unset parts add none). */
function scopeWhere(scope: TicketScope): Record<string, string> {
  return {
    ...(scope.customerId === undefined ? {} : { customerId: scope.customerId }),
    ...(scope.integration === undefined ? {} : { integration: scope.integration }),
  };
}
