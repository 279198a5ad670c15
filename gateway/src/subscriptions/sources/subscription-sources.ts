import type { ReplyChunkLog } from '../reply-chunks/reply-chunk-log.js';
import { agentRunSource } from './agent-run-source.js';
import { queueSource } from './queue-source.js';
import { replyStreamSource } from './reply-stream-source.js';
import type { SubscriptionSource } from './subscription-source.js';
import { ticketEventsSource } from './ticket-events-source.js';

/** Every Subscription field the bridge serves, by field name. A field without a source is refused. */
export function subscriptionSources(log: ReplyChunkLog): ReadonlyMap<string, SubscriptionSource> {
  return new Map([ticketEventsSource, queueSource, agentRunSource, replyStreamSource(log)].map((source) => [source.field, source]));
}
