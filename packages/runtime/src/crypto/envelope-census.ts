import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENVELOPE_PREFIX } from './field-envelope.js';

const ENVELOPE_KEY = new RegExp(`${ENVELOPE_PREFIX.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([A-Za-z0-9_-]{1,64}):`, 'g');

/** The key file itself holds key ids, never envelopes. */
const SKIPPED_DIRECTORIES = new Set(['keys']);

/**
 * Which data keys the envelopes in the embedded mode's files use: every file under DATA_DIR (the
 * SQLite databases with their WAL, attachment files, model files) scanned for `enc:v1:<keyId>:`.
 * Every store that seals fields — tickets, agents, roadmap, attachments — is counted, including ones
 * without a re-encryption sweep, so a key is never retired while any file still needs it. A WAL may
 * still hold pages of rewritten rows: that only errs on the side of keeping a key.
 * Key id → files (relative to DATA_DIR) that hold envelopes under it.
 */
export function envelopeKeysInFiles(dataDir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!(directory === dataDir && SKIPPED_DIRECTORIES.has(entry.name))) visit(path);
        continue;
      }
      if (!entry.isFile() || statSync(path).size === 0) continue;
      const keyIds = new Set<string>();
      for (const match of readFileSync(path).toString('latin1').matchAll(ENVELOPE_KEY)) keyIds.add(match[1] as string);
      for (const keyId of keyIds) found.set(keyId, [...(found.get(keyId) ?? []), relative(dataDir, path)]);
    }
  };
  visit(dataDir);
  return found;
}
