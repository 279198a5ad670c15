import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { EnvelopeError } from './encryption-errors.js';
import type { Keyring } from './keyring.js';

/** Every encrypted value starts with this; a stored value without it is plaintext from before encryption. */
export const ENVELOPE_PREFIX = 'enc:v1:';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Which field of which record a value belongs to. It is bound into the envelope as additional
 * authenticated data, so an envelope copied into another field or record fails to decrypt.
 */
export interface EnvelopeContext {
  /** e.g. `customers.email`. */
  readonly field: string;
  /** e.g. the customer id; for nested values the path to them (`<ticket id>/<message id>`). */
  readonly recordId: string;
}

function additionalData(context: EnvelopeContext): Buffer {
  // The NUL separator keeps ("a.b", "c") and ("a", "b.c")-style pairs apart.
  return Buffer.from(`${context.field}\u0000${context.recordId}`, 'utf8');
}

export function isEnvelope(value: string): boolean {
  return value.startsWith(ENVELOPE_PREFIX);
}

/** The id of the key an envelope was written with, or undefined for plaintext. */
export function envelopeKeyId(value: string): string | undefined {
  if (!isEnvelope(value)) return undefined;
  const end = value.indexOf(':', ENVELOPE_PREFIX.length);
  return end < 0 ? undefined : value.slice(ENVELOPE_PREFIX.length, end);
}

/**
 * AES-256-GCM envelopes of single string fields: `enc:v1:<keyId>:<base64url(iv | ciphertext | tag)>`,
 * a fresh 12-byte random IV each time, the 16-byte tag checked on every read.
 */
export class FieldEnvelopes {
  constructor(private readonly keyring: Keyring) {}

  encrypt(plaintext: string, context: EnvelopeContext): string {
    const { id, key } = this.keyring.activeKey();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(context));
    const sealed = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${ENVELOPE_PREFIX}${id}:${sealed.toString('base64url')}`;
  }

  /** Throws EnvelopeError when the value is not an envelope, its key is unknown, or it fails authentication. */
  decrypt(envelope: string, context: EnvelopeContext): string {
    const keyId = envelopeKeyId(envelope);
    if (keyId === undefined) throw EnvelopeError.malformed(context.field, context.recordId);
    const key = this.keyring.keyById(keyId);
    if (!key) throw EnvelopeError.unknownKey(keyId, context.field, context.recordId);
    const sealed = Buffer.from(envelope.slice(ENVELOPE_PREFIX.length + keyId.length + 1), 'base64url');
    if (sealed.length < IV_BYTES + TAG_BYTES) throw EnvelopeError.malformed(context.field, context.recordId);
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(context));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw EnvelopeError.authenticationFailed(context.field, context.recordId);
    }
  }

  /** Whether a stored value should be (re)written: plaintext, or an envelope under a key that is no longer active. */
  isStale(value: string): boolean {
    return envelopeKeyId(value) !== this.keyring.activeKey().id;
  }

  /** The value under the active key: plaintext is encrypted, an older envelope re-encrypted, a current one kept. */
  toActiveKey(value: string, context: EnvelopeContext): string {
    if (!this.isStale(value)) return value;
    return this.encrypt(isEnvelope(value) ? this.decrypt(value, context) : value, context);
  }
}
