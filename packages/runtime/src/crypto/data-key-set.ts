import { randomBytes } from 'node:crypto';
import { EncryptionKeyError } from './encryption-errors.js';

/** AES-256 and the HMAC-SHA256 blind index both take 32-byte keys. */
export const DATA_KEY_BYTES = 32;

/** Key ids end up inside envelopes (`enc:v1:<keyId>:...`), so they cannot hold a colon. */
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Key material as configured or as read from the key file; a Keyring turns it into key objects. */
export interface DataKeySet {
  /** The key new envelopes are written with. */
  readonly activeKeyId: string;
  /** Every key that may still be needed to decrypt, by id (the active one included). */
  readonly keys: ReadonlyMap<string, Buffer>;
  /** Keys the blind index (HMAC); separate from data keys and not rotated with them. */
  readonly blindIndexKey: Buffer;
}

export function validateDataKeySet(set: DataKeySet): DataKeySet {
  for (const [id, key] of set.keys) {
    if (!KEY_ID.test(id)) throw EncryptionKeyError.badKeyId(id);
    if (key.length !== DATA_KEY_BYTES) throw EncryptionKeyError.badKeyLength(`Data key "${id}"`, key.length);
  }
  if (!set.keys.has(set.activeKeyId)) throw EncryptionKeyError.activeKeyMissing(set.activeKeyId);
  if (set.blindIndexKey.length !== DATA_KEY_BYTES) throw EncryptionKeyError.badKeyLength('The blind index key', set.blindIndexKey.length);
  return set;
}

/** A fresh id that sorts by creation day and cannot collide with a key created elsewhere the same day. */
export function newDataKeyId(now = new Date()): string {
  return `dk-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
}

export function generateDataKeySet(): DataKeySet {
  const activeKeyId = newDataKeyId();
  return { activeKeyId, keys: new Map([[activeKeyId, randomBytes(DATA_KEY_BYTES)]]), blindIndexKey: randomBytes(DATA_KEY_BYTES) };
}
