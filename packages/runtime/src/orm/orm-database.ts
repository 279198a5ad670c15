import type { EntitySchema, MikroORM } from '@mikro-orm/core';

/** Which entity model to build: MongoDB keeps primary keys in `_id`, SQL in the named column. */
export type OrmDialect = 'sql' | 'mongo';

/** A store's entity schemas by name, as its entity-schema module builds them for one dialect. */
export type OrmEntitySchemas = Readonly<Record<string, EntitySchema<any>>>;

/** A MikroORM instance opened by the kernel, with the two chores every store needs beside it. */
export interface OrmDatabase<TOrm extends MikroORM = MikroORM> {
  readonly dialect: OrmDialect;
  readonly orm: TOrm;
  /** One cheap round trip, for `/ready`; throws when the database is away. */
  ping(): Promise<void>;
  /**
   * Drops deleted or rewritten text from the database files (SQLite: checkpoint the WAL, vacuum,
   * checkpoint again), so erased customer text does not linger; nothing to do on MongoDB.
   */
  compact(): Promise<void>;
}
