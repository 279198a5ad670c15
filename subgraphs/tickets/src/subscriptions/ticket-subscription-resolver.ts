import { Arg, Resolver, Subscription } from 'type-graphql';
import { TICKET_EVENT_PREFIX } from '../events/tickets-events.js';
import { TicketEventFilterInput, TicketEventType } from './ticket-event-types.js';

/**
 * Subscription fields owned by the tickets subgraph. The gateway's subscription bridge serves the
 * streams (events from the bus, the rest of each payload through the federated query plan; see
 * docs/subscriptions.md); `topics` names the bus prefix that feeds them. Executed here, through the
 * field rules in permissions/tickets-permissions.ts, a field only admits a subscriber: the gateway
 * asks this subgraph before it starts a stream, so the role rules live in one place.
 */
@Resolver()
export class TicketSubscriptionResolver {
  @Subscription(() => TicketEventType, {
    topics: TICKET_EVENT_PREFIX,
    description: 'Created, updated, message added, status changed and assigned events; customers get their own tickets only',
  })
  ticketEvents(@Arg('filter', () => TicketEventFilterInput, { nullable: true }) _filter?: TicketEventFilterInput | null): Partial<TicketEventType> {
    return {};
  }

  @Subscription(() => TicketEventType, {
    topics: TICKET_EVENT_PREFIX,
    description: 'Changes to the agent queue: new tickets, status changes and assignments; support team only',
  })
  queue(@Arg('team', () => String, { nullable: true, description: 'Only tickets triaged to this team' }) _team?: string | null): Partial<TicketEventType> {
    return {};
  }
}
