import type { SubscriptionSource, SubscriptionSourceContext } from '@support-graph/runtime';
import { recordReplyChunks } from './reply-chunks/create-reply-chunk-log.js';
import { agentRunSource } from './sources/agent-run-source.js';
import { replyStreamSource } from './sources/reply-stream-source.js';

/** `agentRun` and `replyStream`, served by the gateway's bridge from this subgraph's events. */
export async function agentsSubscriptionSources(context: SubscriptionSourceContext): Promise<readonly SubscriptionSource[]> {
  return [agentRunSource, replyStreamSource(await recordReplyChunks(context.bus, context.config, context.logger))];
}
