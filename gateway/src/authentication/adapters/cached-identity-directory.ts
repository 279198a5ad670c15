import { createHash } from 'node:crypto';
import type { EventBus } from '@support-graph/runtime';
import type { DirectoryUser, IdentityDirectory } from '../identity-directory.js';

interface Entry<T> {
  readonly value: T;
  readonly expiresAtMs: number;
}

/** Safety net only: changes reach every gateway through the event bus first. */
const DEFAULT_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Keeps directory answers for a few seconds so a request does not cost a lookup, and drops them
 * the moment a `directory.*` event says a user changed or a key was revoked, so a deactivated
 * user's tokens stop working at once, on every replica that shares the bus.
 */
export class CachedIdentityDirectory implements IdentityDirectory {
  private readonly users = new Map<string, Entry<DirectoryUser | null>>();
  private readonly keys = new Map<string, Entry<string | null>>();

  constructor(
    private readonly inner: IdentityDirectory,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {}

  /** Subscribes to directory events; call once at start-up. */
  async listen(bus: EventBus): Promise<void> {
    await bus.subscribe('directory.', (event) => {
      const payload = event.payload as { email?: string; hash?: string };
      if (payload.email) this.users.delete(payload.email);
      // Keys are cached by their hash (never the key itself); a revoked one is dropped by that hash.
      if (payload.hash) this.keys.delete(payload.hash);
    });
  }

  async userByEmail(email: string): Promise<DirectoryUser | null> {
    const normalised = email.trim().toLowerCase();
    return this.cached(this.users, normalised, () => this.inner.userByEmail(normalised));
  }

  async partnerForApiKey(key: string): Promise<string | null> {
    const hash = createHash('sha256').update(key).digest('hex');
    return this.cached(this.keys, hash, () => this.inner.partnerForApiKey(key));
  }

  private async cached<T>(cache: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key);
    if (hit && hit.expiresAtMs > Date.now()) return hit.value;
    const value = await load();
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
    cache.set(key, { value, expiresAtMs: Date.now() + this.ttlMs });
    return value;
  }
}
