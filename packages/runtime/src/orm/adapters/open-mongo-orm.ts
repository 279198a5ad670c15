import type { EntitySchema, MikroORM } from '@mikro-orm/core';
import type { MongoDriver } from '@mikro-orm/mongodb';
import type { OrmDatabase } from '../orm-database.js';

export type MongoMikroOrm = MikroORM<MongoDriver>;

export interface MongoOrmOptions {
  /** `mongodb://…/<database>`; without a database name, `support_graph`. */
  readonly url: string;
  readonly entities: readonly EntitySchema<any>[];
  /** Wrap every flush in a transaction (needs a replica set). Default false. */
  readonly implicitTransactions?: boolean;
  /**
   * Runs after connecting and before collections and indexes are created: a migration whose rows
   * would violate a new unique index (the tickets store encrypts old rows here) goes first.
   */
  readonly beforeIndexes?: (orm: MongoMikroOrm) => Promise<unknown>;
}

/** MikroORM on MongoDB with its collections and indexes created. */
export async function openMongoOrm({ url, entities, implicitTransactions = false, beforeIndexes }: MongoOrmOptions): Promise<OrmDatabase<MongoMikroOrm>> {
  const { MikroORM } = await import('@mikro-orm/mongodb');
  const orm = await MikroORM.init({
    clientUrl: url,
    dbName: new URL(url).pathname.slice(1) || 'support_graph',
    entities: [...entities],
    implicitTransactions,
    debug: false,
  });
  await beforeIndexes?.(orm);
  await orm.schema.create();
  return {
    dialect: 'mongo',
    orm,
    async ping() {
      await orm.em.fork().getConnection().getDb().command({ ping: 1 });
    },
    // MongoDB's storage engine reclaims deleted documents itself.
    async compact() {},
  };
}
