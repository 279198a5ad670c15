import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * Opens one of the embedded mode's `node:sqlite` files with the settings every store needs: the
 * folder is created, WAL lets readers run beside the writer, `synchronous = NORMAL` is durable
 * across a crash of the process (WAL), and `busy_timeout` makes a second connection on the same
 * file (another replica, a CLI such as keys:rotate) wait for the write lock instead of failing with
 * SQLITE_BUSY. `':memory:'` opens a private in-memory database (tests).
 */
export function openSqliteFile(path: string): DatabaseSync {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('pragma journal_mode = WAL; pragma synchronous = NORMAL; pragma busy_timeout = 5000;');
  return db;
}
