import type { LlmResult } from './llm-provider.js';

/** A stored reply: the deltas as the provider streamed them, so a hit replays the same chunks. */
export interface CachedReply {
  readonly deltas: readonly string[];
  readonly result: LlmResult;
}

/** Reply cache keyed by `responseCacheKey`. Async so a Redis-backed cache can implement it. */
export interface ResponseCache {
  get(key: string): Promise<CachedReply | undefined>;
  set(key: string, reply: CachedReply, ttlMs?: number): Promise<void>;
}

export interface InMemoryResponseCacheOptions {
  /** Entries kept; the least recently used goes first. Default: 1 000. */
  readonly maxEntries?: number;
  /** Lifetime of an entry when `set` gives none. Default: 3 600 000 ms (one hour). */
  readonly ttlMs?: number;
  /** Milliseconds clock; tests pass a fake one. Default: `Date.now`. */
  readonly now?: () => number;
}

interface Entry {
  readonly reply: CachedReply;
  readonly expiresAt: number;
}

/** In-process LRU with TTL. A `Map` keeps insertion order, so re-inserting on read makes it an LRU. */
export class InMemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: InMemoryResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 1_000;
    this.ttlMs = options.ttlMs ?? 3_600_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<CachedReply | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(key, entry);
    return entry.reply;
  }

  async set(key: string, reply: CachedReply, ttlMs = this.ttlMs): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { reply, expiresAt: this.now() + ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}
