import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { createKeyring, keyringBesideDatabase, type Keyring, openMongoOrm, openSqliteOrm, type KeyringConfig } from '@support-graph/runtime';
import type { EncryptedTicketStore } from './encrypted-ticket-store.js';
import { encryptPlaintextOnce } from './adapters/envelope-sweep.js';
import { createEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmTicketStore, SEQUENCE_START, SWEEP_BATCH_SIZE } from './adapters/mikro-orm-ticket-store.js';
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
    : createSqliteTicketStore(sqlitePath ?? join(config.DATA_DIR, 'tickets.sqlite'), keyring);
}

export async function createSqliteTicketStore(path: string, keyring: Keyring = keyringBesideDatabase(path)): Promise<EncryptedTicketStore> {
  const fields = new TicketFieldEncryption(keyring);
  const entities = createEntitySchemas('sql');
  const database = await openSqliteOrm({ path, entities: Object.values(entities) });
  const { orm } = database;
  const em = orm.em.fork();
  if (await encryptPlaintextOnce(orm, entities, fields, SWEEP_BATCH_SIZE)) await database.compact();
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
  return new MikroOrmTicketStore(orm, entities, nextValue, database.ping, fields, database.compact);
}

/** Needs a replica set (transactions), e.g. `mongod --replSet rs0`, as docker-compose runs it. */
export async function createMongoTicketStore(url: string, keyring: Keyring): Promise<EncryptedTicketStore> {
  const fields = new TicketFieldEncryption(keyring);
  const entities = createEntitySchemas('mongo');
  const database = await openMongoOrm({
    url,
    entities: Object.values(entities),
    implicitTransactions: true,
    // Before the indexes: rows from before encryption have no emailIndex yet, and a unique index would see them all as null.
    beforeIndexes: (orm) => encryptPlaintextOnce(orm, entities, fields, SWEEP_BATCH_SIZE),
  });
  const collection = database.orm.em.fork().getConnection().getCollection<{ _id: string; value: number }>('sequences');
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
  return new MikroOrmTicketStore(database.orm, entities, nextValue, database.ping, fields, database.compact);
}
