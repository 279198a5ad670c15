import type { DomainEvent } from '@support-graph/runtime';

/**
 * The recent chunks of each reply draft (`agent_run.reply_chunk` events), kept for a bounded time so
 * a client that subscribes late or reconnects gets what it missed. Chunks are kept in `seq` order
 * without gaps or duplicates.
 */
export interface ReplyChunkLog {
  /** Takes one chunk event as it comes off the bus. */
  record(event: DomainEvent): void;
  /** The run's chunks with `seq` greater than `afterSeq`, in order. */
  after(runId: string, afterSeq: number): Promise<readonly DomainEvent[]>;
  close(): Promise<void>;
}

export interface ReplyChunkRetention {
  /** How long a run's chunks are kept after its last one arrived. */
  readonly ttlSeconds: number;
  /** Runs kept in memory at most (the oldest is dropped first). */
  readonly maxRuns: number;
  /** Chunks kept per run at most; a longer reply cannot be resumed beyond this point. */
  readonly maxChunksPerRun: number;
}

export const DEFAULT_REPLY_CHUNK_RETENTION: ReplyChunkRetention = { ttlSeconds: 600, maxRuns: 1_000, maxChunksPerRun: 4_000 };

export function chunkSeq(event: DomainEvent): number {
  return (event.payload as { seq: number }).seq;
}

export function chunkRunId(event: DomainEvent): string {
  return (event.payload as { runId: string }).runId;
}
