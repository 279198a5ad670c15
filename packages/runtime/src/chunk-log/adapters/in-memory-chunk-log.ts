import type { DomainEvent } from '../../domain-event.js';
import { chunkSeq, type ChunkLog, type ChunkRetention, type ChunkStreamOf } from '../chunk-log.js';

interface StreamChunks {
  readonly events: DomainEvent[];
  expiresAt: number;
}

/** This process's copy of recent chunks: bounded in streams, chunks per stream and time. */
export class InMemoryChunkLog implements ChunkLog {
  private readonly streams = new Map<string, StreamChunks>();

  constructor(
    private readonly streamOf: ChunkStreamOf,
    private readonly retention: ChunkRetention,
    private readonly now: () => number = Date.now,
  ) {}

  record(event: DomainEvent): void {
    const streamId = this.streamOf(event);
    let stream = this.streams.get(streamId);
    if (stream && stream.expiresAt <= this.now()) {
      this.streams.delete(streamId);
      stream = undefined;
    }
    if (!stream) {
      stream = { events: [], expiresAt: 0 };
      this.evictOldest();
    } else {
      this.streams.delete(streamId); // re-inserted below: Map order is least recently written first
    }
    this.streams.set(streamId, stream);
    stream.expiresAt = this.now() + this.retention.ttlSeconds * 1000;
    // Chunks arrive in order from one publisher; only the next seq is kept (duplicates and gaps are not).
    if (chunkSeq(event) === stream.events.length && stream.events.length < this.retention.maxChunksPerStream) stream.events.push(event);
  }

  async after(streamId: string, afterSeq: number): Promise<readonly DomainEvent[]> {
    const stream = this.streams.get(streamId);
    if (!stream || stream.expiresAt <= this.now()) return [];
    return stream.events.slice(Math.max(0, afterSeq + 1));
  }

  async close(): Promise<void> {
    this.streams.clear();
  }

  private evictOldest(): void {
    const now = this.now();
    for (const [streamId, stream] of this.streams) {
      if (this.streams.size < this.retention.maxStreams && stream.expiresAt > now) break;
      this.streams.delete(streamId);
    }
  }
}
