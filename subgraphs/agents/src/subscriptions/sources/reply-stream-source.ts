import type { RecordedChunks, SubscriptionSource } from '@support-graph/runtime';
import { AGENT_RUN_REPLY_CHUNK, type ReplyChunkPayload } from '../../events/agents-events.js';

const chunkOf = (event: { payload: unknown }) => event.payload as ReplyChunkPayload;

/**
 * `replyStream(runId, afterSeq)`: the chunks of a reply draft in `seq` order. What was published
 * before the subscription started (or while a client was reconnecting) is replayed from the chunk
 * log, then the live stream follows; duplicates are dropped by `seq`. Completes after `done`.
 */
export function replyStreamSource(chunks: RecordedChunks): SubscriptionSource {
  const { log } = chunks;
  return {
    field: 'replyStream',
    typePrefix: AGENT_RUN_REPLY_CHUNK,
    accepts: (event, args) => chunkOf(event).runId === String(args['runId']).toLowerCase(),
    payload: (event) => ({ ...chunkOf(event) }),
    entities: {},
    // From afterSeq itself: when that was the last chunk, the stream completes at once.
    replay: (args) => log.after(String(args['runId']).toLowerCase(), typeof args['afterSeq'] === 'number' ? args['afterSeq'] - 1 : -1),
    sequence: (event) => chunkOf(event).seq,
    startAfter: (args) => (typeof args['afterSeq'] === 'number' ? args['afterSeq'] : -1),
    isLast: (event) => chunkOf(event).done,
    close: () => chunks.close(),
  };
}
