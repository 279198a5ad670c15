import { randomBytes } from 'node:crypto';
import { linkSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

function temporaryBeside(path: string): string {
  return `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/**
 * Creates a secret file (mode 0600) only if it does not exist yet. The content is written in full
 * to a temporary file and hard-linked into place (link fails when the target exists), so processes
 * starting together agree on one secret and nobody ever reads a half-written one.
 */
export function writeSecretFileOnce(path: string, content: string): void {
  const temporary = temporaryBeside(path);
  writeFileSync(temporary, content, { mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/** Replaces a secret file atomically: readers see the old content or the new one, never half of it. */
export function replaceSecretFile(path: string, content: string): void {
  const temporary = temporaryBeside(path);
  writeFileSync(temporary, content, { mode: 0o600 });
  renameSync(temporary, path);
}
