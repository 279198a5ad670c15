import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addActiveDataKey,
  blindIndex,
  configuredDataKeys,
  dataKeyFilePath,
  dataKeyFileSource,
  EncryptionKeyError,
  envelopeKeyId,
  EnvelopeError,
  FieldEnvelopes,
  fixedDataKeys,
  generateDataKeySet,
  Keyring,
  KEYRING_REFRESH_MS,
  loadOrCreateDataKeyFile,
  lockDataKeyFile,
  retireInactiveDataKeys,
} from '../src/crypto/index.js';

const email = { field: 'customers.email', recordId: 'customer-1' };

function flipByte(envelope: string, index: number): string {
  const prefixEnd = envelope.lastIndexOf(':') + 1;
  const sealed = Buffer.from(envelope.slice(prefixEnd), 'base64url');
  sealed[index] = (sealed[index] ?? 0) ^ 0x01;
  return envelope.slice(0, prefixEnd) + sealed.toString('base64url');
}

describe('field envelopes (AES-256-GCM)', () => {
  const keyring = new Keyring(fixedDataKeys(generateDataKeySet()));
  const envelopes = new FieldEnvelopes(keyring);

  it('round-trips, names the key, and never repeats a ciphertext', () => {
    const first = envelopes.encrypt('dana@example.com', email);
    const second = envelopes.encrypt('dana@example.com', email);
    expect(first).toMatch(/^enc:v1:dk-\d{8}-[0-9a-f]{8}:[A-Za-z0-9_-]+$/);
    expect(envelopeKeyId(first)).toBe(keyring.activeKey().id);
    expect(first).not.toBe(second);
    expect(first).not.toContain('dana');
    expect(envelopes.decrypt(first, email)).toBe('dana@example.com');
    expect(envelopes.decrypt(envelopes.encrypt('', email), email)).toBe('');
  });

  it('refuses a flipped byte in the IV, the ciphertext or the tag with a clear error', () => {
    const envelope = envelopes.encrypt('dana@example.com', email);
    for (const index of [0, 13, 12 + 16 + 15]) {
      expect(() => envelopes.decrypt(flipByte(envelope, index), email)).toThrow(EnvelopeError);
      expect(() => envelopes.decrypt(flipByte(envelope, index), email)).toThrow(/customers.email of customer-1 failed authentication/);
    }
  });

  it('refuses an envelope moved to another record or another field', () => {
    const envelope = envelopes.encrypt('dana@example.com', email);
    expect(() => envelopes.decrypt(envelope, { ...email, recordId: 'customer-2' })).toThrow(/failed authentication/);
    expect(() => envelopes.decrypt(envelope, { ...email, field: 'customers.name' })).toThrow(/failed authentication/);
  });

  it('names a missing key, and refuses plaintext or truncated values where an envelope belongs', () => {
    const other = new FieldEnvelopes(new Keyring(fixedDataKeys(generateDataKeySet())));
    expect(() => envelopes.decrypt(other.encrypt('x', email), email)).toThrow(/uses data key "dk-.*", which this keyring does not hold/);
    expect(() => envelopes.decrypt('dana@example.com', email)).toThrow(/is not a valid enc:v1 envelope/);
    expect(() => envelopes.decrypt(`enc:v1:${keyring.activeKey().id}:AAAA`, email)).toThrow(/is not a valid enc:v1 envelope/);
  });

  it('re-encrypts only what is not under the active key', () => {
    const current = envelopes.encrypt('x', email);
    expect(envelopes.isStale(current)).toBe(false);
    expect(envelopes.toActiveKey(current, email)).toBe(current);
    const sealed = envelopes.toActiveKey('plain', email);
    expect(envelopes.decrypt(sealed, email)).toBe('plain');
  });
});

describe('blind index', () => {
  const keyring = new Keyring(fixedDataKeys(generateDataKeySet()));

  it('is keyed, normalised (trimmed, lower-cased), and separated by purpose', () => {
    const index = blindIndex(keyring, 'customers.email', 'Dana@Example.com ');
    expect(index).toBe(blindIndex(keyring, 'customers.email', 'dana@example.com'));
    expect(index).not.toContain('dana');
    expect(index).toHaveLength(43);
    expect(blindIndex(keyring, 'other.field', 'dana@example.com')).not.toBe(index);
    expect(blindIndex(new Keyring(fixedDataKeys(generateDataKeySet())), 'customers.email', 'dana@example.com')).not.toBe(index);
  });
});

describe('configured data keys (production)', () => {
  const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

  it('reads JSON or id:key lists, with the active key named or implied by a single key', () => {
    const fromJson = configuredDataKeys({ DATA_ENCRYPTION_KEYS: JSON.stringify({ a: key(1), b: key(2) }), DATA_ENCRYPTION_ACTIVE_KEY: 'b', BLIND_INDEX_KEY: key(3) });
    expect(fromJson?.activeKeyId).toBe('b');
    expect([...(fromJson?.keys.keys() ?? [])]).toEqual(['a', 'b']);
    const fromList = configuredDataKeys({ DATA_ENCRYPTION_KEYS: `only:${key(1)}`, BLIND_INDEX_KEY: key(3) });
    expect(fromList?.activeKeyId).toBe('only');
    expect(configuredDataKeys({})).toBeUndefined();
  });

  it('refuses incomplete or malformed settings', () => {
    expect(() => configuredDataKeys({ DATA_ENCRYPTION_KEYS: `a:${key(1)}` })).toThrow(EncryptionKeyError);
    expect(() => configuredDataKeys({ DATA_ENCRYPTION_KEYS: `a:${key(1)},b:${key(2)}`, BLIND_INDEX_KEY: key(3) })).toThrow(/ACTIVE_KEY/);
    expect(() => configuredDataKeys({ DATA_ENCRYPTION_KEYS: 'a:c2hvcnQ=', BLIND_INDEX_KEY: key(3) })).toThrow(/must be 32 bytes/);
    expect(() => configuredDataKeys({ DATA_ENCRYPTION_KEYS: `a:${key(1)}`, DATA_ENCRYPTION_ACTIVE_KEY: 'z', BLIND_INDEX_KEY: key(3) })).toThrow(/"z" is not among/);
    expect(() => configuredDataKeys({ DATA_ENCRYPTION_KEYS: `a:b:${key(1)}`, BLIND_INDEX_KEY: key(3) })).toThrow(/must be 32 bytes|\[A-Za-z0-9_-\]/);
    expect(() => configuredDataKeys({ DATA_ENCRYPTION_KEYS: '{not json', BLIND_INDEX_KEY: key(3) })).toThrow(/neither a JSON object/);
  });
});

describe('data key file (embedded mode) and rotation', () => {
  it('is generated once with mode 0600 and read back unchanged', () => {
    const path = dataKeyFilePath(mkdtempSync(join(tmpdir(), 'data-keys-')));
    const first = loadOrCreateDataKeyFile(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const second = loadOrCreateDataKeyFile(path);
    expect(second.activeKeyId).toBe(first.activeKeyId);
    expect(second.blindIndexKey.equals(first.blindIndexKey)).toBe(true);
  });

  it('lets a running keyring pick up a new active key, still decrypting the old one, and retire the rest', () => {
    const path = dataKeyFilePath(mkdtempSync(join(tmpdir(), 'data-keys-')));
    let now = 0;
    const keyring = new Keyring(dataKeyFileSource(path), () => now);
    const envelopes = new FieldEnvelopes(keyring);
    const old = envelopes.encrypt('old secret', email);
    const oldKeyId = keyring.activeKey().id;

    const release = lockDataKeyFile(path);
    expect(() => lockDataKeyFile(path)).toThrow(/Another key rotation/);
    const newKeyId = addActiveDataKey(path);
    release();

    expect(keyring.activeKey().id).toBe(oldKeyId); // not before the refresh interval
    now += KEYRING_REFRESH_MS;
    expect(keyring.activeKey().id).toBe(newKeyId);
    expect(envelopeKeyId(envelopes.encrypt('new', email))).toBe(newKeyId);
    expect(envelopes.decrypt(old, email)).toBe('old secret');

    expect(retireInactiveDataKeys(path)).toEqual([oldKeyId]);
    expect(loadOrCreateDataKeyFile(path).keys.size).toBe(1);
    now += KEYRING_REFRESH_MS;
    expect(keyring.keyIds()).toEqual([oldKeyId, newKeyId]); // a retired key stays in memory until the next refresh
    keyring.activeKey();
    expect(keyring.keyIds()).toEqual([newKeyId]);
    expect(() => envelopes.decrypt(old, email)).toThrow(/does not hold/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
