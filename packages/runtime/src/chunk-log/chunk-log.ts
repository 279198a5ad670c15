import type { DomainEvent } from '../domain-event.js';

/**
 * The recent chunks of streamed texts (a reply draft, a playground try), kept for a bounded time so
 * a client that subscribes late or reconnects gets what it missed. A chunk event's payload carries
 * `seq` (0, 1, 2… per stream); chunks are kept in `seq` order without gaps or duplicates.
 */
export interface ChunkLog {
  /** Takes one chunk event as it comes off the bus. */
  record(event: DomainEvent): void;
  /** The stream's chunks with `seq` greater than `afterSeq`, in order. */
  after(streamId: string, afterSeq: number): Promise<readonly DomainEvent[]>;
  close(): Promise<void>;
}

export interface ChunkRetention {
  /** How long a stream's chunks are kept after its last one arrived. */
  readonly ttlSeconds: number;
  /** Streams kept in memory at most (the oldest is dropped first). */
  readonly maxStreams: number;
  /** Chunks kept per stream at most; a longer text cannot be resumed beyond this point. */
  readonly maxChunksPerStream: number;
}

export const DEFAULT_CHUNK_RETENTION: ChunkRetention = { ttlSeconds: 600, maxStreams: 1_000, maxChunksPerStream: 4_000 };

/** Which stream a chunk event belongs to (the payload field differs: `runId`, `streamId`…). */
export type ChunkStreamOf = (event: DomainEvent) => string;

export function chunkSeq(event: DomainEvent): number {
  return (event.payload as { seq: number }).seq;
}
