import 'reflect-metadata';
import { buildFederatedSchema } from '@support-graph/runtime';
import type { GraphQLSchema } from 'graphql';
import { AttachmentResolver, TicketAttachmentsResolver } from './attachments/schema/attachment-resolver.js';
import { TicketMessageDeliveryResolver } from './email/schema/email-delivery-resolver.js';
import { ApiKeyResolver, TeamResolver, UserResolver } from './directory/directory-resolver.js';
import { AuditLogResolver } from './audit/audit-resolver.js';
import { TicketImportResolver } from './import/import-resolver.js';
import { ticketsPermissions } from './permissions/tickets-permissions.js';
import { PrivacyResolver } from './privacy/privacy-resolver.js';
import { CustomerResolver } from './resolvers/customer-resolver.js';
import { CustomerPiiResolver, TicketHistoryPiiResolver, TicketMessagePiiResolver, TicketPiiResolver } from './resolvers/pii-field-resolvers.js';
import { TicketResolver } from './resolvers/ticket-resolver.js';
import { TicketSubscriptionResolver } from './subscriptions/ticket-subscription-resolver.js';
import type { TicketsContext } from './tickets-context.js';

/** The tickets subgraph schema: type-graphql resolvers, federation reference resolvers and field rules. */
export function buildTicketsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TicketResolver, CustomerResolver, CustomerPiiResolver, TicketPiiResolver, TicketMessagePiiResolver, TicketHistoryPiiResolver, UserResolver, TeamResolver, ApiKeyResolver, TicketSubscriptionResolver, AuditLogResolver, PrivacyResolver, TicketImportResolver, AttachmentResolver, TicketAttachmentsResolver, TicketMessageDeliveryResolver], validate: false },
    {
      Ticket: { __resolveReference: (reference: { id: string }, context: TicketsContext) => context.tickets.load(reference.id) },
      Customer: { __resolveReference: (reference: { id: string }, context: TicketsContext) => context.customers.load(reference.id) },
      User: { __resolveReference: (reference: { id: string }, context: TicketsContext) => context.users.load(reference.id) },
    },
    ticketsPermissions,
  );
}
