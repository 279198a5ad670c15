import { createHash } from 'node:crypto';
import type { EventBus } from '@support-graph/runtime';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory.js';

interface Entry<T> {
  readonly value: T;
  readonly expiresAtMs: number;
}

/** Safety net only: changes reach every gateway through the event bus first. */
const DEFAULT_TTL_MS = 5_000;
/**
 * How long an expired answer may still be used when the directory fails to answer: a slow tickets
 * subgraph under a burst must not turn every request into an error. A change (deactivation,
 * revocation) arrives as an event and deletes the entry, so a stale answer is never a revoked one.
 */
const STALE_ON_ERROR_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Keeps directory answers for a few seconds so a request does not cost a lookup, and drops them
 * the moment a `directory.*` event says a user changed or a key was revoked, so a deactivated
 * user's tokens stop working at once, on every replica that shares the bus.
 */
export class CachedIdentityDirectory implements IdentityDirectory {
  private readonly users = new Map<string, Entry<DirectoryUser | null>>();
  private readonly keys = new Map<string, Entry<string | null>>();
  /** Lookups under way, by cache and key: a burst of requests with one token makes one lookup. */
  private readonly inFlight = new Map<string, Promise<unknown>>();
  /** Bumped by every directory event, so an answer loaded before a change is not cached after it. */
  private generation = 0;

  constructor(
    private readonly inner: IdentityDirectory,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {}

  /** Subscribes to directory events; call once at start-up. */
  async listen(bus: EventBus): Promise<void> {
    await bus.subscribe('directory.', (event) => {
      this.generation += 1;
      // Requests from now on must not join a lookup that started before the change.
      this.inFlight.clear();
      const payload = event.payload as { email?: string; hash?: string };
      if (payload.email) this.users.delete(payload.email);
      // Keys are cached by their hash (never the key itself); a revoked one is dropped by that hash.
      if (payload.hash) this.keys.delete(payload.hash);
    });
  }

  async userByEmail(email: string): Promise<DirectoryUser | null> {
    const normalised = email.trim().toLowerCase();
    return this.cached(this.users, `user:${normalised}`, normalised, () => this.inner.userByEmail(normalised));
  }

  async partnerForApiKey(key: string): Promise<string | null> {
    const hash = createHash('sha256').update(key).digest('hex');
    return this.cached(this.keys, `key:${hash}`, hash, () => this.inner.partnerForApiKey(key));
  }

  private async cached<T>(cache: Map<string, Entry<T>>, flightKey: string, key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = cache.get(key);
    if (hit && hit.expiresAtMs > now) return hit.value;
    let flight = this.inFlight.get(flightKey) as Promise<T> | undefined;
    if (!flight) {
      const generation = this.generation;
      flight = load().finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, flight);
      // An answer that was under way when a directory event arrived may predate the change: not kept.
      void flight.then((value) => generation === this.generation && this.remember(cache, key, value), () => undefined);
    }
    try {
      return await flight;
    } catch (error) {
      // Still the entry it was (no event deleted it meanwhile), and not too old.
      if (hit && cache.get(key) === hit && hit.expiresAtMs + STALE_ON_ERROR_MS > now) return hit.value;
      throw error;
    }
  }

  private remember<T>(cache: Map<string, Entry<T>>, key: string, value: T): void {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, { value, expiresAtMs: Date.now() + this.ttlMs });
  }
}
