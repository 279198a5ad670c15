import { dirname } from 'node:path';
import { configuredDataKeys, type DataKeyConfig } from './configured-data-keys.js';
import { generateDataKeySet } from './data-key-set.js';
import { dataKeyFileSource, dataKeyFilePath } from './data-key-file.js';
import { fixedDataKeys, Keyring } from './keyring.js';

export interface KeyringConfig extends DataKeyConfig {
  readonly DATA_DIR: string;
}

/** Configured keys (production) when DATA_ENCRYPTION_KEYS is set; otherwise the key file under DATA_DIR, created on first use. */
export function createKeyring(config: KeyringConfig): Keyring {
  const configured = configuredDataKeys(config);
  return new Keyring(configured ? fixedDataKeys(configured) : dataKeyFileSource(dataKeyFilePath(config.DATA_DIR)));
}

/** Keys that live as long as the process: for in-memory stores and tests, where nothing outlives them. */
export function createEphemeralKeyring(): Keyring {
  return new Keyring(fixedDataKeys(generateDataKeySet()));
}

/** For a store opened on its own (tests, tools): process-lifetime keys for `:memory:`, else a key file beside the database file (`<dir>/keys/data-keys.json`). */
export function keyringBesideDatabase(path: string): Keyring {
  return path === ':memory:' ? createEphemeralKeyring() : new Keyring(dataKeyFileSource(dataKeyFilePath(dirname(path))));
}
