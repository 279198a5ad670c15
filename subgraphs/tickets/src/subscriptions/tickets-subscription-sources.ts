import type { SubscriptionSource } from '@support-graph/runtime';
import { queueSource } from './sources/queue-source.js';
import { ticketEventsSource } from './sources/ticket-events-source.js';
import { slaNoticesSource } from '../sla/sla-subscription-sources.js';
import { assignmentNotificationsSource, presenceChangedSource } from '../routing/routing-subscription-sources.js';

/** `ticketEvents`, `queue` and routing's `presenceChanged`, `assignmentNotifications` and SLA's `slaNotices`, served by the gateway's bridge from this subgraph's `ticket.*` events. */
export async function ticketsSubscriptionSources(): Promise<readonly SubscriptionSource[]> {
  return [ticketEventsSource, queueSource, presenceChangedSource, assignmentNotificationsSource, slaNoticesSource];
}
