import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `work` in one `begin immediate` transaction on a `node:sqlite` connection: the write lock is
 * taken before the first read, so no other connection (another process on the same file) can change
 * what `work` decided on. Rolled back when `work` throws.
 */
export function immediateTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('begin immediate');
  try {
    const result = work();
    db.exec('commit');
    return result;
  } catch (error) {
    db.exec('rollback');
    throw error;
  }
}
