import { EncryptionKeyError } from './encryption-errors.js';
import { validateDataKeySet, type DataKeySet } from './data-key-set.js';

export interface DataKeyConfig {
  /** `{"id":"base64key",...}` or `id:base64key,id:base64key`. */
  readonly DATA_ENCRYPTION_KEYS?: string | undefined;
  /** Which of them encrypts; may be left out when there is only one. */
  readonly DATA_ENCRYPTION_ACTIVE_KEY?: string | undefined;
  /** base64 of 32 bytes. */
  readonly BLIND_INDEX_KEY?: string | undefined;
}

function parseKeyList(value: string): Map<string, Buffer> {
  const trimmed = value.trim();
  if (trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw EncryptionKeyError.unparsable('DATA_ENCRYPTION_KEYS');
    }
    const entries = Object.entries(parsed as Record<string, unknown>);
    if (entries.some(([, key]) => typeof key !== 'string')) throw EncryptionKeyError.unparsable('DATA_ENCRYPTION_KEYS');
    return new Map(entries.map(([id, key]) => [id, Buffer.from(key as string, 'base64')]));
  }
  const keys = new Map<string, Buffer>();
  for (const pair of trimmed.split(',')) {
    const separator = pair.indexOf(':');
    if (separator < 1) throw EncryptionKeyError.unparsable('DATA_ENCRYPTION_KEYS');
    keys.set(pair.slice(0, separator).trim(), Buffer.from(pair.slice(separator + 1).trim(), 'base64'));
  }
  return keys;
}

/** The production key set from configuration, or undefined when none is configured (embedded mode). */
export function configuredDataKeys(config: DataKeyConfig): DataKeySet | undefined {
  const { DATA_ENCRYPTION_KEYS: keyList, DATA_ENCRYPTION_ACTIVE_KEY: active, BLIND_INDEX_KEY: blindIndexKey } = config;
  if (!keyList && !active && !blindIndexKey) return undefined;
  if (!keyList || !blindIndexKey) throw EncryptionKeyError.incompleteConfig();
  const keys = parseKeyList(keyList);
  const activeKeyId = active ?? (keys.size === 1 ? [...keys.keys()][0] : undefined);
  if (activeKeyId === undefined) throw EncryptionKeyError.incompleteConfig();
  return validateDataKeySet({ activeKeyId, keys, blindIndexKey: Buffer.from(blindIndexKey, 'base64') });
}
