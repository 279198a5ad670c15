import { createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { EncryptionKeyError } from './encryption-errors.js';
import type { DataKeySet } from './data-key-set.js';

/** Where a keyring's material comes from: fixed configuration, or a key file that rotation rewrites. */
export interface DataKeySource {
  load(): DataKeySet;
  /** Whether `load()` would now return something different. */
  changed(): boolean;
}

export function fixedDataKeys(set: DataKeySet): DataKeySource {
  return { load: () => set, changed: () => false };
}

/** How often a running process looks for a rotated key file, at most. Rotation waits longer than this before re-encrypting. */
export const KEYRING_REFRESH_MS = 1000;

/**
 * Data keys by id: the active one encrypts, any known one decrypts. Key objects are made once
 * (`createSecretKey`), not per operation. When the source changes (a rotation added a key and made
 * it active), the keyring picks that up within KEYRING_REFRESH_MS, or at once on meeting an unknown key id.
 */
export class Keyring {
  private keys = new Map<string, KeyObject>();
  private active!: { readonly id: string; readonly key: KeyObject };
  private blindIndexMaterial!: Buffer;
  private nextRefreshAt = 0;
  /** Keys the blind index; fixed for the life of the keyring. */
  readonly blindIndexKey: KeyObject;

  constructor(
    private readonly source: DataKeySource,
    private readonly now: () => number = Date.now,
  ) {
    this.apply(source.load());
    this.blindIndexKey = createSecretKey(this.blindIndexMaterial);
  }

  activeKey(): { readonly id: string; readonly key: KeyObject } {
    const now = this.now();
    if (now >= this.nextRefreshAt) {
      this.nextRefreshAt = now + KEYRING_REFRESH_MS;
      if (this.source.changed()) this.apply(this.source.load());
    }
    return this.active;
  }

  keyById(id: string): KeyObject | undefined {
    const key = this.keys.get(id);
    if (key || !this.source.changed()) return key;
    this.apply(this.source.load());
    return this.keys.get(id);
  }

  keyIds(): string[] {
    return [...this.keys.keys()];
  }

  private apply(set: DataKeySet): void {
    if (this.blindIndexMaterial && !timingSafeEqual(this.blindIndexMaterial, set.blindIndexKey)) throw EncryptionKeyError.blindIndexKeyChanged();
    this.blindIndexMaterial = set.blindIndexKey;
    const keys = new Map<string, KeyObject>();
    for (const [id, material] of set.keys) keys.set(id, this.keys.get(id) ?? createSecretKey(material));
    this.keys = keys;
    this.active = { id: set.activeKeyId, key: keys.get(set.activeKeyId) as KeyObject };
  }
}
