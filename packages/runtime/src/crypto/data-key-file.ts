import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSecretFile, writeSecretFileOnce } from '../files/secret-files.js';
import { DATA_KEY_BYTES, generateDataKeySet, newDataKeyId, validateDataKeySet, type DataKeySet } from './data-key-set.js';
import type { DataKeySource } from './keyring.js';

/** The embedded mode's data keys: `DATA_DIR/keys/data-keys.json`, mode 0600, git-ignored like the dev keys. */
export function dataKeyFilePath(dataDir: string): string {
  return join(dataDir, 'keys', 'data-keys.json');
}

interface DataKeyFileContent {
  activeKeyId: string;
  keys: { id: string; key: string; createdAt: string }[];
  blindIndexKey: string;
}

function toContent(set: DataKeySet): DataKeyFileContent {
  const createdAt = new Date().toISOString();
  return {
    activeKeyId: set.activeKeyId,
    keys: [...set.keys].map(([id, key]) => ({ id, key: key.toString('base64'), createdAt })),
    blindIndexKey: set.blindIndexKey.toString('base64'),
  };
}

function readContent(path: string): DataKeyFileContent {
  return JSON.parse(readFileSync(path, 'utf8')) as DataKeyFileContent;
}

function toKeySet(content: DataKeyFileContent): DataKeySet {
  return validateDataKeySet({
    activeKeyId: content.activeKeyId,
    keys: new Map(content.keys.map(({ id, key }) => [id, Buffer.from(key, 'base64')])),
    blindIndexKey: Buffer.from(content.blindIndexKey, 'base64'),
  });
}

/** Replaces the file atomically: readers see the old set or the new one, never half of it. */
function replace(path: string, content: DataKeyFileContent): void {
  replaceSecretFile(path, JSON.stringify(content, null, 2));
}

export function loadOrCreateDataKeyFile(path: string): DataKeySet {
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  try {
    return toKeySet(readContent(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  writeSecretFileOnce(path, JSON.stringify(toContent(generateDataKeySet()), null, 2));
  return toKeySet(readContent(path));
}

/** Re-reads the key file when it was replaced (rotation), so a running process learns new keys without a restart. */
export function dataKeyFileSource(path: string): DataKeySource {
  const stamp = () => {
    const stat = statSync(path);
    return `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  };
  let loadedStamp = '';
  return {
    load() {
      const set = loadOrCreateDataKeyFile(path);
      loadedStamp = stamp();
      return set;
    },
    changed: () => stamp() !== loadedStamp,
  };
}

/** Adds a fresh key and makes it the active one; returns its id. Callers hold the rotation lock. */
export function addActiveDataKey(path: string): string {
  const content = readContent(path);
  const id = newDataKeyId();
  content.keys.push({ id, key: randomBytes(DATA_KEY_BYTES).toString('base64'), createdAt: new Date().toISOString() });
  content.activeKeyId = id;
  replace(path, content);
  return id;
}

/** Drops every key but the active one; returns the retired ids. Callers check first that nothing uses them. */
export function retireInactiveDataKeys(path: string): string[] {
  const content = readContent(path);
  const retired = content.keys.filter(({ id }) => id !== content.activeKeyId).map(({ id }) => id);
  content.keys = content.keys.filter(({ id }) => id === content.activeKeyId);
  replace(path, content);
  return retired;
}

/**
 * One rotation at a time: two would each add a key and one would be lost from the file while
 * envelopes already use it. The lock file holds the owner's pid; a lock whose owner died is taken over.
 */
export function lockDataKeyFile(path: string): () => void {
  const lockPath = `${path}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const descriptor = openSync(lockPath, 'wx', 0o600);
      writeFileSync(descriptor, String(process.pid));
      closeSync(descriptor);
      return () => unlinkSync(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8'));
      if (isAlive(owner)) throw new Error(`Another key rotation (pid ${owner}) holds ${lockPath}`);
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not take ${lockPath}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
