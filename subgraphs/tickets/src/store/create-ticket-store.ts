import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { createEphemeralKeyring, createKeyring, dataKeyFileSource, Keyring, type KeyringConfig } from '@support-graph/runtime';
import type { EncryptedTicketStore } from './encrypted-ticket-store.js';
import { encryptPlaintextOnce } from './adapters/envelope-sweep.js';
import { createEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmTicketStore, SEQUENCE_START, SWEEP_BATCH_SIZE } from './adapters/mikro-orm-ticket-store.js';
import { cachePreparedStatements } from './adapters/sqlite-statement-cache.js';
import { TicketFieldEncryption } from './adapters/ticket-field-encryption.js';

export interface TicketStoreConfig extends KeyringConfig {
  readonly MONGODB_URL?: string | undefined;
}

/**
 * MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/tickets.sqlite` (`:memory:` allowed).
 * Data keys: DATA_ENCRYPTION_KEYS when configured, otherwise generated under DATA_DIR/keys.
 */
export async function createTicketStore(config: TicketStoreConfig, sqlitePath?: string): Promise<EncryptedTicketStore> {
  const keyring = createKeyring(config);
  return config.MONGODB_URL
    ? createMongoTicketStore(config.MONGODB_URL, keyring)
    : createSqliteTicketStore(sqlitePath ?? defaultSqlitePath(config.DATA_DIR), keyring);
}

/** Without a keyring: process-lifetime keys for `:memory:`, a key file beside any other database file (`<dir>/keys/data-keys.json`). */
function keyringFor(path: string): Keyring {
  return path === ':memory:' ? createEphemeralKeyring() : new Keyring(dataKeyFileSource(join(dirname(path), 'keys', 'data-keys.json')));
}

function defaultSqlitePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, 'tickets.sqlite');
}

export async function createSqliteTicketStore(path: string, keyring: Keyring = keyringFor(path)): Promise<EncryptedTicketStore> {
  const fields = new TicketFieldEncryption(keyring);
  const { MikroORM } = await import('@mikro-orm/sqlite');
  const entities = createEntitySchemas('sql');
  const orm = await MikroORM.init({ dbName: path, entities: Object.values(entities), debug: false });
  cachePreparedStatements(await orm.em.getConnection().getNativeClient());
  const em = orm.em.fork();
  // WAL lets readers run beside the writer; NORMAL sync is durable across process crashes (not power loss).
  await em.execute('pragma journal_mode = WAL');
  await em.execute('pragma synchronous = NORMAL');
  await orm.schema.update();
  // Rewritten rows leave their old text in free pages and the WAL: rebuild the file without it.
  const compact = async () => {
    await em.execute('pragma wal_checkpoint(TRUNCATE)');
    await em.execute('vacuum');
    await em.execute('pragma wal_checkpoint(TRUNCATE)');
  };
  if (await encryptPlaintextOnce(orm, entities, fields, SWEEP_BATCH_SIZE)) await compact();
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
  return new MikroOrmTicketStore(
    orm,
    entities,
    nextValue,
    async () => {
      await orm.em.fork().execute('select 1');
    },
    fields,
    compact,
  );
}

/** Needs a replica set (transactions), e.g. `mongod --replSet rs0`, as docker-compose runs it. */
export async function createMongoTicketStore(url: string, keyring: Keyring): Promise<EncryptedTicketStore> {
  const fields = new TicketFieldEncryption(keyring);
  const { MikroORM } = await import('@mikro-orm/mongodb');
  const entities = createEntitySchemas('mongo');
  const orm = await MikroORM.init({
    clientUrl: url,
    dbName: new URL(url).pathname.slice(1) || 'support_graph',
    entities: Object.values(entities),
    implicitTransactions: true,
    debug: false,
  });
  // Before the indexes: rows from before encryption have no emailIndex yet, and a unique index would see them all as null.
  await encryptPlaintextOnce(orm, entities, fields, SWEEP_BATCH_SIZE);
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
  return new MikroOrmTicketStore(
    orm,
    entities,
    nextValue,
    async () => {
      await orm.em.fork().getConnection().getDb().command({ ping: 1 });
    },
    fields,
  );
}
