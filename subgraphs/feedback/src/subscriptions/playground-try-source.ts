import type { RecordedChunks, SubscriptionSource } from '@support-graph/runtime';
import { PLAYGROUND_TRY_CHUNK, type PlaygroundTryChunkPayload } from '../playground/playground-events.js';

const chunkOf = (event: { payload: unknown }) => event.payload as PlaygroundTryChunkPayload;

/**
 * `playgroundTryChunks(streamId)`: the chunks of a "try it" draft in `seq` order, only to the
 * identity that started it (another lead subscribing to the same id gets nothing). The console
 * subscribes before it sends `tryAiConfig`; chunks published before the gateway was listening are
 * replayed from the chunk log. Completes after `done`.
 */
export function playgroundTrySource(chunks: RecordedChunks): SubscriptionSource {
  return {
    field: 'playgroundTryChunks',
    typePrefix: PLAYGROUND_TRY_CHUNK,
    accepts: (event, args, identity) => {
      const chunk = chunkOf(event);
      return chunk.streamId === String(args['streamId']).toLowerCase() && chunk.owner === identity.subject;
    },
    payload: (event) => {
      const { streamId, seq, delta, done } = chunkOf(event);
      return { streamId, seq, delta, done };
    },
    entities: {},
    replay: (args) => chunks.log.after(String(args['streamId']).toLowerCase(), -1),
    sequence: (event) => chunkOf(event).seq,
    isLast: (event) => chunkOf(event).done,
    close: () => chunks.close(),
  };
}
