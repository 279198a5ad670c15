import { createHmac } from 'node:crypto';
import type { Keyring } from './keyring.js';

/**
 * A keyed blind index: HMAC-SHA256 over the trimmed, lower-cased value, so equality lookups
 * (e.g. a customer by email) work without storing or querying the plaintext, and without the key
 * nobody can test guesses against the stored index. `purpose` keeps indexes of different fields
 * apart, so equal values in two fields do not get equal indexes.
 */
export function blindIndex(keyring: Keyring, purpose: string, value: string): string {
  return createHmac('sha256', keyring.blindIndexKey)
    .update(`${purpose}\u0000${value.trim().toLowerCase()}`, 'utf8')
    .digest('base64url');
}
