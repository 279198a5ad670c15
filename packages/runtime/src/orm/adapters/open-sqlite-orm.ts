import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EntitySchema, MikroORM } from '@mikro-orm/core';
import type { SqliteDriver } from '@mikro-orm/sqlite';
import type { OrmDatabase } from '../orm-database.js';
import { cachePreparedStatements } from './sqlite-statement-cache.js';

export type SqliteMikroOrm = MikroORM<SqliteDriver>;

export interface SqliteOrmOptions {
  /** The database file (its folder is created), or `:memory:`. */
  readonly path: string;
  readonly entities: readonly EntitySchema<any>[];
  /** How long a statement waits for another connection's write lock before failing. Default 5 s. */
  readonly busyTimeoutMs?: number;
}

/**
 * The pragmas every store runs with. WAL lets readers run beside the writer; NORMAL sync (safe with
 * WAL) survives a process crash, not a power loss, and spares an fsync per commit; the busy timeout
 * makes a second process (a CLI script beside a running server) wait for the lock instead of failing.
 */
function sqlitePragmas(busyTimeoutMs: number): readonly string[] {
  return ['journal_mode = WAL', 'synchronous = NORMAL', `busy_timeout = ${busyTimeoutMs}`];
}

/** MikroORM on SQLite (better-sqlite3), pragmas applied, statements cached and tables created or updated. */
export async function openSqliteOrm({ path, entities, busyTimeoutMs = 5_000 }: SqliteOrmOptions): Promise<OrmDatabase<SqliteMikroOrm>> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const { MikroORM } = await import('@mikro-orm/sqlite');
  const orm = await MikroORM.init({ dbName: path, entities: [...entities], debug: false });
  // One better-sqlite3 connection serves the whole ORM, so pragmas set on it hold for every query.
  const database = await orm.em.getConnection().getNativeClient();
  for (const pragma of sqlitePragmas(busyTimeoutMs)) database.pragma(pragma);
  cachePreparedStatements(database);
  await orm.schema.update();
  const em = orm.em.fork();
  return {
    dialect: 'sql',
    orm,
    async ping() {
      await orm.em.fork().execute('select 1');
    },
    async compact() {
      await em.execute('pragma wal_checkpoint(TRUNCATE)');
      await em.execute('vacuum');
      await em.execute('pragma wal_checkpoint(TRUNCATE)');
    },
  };
}
