import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import type { TicketStore } from './ticket-store.js';
import { createEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmTicketStore, SEQUENCE_START } from './adapters/mikro-orm-ticket-store.js';
import { cachePreparedStatements } from './adapters/sqlite-statement-cache.js';

export interface TicketStoreConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
}

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/tickets.sqlite` (`:memory:` allowed). */
export async function createTicketStore(config: TicketStoreConfig, sqlitePath?: string): Promise<TicketStore> {
  return config.MONGODB_URL ? createMongoTicketStore(config.MONGODB_URL) : createSqliteTicketStore(sqlitePath ?? defaultSqlitePath(config.DATA_DIR));
}

function defaultSqlitePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'tickets.sqlite');
}

export async function createSqliteTicketStore(path: string): Promise<TicketStore> {
  const { MikroORM } = await import('@mikro-orm/sqlite');
  const entities = createEntitySchemas('sql');
  const orm = await MikroORM.init({ dbName: path, entities: Object.values(entities), debug: false });
  cachePreparedStatements(await orm.em.getConnection().getNativeClient());
  const em = orm.em.fork();
  // WAL lets readers run beside the writer; NORMAL sync is durable across process crashes (not power loss).
  await em.execute('pragma journal_mode = WAL');
  await em.execute('pragma synchronous = NORMAL');
  await orm.schema.update();
  await em.execute(`insert or ignore into sequences (name, value) values ('ticket', ${SEQUENCE_START})`);
  const nextValue = async (tx: EntityManager, name: string) => {
    const rows = await tx.getConnection().execute<{ value: number }[]>(
      'update sequences set value = value + 1 where name = ? returning value',
      [name],
      'all',
      tx.getTransactionContext(),
    );
    const value = rows[0]?.value;
    if (value === undefined) throw new Error(`sequence ${name} is missing`);
    return value;
  };
  return new MikroOrmTicketStore(orm, entities, nextValue, async () => {
    await orm.em.fork().execute('select 1');
  });
}

/** Needs a replica set (transactions), e.g. `mongod --replSet rs0`, as docker-compose runs it. */
export async function createMongoTicketStore(url: string): Promise<TicketStore> {
  const { MikroORM } = await import('@mikro-orm/mongodb');
  const entities = createEntitySchemas('mongo');
  const orm = await MikroORM.init({
    clientUrl: url,
    dbName: new URL(url).pathname.slice(1) || 'support_graph',
    entities: Object.values(entities),
    implicitTransactions: true,
    debug: false,
  });
  await orm.schema.create();
  const collection = orm.em.fork().getConnection().getCollection<{ _id: string; value: number }>('sequences');
  await collection.updateOne({ _id: 'ticket' }, { $setOnInsert: { value: SEQUENCE_START } }, { upsert: true });
  const nextValue = async (tx: EntityManager, name: string) => {
    const result = await collection.findOneAndUpdate(
      { _id: name },
      { $inc: { value: 1 } },
      { upsert: true, returnDocument: 'after', session: tx.getTransactionContext() },
    );
    if (!result) throw new Error(`sequence ${name} is missing`);
    return result.value;
  };
  return new MikroOrmTicketStore(orm, entities, nextValue, async () => {
    await orm.em.fork().getConnection().getDb().command({ ping: 1 });
  });
}
