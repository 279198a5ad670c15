// The agents subgraph's event contract: event names and payloads as published on the bus. Imported
// by the producers (runs/agent-run-executor.ts, runs/reply-chunk-publisher.ts) and by the gateway's
// subscription sources as `@support-graph/agents-subgraph/events`. It imports nothing.

/** A run changed status (queued, running, succeeded, failed…). */
export const AGENT_RUN_UPDATED = 'agent_run.updated';

export interface AgentRunUpdatedPayload {
  readonly runId: string;
  readonly ticketId: string;
  /** The agent's name, e.g. `triage`. */
  readonly agent: string;
  /** An `AgentRunStatus` value, e.g. `SUCCEEDED`. */
  readonly status: string;
}

/** One piece of a streaming reply draft. */
export const AGENT_RUN_REPLY_CHUNK = 'agent_run.reply_chunk';

export interface ReplyChunkPayload {
  readonly runId: string;
  /** 0, 1, 2… without gaps, so a subscriber can order chunks and notice a missing one. */
  readonly seq: number;
  readonly delta: string;
  readonly done: boolean;
  /** Filled on the last chunk (`done`), empty before. */
  readonly citations: readonly { readonly id: string; readonly title: string }[];
}
