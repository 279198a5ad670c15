import { recordChunks, type SubscriptionSource, type SubscriptionSourceContext } from '@support-graph/runtime';
import { PLAYGROUND_TRY_CHUNK, type PlaygroundTryChunkPayload } from '../playground/playground-events.js';
import { feedbackEventsSource } from './feedback-events-source.js';
import { playgroundTrySource } from './playground-try-source.js';

/** `feedbackEvents` and `playgroundTryChunks`, served by the gateway's bridge from this subgraph's events. */
export async function feedbackSubscriptionSources(context: SubscriptionSourceContext): Promise<readonly SubscriptionSource[]> {
  const tries = await recordChunks(context.bus, context.config, context.logger, {
    eventType: PLAYGROUND_TRY_CHUNK,
    streamOf: (event) => (event.payload as PlaygroundTryChunkPayload).streamId,
    keySegment: 'playground-try-chunks',
  });
  return [feedbackEventsSource, playgroundTrySource(tries)];
}
