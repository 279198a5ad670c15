import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager, type FilterQuery, type MikroORM } from '@mikro-orm/core';
import type { DomainEvent } from '@support-graph/runtime';
import { CustomerTier } from '../../domain/ticket-enums.js';
import type { CustomerRecord, OutboxRecord, TicketRecord } from '../ticket-records.js';
import {
  StoreConflictError,
  StoreNotFoundError,
  type CustomerDraft,
  type EventsFor,
  type TicketDraft,
  type TicketFilter,
  type TicketPage,
  type TicketStore,
} from '../ticket-store.js';
import type { EntitySchemas } from './mikro-orm-entity-schemas.js';

/** Hands out the next value of a named counter inside the caller's transaction; differs per database. */
export type NextSequenceValue = (transaction: EntityManager, name: string) => Promise<number>;

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

/** The TicketStore on MikroORM; the same code serves SQLite and MongoDB (see create-ticket-store.ts). */
export class MikroOrmTicketStore implements TicketStore {
  private readonly outboxClock = new MonotonicSequence();

  constructor(
    private readonly orm: MikroORM,
    private readonly entities: EntitySchemas,
    private readonly nextValue: NextSequenceValue,
    private readonly pingDatabase: () => Promise<void>,
  ) {}

  async createTicket(draft: TicketDraft, customerDraft: CustomerDraft, events: EventsFor): Promise<TicketRecord> {
    return this.withUniqueRetry(() =>
      this.orm.em.fork().transactional(async (tx) => {
        let customer = await tx.findOne(this.entities.Customer, { email: customerDraft.email });
        if (!customer) {
          customer = tx.create(this.entities.Customer, { ...customerDraft, tier: CustomerTier.STANDARD });
        }
        const number = await this.nextValue(tx, 'ticket');
        const ticket = tx.create(this.entities.Ticket, { ...draft, number, customerId: customer.id, version: 1 });
        this.enqueue(tx, events(ticket, customer));
        await tx.flush();
        return ticket;
      }),
    );
  }

  async findTicket(id: string): Promise<TicketRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Ticket, { id });
  }

  async findTickets(ids: readonly string[]): Promise<TicketRecord[]> {
    if (ids.length === 0) return [];
    return this.orm.em.fork().find(this.entities.Ticket, { id: { $in: [...ids] } });
  }

  async listTickets(filter: TicketFilter, first: number, afterNumber?: number): Promise<TicketPage> {
    const em = this.orm.em.fork();
    const where = this.toWhere(filter);
    const pageWhere: FilterQuery<TicketRecord> =
      afterNumber === undefined ? where : { $and: [where, { number: { $lt: afterNumber } }] };
    const [rows, totalCount] = await Promise.all([
      em.find(this.entities.Ticket, pageWhere, { orderBy: { number: 'desc' }, limit: first + 1 }),
      em.count(this.entities.Ticket, where),
    ]);
    return { items: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }

  async updateTicket(
    id: string,
    expectedVersion: number | undefined,
    change: (ticket: TicketRecord, customer: CustomerRecord) => DomainEvent[],
  ): Promise<TicketRecord> {
    try {
      return await this.orm.em.fork().transactional(async (tx) => {
        const ticket = await tx.findOne(this.entities.Ticket, { id });
        if (!ticket) throw new StoreNotFoundError(`Ticket ${id} not found`);
        if (expectedVersion !== undefined && ticket.version !== expectedVersion) {
          throw new StoreConflictError(`Ticket ${id} is at version ${ticket.version}, not ${expectedVersion}`);
        }
        const customer = await tx.findOneOrFail(this.entities.Customer, { id: ticket.customerId });
        // Embedded arrays are compared by snapshot; copying them makes in-place pushes visible to the unit of work.
        ticket.messages = [...ticket.messages];
        ticket.history = [...ticket.history];
        this.enqueue(tx, change(ticket, customer));
        await tx.flush();
        return ticket;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new StoreConflictError(`Ticket ${id} was changed by someone else`);
      throw error;
    }
  }

  async findCustomer(id: string): Promise<CustomerRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Customer, { id });
  }

  async findCustomers(ids: readonly string[]): Promise<CustomerRecord[]> {
    if (ids.length === 0) return [];
    return this.orm.em.fork().find(this.entities.Customer, { id: { $in: [...ids] } });
  }

  async findCustomerByEmail(email: string): Promise<CustomerRecord | null> {
    return this.orm.em.fork().findOne(this.entities.Customer, { email });
  }

  async pendingEvents(limit: number): Promise<OutboxRecord[]> {
    return this.orm.em.fork().find(this.entities.Outbox, { publishedAt: null }, { orderBy: { sequence: 'asc' }, limit });
  }

  async markPublished(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.orm.em.fork().nativeUpdate(this.entities.Outbox, { id: { $in: [...ids] } }, { publishedAt: new Date() });
  }

  async ping(): Promise<void> {
    await this.pingDatabase();
  }

  async close(): Promise<void> {
    await this.orm.close();
  }

  private enqueue(tx: EntityManager, events: readonly DomainEvent[]): void {
    for (const event of events) {
      tx.create(this.entities.Outbox, {
        id: event.id,
        sequence: this.outboxClock.next(),
        type: event.type,
        aggregateId: event.aggregateId,
        payload: JSON.stringify(event.payload),
        occurredAt: new Date(event.occurredAt),
        publishedAt: null,
      });
    }
  }

  private toWhere(filter: TicketFilter): FilterQuery<TicketRecord> {
    const where: Record<string, unknown> = {};
    if (filter.status?.length) where['status'] = { $in: [...filter.status] };
    if (filter.priority?.length) where['priority'] = { $in: [...filter.priority] };
    if (filter.assigneeId !== undefined) where['assigneeId'] = filter.assigneeId;
    if (filter.customerId !== undefined) where['customerId'] = filter.customerId;
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
