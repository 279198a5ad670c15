import { Resolver, Subscription } from 'type-graphql';
import { ROUTING_EVENT_PREFIX } from './routing-events.js';
import { AssignmentNotificationType, PresenceEventType } from './schema/routing-types.js';

/** Routing's subscription fields; the gateway's bridge serves them (routing-subscription-sources.ts). */
@Resolver()
export class RoutingSubscriptionResolver {
  @Subscription(() => PresenceEventType, { topics: ROUTING_EVENT_PREFIX, description: 'Agents going online, away or offline; support team only' })
  presenceChanged(): Partial<PresenceEventType> {
    return {};
  }

  @Subscription(() => AssignmentNotificationType, { topics: ROUTING_EVENT_PREFIX, description: 'Tickets the router assigns to you, live' })
  assignmentNotifications(): Partial<AssignmentNotificationType> {
    return {};
  }
}
