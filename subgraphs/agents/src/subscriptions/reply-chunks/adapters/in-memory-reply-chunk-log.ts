import type { DomainEvent } from '@support-graph/runtime';
import { chunkRunId, chunkSeq, type ReplyChunkLog, type ReplyChunkRetention } from '../reply-chunk-log.js';

interface RunChunks {
  readonly events: DomainEvent[];
  expiresAt: number;
}

/** This process's copy of recent reply chunks: bounded in runs, chunks per run and time. */
export class InMemoryReplyChunkLog implements ReplyChunkLog {
  private readonly runs = new Map<string, RunChunks>();

  constructor(
    private readonly retention: ReplyChunkRetention,
    private readonly now: () => number = Date.now,
  ) {}

  record(event: DomainEvent): void {
    const runId = chunkRunId(event);
    let run = this.runs.get(runId);
    if (run && run.expiresAt <= this.now()) {
      this.runs.delete(runId);
      run = undefined;
    }
    if (!run) {
      run = { events: [], expiresAt: 0 };
      this.evictOldest();
    } else {
      this.runs.delete(runId); // re-inserted below: Map order is least recently written first
    }
    this.runs.set(runId, run);
    run.expiresAt = this.now() + this.retention.ttlSeconds * 1000;
    // Chunks arrive in order from one publisher; only the next seq is kept (duplicates and gaps are not).
    if (chunkSeq(event) === run.events.length && run.events.length < this.retention.maxChunksPerRun) run.events.push(event);
  }

  async after(runId: string, afterSeq: number): Promise<readonly DomainEvent[]> {
    const run = this.runs.get(runId);
    if (!run || run.expiresAt <= this.now()) return [];
    return run.events.slice(Math.max(0, afterSeq + 1));
  }

  async close(): Promise<void> {
    this.runs.clear();
  }

  private evictOldest(): void {
    const now = this.now();
    for (const [runId, run] of this.runs) {
      if (this.runs.size < this.retention.maxRuns && run.expiresAt > now) break;
      this.runs.delete(runId);
    }
  }
}
