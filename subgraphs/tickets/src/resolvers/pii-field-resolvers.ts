import { maskEmail, maskFreeText, maskName } from '@support-graph/runtime';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CustomerType, TicketHistoryEntryType, TicketMessageType, TicketType } from '../schema/object-types.js';
import type { CustomerRecord, HistoryRecord, TicketRecord } from '../store/ticket-records.js';
import type { VisibleMessage } from '../services/message-visibility.js';
import type { TicketsContext } from '../tickets-context.js';

/**
 * Analysts see ticket metadata with personal data masked (docs/security.md, "mask"). Whether a
 * role may read these fields at all is the field rules' job; this only shapes what is returned.
 */
function masked(context: TicketsContext): boolean {
  return context.identity.role === 'analyst';
}

/** Free text as an analyst reads it: personal data and the ticket's customer's name masked. */
async function maskedText(text: string, customerId: string, context: TicketsContext): Promise<string> {
  const customer = await context.customers.load(customerId);
  return maskFreeText(text, customer ? [customer.name] : []);
}

@Resolver(() => TicketType)
export class TicketPiiResolver {
  @FieldResolver(() => String)
  async subject(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<string> {
    return masked(context) ? maskedText(ticket.subject, ticket.customerId, context) : ticket.subject;
  }

  @FieldResolver(() => String)
  async description(@Root() ticket: TicketRecord, @Ctx() context: TicketsContext): Promise<string> {
    return masked(context) ? maskedText(ticket.description, ticket.customerId, context) : ticket.description;
  }
}

@Resolver(() => CustomerType)
export class CustomerPiiResolver {
  @FieldResolver(() => String, { nullable: true })
  email(@Root() customer: CustomerRecord, @Ctx() context: TicketsContext): string {
    return masked(context) ? maskEmail(customer.email) : customer.email;
  }

  @FieldResolver(() => String, { nullable: true })
  name(@Root() customer: CustomerRecord, @Ctx() context: TicketsContext): string {
    return masked(context) ? maskName(customer.name) : customer.name;
  }
}

@Resolver(() => TicketMessageType)
export class TicketMessagePiiResolver {
  @FieldResolver(() => String, { nullable: true })
  async body(@Root() message: VisibleMessage, @Ctx() context: TicketsContext): Promise<string> {
    return masked(context) ? maskedText(message.body, message.ticketCustomerId, context) : message.body;
  }

  @FieldResolver(() => String, { nullable: true })
  authorId(@Root() message: VisibleMessage, @Ctx() context: TicketsContext): string {
    return masked(context) && message.authorId.includes('@') ? maskEmail(message.authorId) : message.authorId;
  }
}

@Resolver(() => TicketHistoryEntryType)
export class TicketHistoryPiiResolver {
  @FieldResolver(() => String, { nullable: true })
  actor(@Root() entry: HistoryRecord, @Ctx() context: TicketsContext): string {
    return masked(context) && entry.actor.includes('@') ? maskEmail(entry.actor) : entry.actor;
  }
}
