import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClientErrors } from '@support-graph/runtime';
import { validId } from '../domain/input-limits.js';
import { formatTicketNumber } from '../domain/ticket-number.js';
import { TicketStatus } from '../schema/enums.js';
import { AddMessageInput, CreateTicketInput, TicketFilterInput, UpdateTicketInput } from '../schema/input-types.js';
import { CustomerType, TicketConnectionType, TicketMessageType, TicketType } from '../schema/object-types.js';
import { visibleMessages, type VisibleMessage } from '../services/message-visibility.js';
import { encodeCursor } from '../services/ticket-service.js';
import type { TicketRecord } from '../store/ticket-records.js';
import { UserType } from '../directory/schema/directory-types.js';
import type { UserRecord } from '../directory/store/directory-records.js';
import type { TicketsContext } from '../tickets-context.js';

@Resolver(() => TicketType)
export class TicketResolver {
  @Query(() => TicketType, { nullable: true, description: 'One ticket; customers only see their own' })
  async ticket(@Arg('id', () => ID) id: string, @Ctx() context: TicketsContext): Promise<TicketRecord> {
    return context.service.getTicket(context.identity, id);
  }

  @Query(() => TicketConnectionType, { description: 'Tickets, newest first, as a cursor connection' })
  async tickets(
    @Ctx() context: TicketsContext,
    @Arg('filter', () => TicketFilterInput, { nullable: true }) filter?: TicketFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<TicketConnectionType> {
    const page = await context.service.listTickets(
      context.identity,
      {
        ...(filter?.status ? { status: filter.status } : {}),
        ...(filter?.priority ? { priority: filter.priority } : {}),
        ...(filter?.assigneeId != null ? { assigneeId: filter.assigneeId } : {}),
        ...(filter?.teamId != null ? { assigneeIds: (await context.directory.teamMembers(validId('filter.teamId', filter.teamId))).map((user) => user.id) } : {}),
        ...(filter?.customerId != null ? { customerId: filter.customerId } : {}),
        ...(filter?.tag != null ? { tag: filter.tag } : {}),
        ...(filter?.text != null ? { text: filter.text } : {}),
      },
      first,
      after,
    );
    const edges = page.items.map((ticket) => ({ cursor: encodeCursor(ticket.number), node: ticket }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Mutation(() => TicketType, { nullable: true })
  async createTicket(@Arg('input', () => CreateTicketInput) input: CreateTicketInput, @Ctx() context: TicketsContext): Promise<TicketRecord> {
    return context.service.createTicket(context.identity, input);
  }

  @Mutation(() => TicketType, { nullable: true, description: 'Adds a reply or an internal note to the conversation' })
  async addMessage(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('input', () => AddMessageInput) input: AddMessageInput,
    @Ctx() context: TicketsContext,
  ): Promise<TicketRecord> {
    return context.service.addMessage(context.identity, ticketId, input);
  }

  @Mutation(() => TicketType, { nullable: true, description: 'Moves a ticket along the workflow; illegal moves fail with INVALID_STATUS_TRANSITION' })
  async changeTicketStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => TicketStatus) status: TicketStatus,
    @Ctx() context: TicketsContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<TicketRecord> {
    return context.service.changeStatus(context.identity, id, status, version);
  }

  @Mutation(() => TicketType, { nullable: true, description: 'Assigns a ticket; a null assignee unassigns it' })
  async assignTicket(
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() context: TicketsContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<TicketRecord> {
    return context.service.assign(context.identity, id, assigneeId ?? null, version);
  }

  @Mutation(() => TicketType, { nullable: true, description: 'Edits a ticket with optimistic concurrency on version' })
  async updateTicket(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTicketInput) input: UpdateTicketInput,
    @Ctx() context: TicketsContext,
  ): Promise<TicketRecord> {
    return context.service.updateTicket(context.identity, id, input);
  }

  @FieldResolver(() => String, { description: 'Human ticket number, e.g. SUP-1042' })
  number(@Root() ticket: TicketRecord): string {
    return formatTicketNumber(ticket.number);
  }

  @FieldResolver(() => [TicketMessageType], { description: 'The conversation; internal notes only for the support team' })
  messages(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): VisibleMessage[] {
    return visibleMessages(ticket, context.identity);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The user the ticket is assigned to, when the assignee is a known user' })
  assignee(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<UserRecord | null> | null {
    return ticket.assigneeId ? context.users.load(ticket.assigneeId) : null;
  }

  @FieldResolver(() => CustomerType)
  async customer(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<CustomerType> {
    const customer = await context.customers.load(ticket.customerId);
    if (!customer) throw ClientErrors.notFound('Customer', ticket.customerId);
    return customer;
  }
}
