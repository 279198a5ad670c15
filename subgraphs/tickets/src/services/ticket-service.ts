import { randomUUID } from 'node:crypto';
import { ClientErrors, type DomainEvent, type Identity } from '@support-graph/runtime';
import { isId, LIMITS, optionalText, requiredText, validEmail, validId, validTags } from '../domain/input-limits.js';
import { slaDueAt } from '../domain/sla-policy.js';
import { canMove } from '../domain/status-workflow.js';
import {
  MessageAuthorRole,
  TicketChannel,
  TicketPriority,
  TicketStatus,
} from '../domain/ticket-enums.js';
import type { CustomerRecord, HistoryRecord, MessageRecord, TicketRecord } from '../store/ticket-records.js';
import { StoreConflictError, StoreNotFoundError, type TicketFilter, type TicketPage, type TicketScope, type TicketStore } from '../store/ticket-store.js';
import { assertMayAccessTicket, assertStaff, isCustomer, isPartner, ownsCustomerRecord } from './ticket-access.js';
import type { FieldChange } from '../events/tickets-events.js';
import { ticketMetrics } from './ticket-metrics.js';
import { messageAdded, statusChanged, ticketAssigned, ticketCreated, ticketUpdated } from './ticket-event-factories.js';

export interface CreateTicketCommand {
  readonly subject: string;
  readonly description: string;
  readonly channel?: TicketChannel | null;
  readonly priority?: TicketPriority | null;
  readonly tags?: readonly string[] | null;
  readonly customer?: { readonly email: string; readonly name?: string | null } | null;
  /** Set by channels, not the API: the source's own id (`email:<Message-ID>`), so a retried delivery finds the ticket it opened. */
  readonly externalId?: string;
}

export interface UpdateTicketCommand {
  /** The version the caller read; the update fails with CONFLICT when the ticket moved on. */
  readonly version: number;
  readonly subject?: string | null;
  readonly description?: string | null;
  readonly priority?: TicketPriority | null;
  readonly category?: string | null;
  readonly tags?: readonly string[] | null;
}

export interface AddMessageCommand {
  readonly body: string;
  readonly internal?: boolean | null;
}

const MAX_PAGE = 100;

function authorRoleOf(identity: Identity): MessageAuthorRole {
  if (identity.role === 'customer') return MessageAuthorRole.CUSTOMER;
  if (identity.role === 'service') return MessageAuthorRole.AI;
  // A partner's message is the integration's (its name is the author id), never an agent's.
  if (identity.role === 'partner') return MessageAuthorRole.PARTNER;
  return MessageAuthorRole.AGENT;
}

/** Where a ticket comes from when the caller does not say: the help page, a partner integration, or the API. */
function defaultChannel(identity: Identity): TicketChannel {
  if (isCustomer(identity)) return TicketChannel.WEB;
  return isPartner(identity) ? TicketChannel.PARTNER : TicketChannel.API;
}

/** A scope that matches no ticket: a customer with no customer record yet. */
const NOTHING: TicketScope = { customerId: '00000000-0000-0000-0000-000000000000' };

function historyEntry(identity: Identity, at: Date, change: FieldChange): HistoryRecord {
  return { changedAt: at, actor: identity.subject, field: change.field, from: change.from ?? null, to: change.to ?? null };
}

/**
 * The tickets use cases: validation, the access rule, the workflow, history and events. Resolvers
 * stay thin; the store only persists.
 */
export class TicketService {
  constructor(
    private readonly store: TicketStore,
    private readonly now: () => Date = () => new Date(),
    /** Called after every commit, so the outbox relay publishes at once instead of at its next poll. */
    private readonly onCommitted: () => void = () => {},
  ) {}

  async createTicket(identity: Identity, command: CreateTicketCommand): Promise<TicketRecord> {
    const subject = requiredText('subject', command.subject, LIMITS.subject);
    const description = requiredText('description', command.description, LIMITS.description);
    const tags = validTags('tags', command.tags ?? []);
    const priority = command.priority ?? TicketPriority.NORMAL;
    const customer = this.customerFor(identity, command.customer ?? undefined);
    const createdAt = this.now();
    const id = randomUUID();
    const ticket = await this.store.createTicket(
      {
        id,
        subject,
        description,
        status: TicketStatus.NEW,
        priority,
        category: null,
        channel: command.channel ?? defaultChannel(identity),
        tags,
        tagIndex: `|${tags.join('|')}|`,
        assigneeId: null,
        integration: identity.role === 'partner' ? identity.subject : null,
        externalId: command.externalId ?? null,
        messages: [],
        history: [{ changedAt: createdAt, actor: identity.subject, field: 'status', from: null, to: TicketStatus.NEW }],
        createdAt,
        updatedAt: createdAt,
        firstResponseAt: null,
        resolvedAt: null,
        slaDueAt: slaDueAt({ createdAt, priority, firstResponseAt: null }),
      },
      { id: randomUUID(), createdAt, ...customer },
      (created) => [ticketCreated(created)],
    );
    this.onCommitted();
    ticketMetrics.created(ticket);
    return ticket;
  }

  /** The tickets `identity` may reach at all (see ticket-access.ts). */
  private async scopeOf(identity: Identity): Promise<TicketScope> {
    if (isPartner(identity)) return { integration: identity.subject };
    if (!isCustomer(identity)) return {};
    const own = await this.store.findCustomerByEmail(identity.subject.toLowerCase());
    return own ? { customerId: own.id } : NOTHING;
  }

  async getTicket(identity: Identity, rawId: string): Promise<TicketRecord> {
    const id = validId('id', rawId);
    const ticket = await this.store.findTicket(id, await this.scopeOf(identity));
    if (!ticket) throw ClientErrors.notFound('Ticket', id);
    return ticket;
  }

  /** For federation's `_entities`: tickets the caller may see, in the order asked, null for the rest. */
  async getTicketsByIds(identity: Identity, ids: readonly string[]): Promise<(TicketRecord | null)[]> {
    const visible = await this.store.findTickets(ids.filter(isId), await this.scopeOf(identity));
    const byId = new Map(visible.map((ticket) => [ticket.id, ticket]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async listTickets(identity: Identity, filter: TicketFilter, first: number, after?: string | null): Promise<TicketPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw ClientErrors.badInput('first', `must be between 1 and ${MAX_PAGE}`);
    const afterNumber = after ? decodeCursor(after) : undefined;
    let scoped = filter;
    if (filter.customerId !== undefined) scoped = { ...scoped, customerId: validId('filter.customerId', filter.customerId) };
    if (filter.assigneeId !== undefined) scoped = { ...scoped, assigneeId: requiredText('filter.assigneeId', filter.assigneeId, 200) };
    if (filter.tag !== undefined) scoped = { ...scoped, tag: validTags('filter.tag', [filter.tag])[0] ?? '' };
    if (filter.text !== undefined) scoped = { ...scoped, text: requiredText('filter.text', filter.text, LIMITS.subject) };
    // A customer's list is always their own, a partner's its integration's, whatever filter they send.
    const scope = await this.scopeOf(identity);
    if (scope === NOTHING) return { items: [], totalCount: 0, hasNextPage: false };
    return this.store.listTickets({ ...scoped, ...scope }, first, afterNumber);
  }

  async getCustomer(identity: Identity, rawId: string): Promise<CustomerRecord> {
    const id = validId('id', rawId);
    const customer = await this.store.findCustomer(id);
    if (!customer || (isCustomer(identity) && !ownsCustomerRecord(identity, customer))) throw ClientErrors.notFound('Customer', id);
    return customer;
  }

  async getCustomersByIds(identity: Identity, ids: readonly string[]): Promise<(CustomerRecord | null)[]> {
    const customers = await this.store.findCustomers(ids.filter(isId));
    const byId = new Map(
      customers.filter((customer) => !isCustomer(identity) || ownsCustomerRecord(identity, customer)).map((c) => [c.id, c]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }

  async addMessage(identity: Identity, rawId: string, command: AddMessageCommand): Promise<TicketRecord> {
    const id = validId('ticketId', rawId);
    const body = requiredText('body', command.body, LIMITS.messageBody);
    const internal = command.internal ?? false;
    if (internal) assertStaff(identity, 'write internal notes');
    /** Set when this message is the team's first response: when it was due before it. */
    let firstResponseDue: { dueAt: Date | null } | undefined;
    const changed = await this.change(identity, id, undefined, (ticket, at) => {
      const message: MessageRecord = {
        id: randomUUID(),
        authorId: identity.subject,
        authorRole: authorRoleOf(identity),
        body,
        internal,
        createdAt: at,
      };
      ticket.messages.push(message);
      const events: DomainEvent[] = [messageAdded(ticket, message)];
      // A partner's message is not the support team answering: it neither counts as the first
      // response nor moves the ticket along the workflow.
      if (!internal && !isCustomer(identity) && !isPartner(identity)) {
        if (!ticket.firstResponseAt) {
          firstResponseDue = { dueAt: ticket.slaDueAt };
          ticket.firstResponseAt = at;
          ticket.slaDueAt = slaDueAt(ticket);
        }
        if (ticket.status === TicketStatus.NEW) events.push(this.move(identity, ticket, TicketStatus.OPEN, at));
      }
      // The customer answered what we asked: the ticket is back with the team (and triage runs again).
      if (isCustomer(identity) && ticket.status === TicketStatus.PENDING_CUSTOMER) {
        events.push(this.move(identity, ticket, TicketStatus.OPEN, at));
      }
      return events;
    });
    if (firstResponseDue) ticketMetrics.firstResponse(changed, firstResponseDue.dueAt);
    return changed;
  }

  async changeStatus(identity: Identity, rawId: string, status: TicketStatus, version?: number | null): Promise<TicketRecord> {
    const id = validId('id', rawId);
    assertStaff(identity, 'change a ticket status');
    const changed = await this.change(identity, id, version ?? undefined, (ticket, at) => [this.move(identity, ticket, status, at)]);
    if (status === TicketStatus.RESOLVED) ticketMetrics.resolved(changed);
    return changed;
  }

  async assign(identity: Identity, rawId: string, assigneeId: string | null, version?: number | null): Promise<TicketRecord> {
    const id = validId('id', rawId);
    assertStaff(identity, 'assign tickets');
    const assignee = assigneeId === null ? null : requiredText('assigneeId', assigneeId, 200);
    return this.change(identity, id, version ?? undefined, (ticket, at) => {
      if (ticket.assigneeId === assignee) return [];
      const from = ticket.assigneeId;
      ticket.assigneeId = assignee;
      ticket.history.push(historyEntry(identity, at, { field: 'assignee', from, to: assignee }));
      return [ticketAssigned(ticket, from, assignee)];
    });
  }

  async updateTicket(identity: Identity, rawId: string, command: UpdateTicketCommand): Promise<TicketRecord> {
    const id = validId('id', rawId);
    assertStaff(identity, 'edit tickets');
    if (!Number.isInteger(command.version) || command.version < 1) throw ClientErrors.badInput('version', 'must be a positive integer');
    const subject = optionalText('subject', command.subject, LIMITS.subject);
    const description = optionalText('description', command.description, LIMITS.description);
    const category = optionalText('category', command.category, LIMITS.category);
    const tags = command.tags ? validTags('tags', command.tags) : undefined;
    return this.change(identity, id, command.version, (ticket, at) => {
      const changes: FieldChange[] = [];
      const set = <K extends 'subject' | 'description' | 'priority' | 'category'>(field: K, value: TicketRecord[K] | undefined) => {
        if (value === undefined || value === null || ticket[field] === value) return;
        changes.push({ field, from: ticket[field], to: value });
        ticket[field] = value;
      };
      set('subject', subject);
      set('description', description);
      set('category', category);
      if (command.priority && command.priority !== ticket.priority) {
        set('priority', command.priority);
        ticket.slaDueAt = slaDueAt(ticket);
      }
      if (tags && tags.join('|') !== ticket.tags.join('|')) {
        changes.push({ field: 'tags', from: ticket.tags.join(','), to: tags.join(',') });
        ticket.tags = tags;
        ticket.tagIndex = `|${tags.join('|')}|`;
      }
      for (const change of changes) ticket.history.push(historyEntry(identity, at, change));
      return changes.length > 0 ? [ticketUpdated(ticket, changes)] : [];
    });
  }

  /** Applies a status move to a ticket being changed, or throws INVALID_STATUS_TRANSITION. */
  private move(identity: Identity, ticket: TicketRecord, to: TicketStatus, at: Date): DomainEvent {
    const from = ticket.status;
    if (!canMove(from, to)) throw ClientErrors.invalidStatusTransition(from, to);
    ticket.status = to;
    if (to === TicketStatus.RESOLVED) ticket.resolvedAt = at;
    if (from === TicketStatus.RESOLVED && to === TicketStatus.OPEN) ticket.resolvedAt = null;
    ticket.history.push(historyEntry(identity, at, { field: 'status', from, to }));
    return statusChanged(ticket, from, to);
  }

  private async change(
    identity: Identity,
    id: string,
    version: number | undefined,
    apply: (ticket: TicketRecord, at: Date) => DomainEvent[],
  ): Promise<TicketRecord> {
    const scope = await this.scopeOf(identity);
    try {
      const updated = await this.store.updateTicket(
        id,
        version,
        (ticket, customer) => {
          assertMayAccessTicket(identity, ticket, customer);
          const at = this.now();
          const events = apply(ticket, at);
          if (events.length > 0) ticket.updatedAt = at;
          return events;
        },
        scope,
      );
      this.onCommitted();
      return updated;
    } catch (error) {
      if (error instanceof StoreNotFoundError) throw ClientErrors.notFound('Ticket', id);
      if (error instanceof StoreConflictError) throw ClientErrors.conflict('The ticket was changed since you read it; reload and retry');
      throw error;
    }
  }

  private customerFor(identity: Identity, requested: CreateTicketCommand['customer']): { email: string; name: string } {
    if (isCustomer(identity)) {
      const email = validEmail('customer.email', identity.subject);
      if (requested && validEmail('customer.email', requested.email) !== email) {
        throw ClientErrors.forbidden('Customers can only open tickets for themselves');
      }
      const name = optionalText('customer.name', requested?.name ?? identity.name, LIMITS.customerName);
      return { email, name: name ?? email.split('@')[0] ?? email };
    }
    if (!requested) throw ClientErrors.badInput('customer', 'is required when staff open a ticket');
    const email = validEmail('customer.email', requested.email);
    const name = optionalText('customer.name', requested.name, LIMITS.customerName);
    return { email, name: name ?? email.split('@')[0] ?? email };
  }
}

/** Cursors are opaque to clients: base64url of the last ticket number seen. */
export function encodeCursor(number: number): string {
  return Buffer.from(`n:${number}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^n:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw ClientErrors.badInput('after', 'is not a valid cursor');
  return Number(match[1]);
}
