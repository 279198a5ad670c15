import { recordChunks, type SubscriptionSource, type SubscriptionSourceContext } from '@support-graph/runtime';
import { AGENT_RUN_REPLY_CHUNK, type ReplyChunkPayload } from '../events/agents-events.js';
import { agentRunSource } from './sources/agent-run-source.js';
import { replyStreamSource } from './sources/reply-stream-source.js';

/** `agentRun` and `replyStream`, served by the gateway's bridge from this subgraph's events. */
export async function agentsSubscriptionSources(context: SubscriptionSourceContext): Promise<readonly SubscriptionSource[]> {
  const chunks = await recordChunks(context.bus, context.config, context.logger, {
    eventType: AGENT_RUN_REPLY_CHUNK,
    streamOf: (event) => (event.payload as ReplyChunkPayload).runId,
    keySegment: 'reply-chunks',
  });
  return [agentRunSource, replyStreamSource(chunks)];
}
