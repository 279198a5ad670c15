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
import { AgentRoutingResolver, TeamRoutingResolver, TicketRoutingResolver, UserRoutingResolver } from './routing/routing-resolver.js';
import { MacroResolver } from './macros/macro-resolver.js';
import { RetentionResolver } from './retention/retention-resolver.js';
import { SlaPolicyResolver, TeamCalendarResolver, TicketSlaResolver } from './sla/sla-resolver.js';
import { RoutingSubscriptionResolver } from './routing/routing-subscription-resolver.js';
import { TicketSubscriptionResolver } from './subscriptions/ticket-subscription-resolver.js';
import type { TicketsContext } from './tickets-context.js';

const ROUTING_RESOLVERS = [AgentRoutingResolver, UserRoutingResolver, TeamRoutingResolver, TicketRoutingResolver, RoutingSubscriptionResolver] as const;
const SLA_RESOLVERS = [TicketSlaResolver, TeamCalendarResolver, SlaPolicyResolver] as const;

/** The tickets subgraph schema: type-graphql resolvers, federation reference resolvers and field rules. */
export function buildTicketsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TicketResolver, CustomerResolver, CustomerPiiResolver, TicketPiiResolver, TicketMessagePiiResolver, TicketHistoryPiiResolver, UserResolver, TeamResolver, ApiKeyResolver, TicketSubscriptionResolver, AuditLogResolver, PrivacyResolver, TicketImportResolver, AttachmentResolver, TicketAttachmentsResolver, TicketMessageDeliveryResolver, ...ROUTING_RESOLVERS, ...SLA_RESOLVERS, MacroResolver, RetentionResolver], validate: false },
    {
      Ticket: { __resolveReference: (reference: { id: string }, context: TicketsContext) => context.tickets.load(reference.id) },
      Customer: { __resolveReference: (reference: { id: string }, context: TicketsContext) => context.customers.load(reference.id) },
      User: { __resolveReference: (reference: { id: string }, context: TicketsContext) => context.users.load(reference.id) },
    },
    ticketsPermissions,
  );
}
