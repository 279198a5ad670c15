import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'sgk_';

/** A new partner key: shown once, stored only as its SHA-256. 32 random bytes make guessing pointless. */
export function newApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, hash: hashApiKey(key), prefix: key.slice(0, KEY_PREFIX.length + 6) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
