import { join } from 'node:path';
import type { OrmDatabase, OrmDialect, OrmEntitySchemas } from './orm-database.js';
import { openMongoOrm } from './adapters/open-mongo-orm.js';
import { openSqliteOrm } from './adapters/open-sqlite-orm.js';

/** The configuration keys the bootstrap reads (a `PlatformConfig` fits). */
export interface OrmConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
}

export interface OpenOrmOptions<TEntities extends OrmEntitySchemas> {
  /** The store's entity schemas for a dialect, e.g. `createDirectoryEntitySchemas`. */
  readonly entities: (dialect: OrmDialect) => TEntities;
  /** The SQLite file under DATA_DIR, e.g. `directory.sqlite`. */
  readonly sqliteFile: string;
  /** Instead of DATA_DIR/sqliteFile (tests: a temporary file or `:memory:`). */
  readonly sqlitePath?: string | undefined;
}

/**
 * A store's database as the configuration asks: MongoDB when MONGODB_URL is set, otherwise SQLite
 * at DATA_DIR/<sqliteFile>. Returns the entity schemas built for that database beside it.
 */
export async function openOrm<TEntities extends OrmEntitySchemas>(
  config: OrmConfig,
  { entities, sqliteFile, sqlitePath }: OpenOrmOptions<TEntities>,
): Promise<OrmDatabase & { readonly entities: TEntities }> {
  if (config.MONGODB_URL) {
    const schemas = entities('mongo');
    return { ...(await openMongoOrm({ url: config.MONGODB_URL, entities: Object.values(schemas) })), entities: schemas };
  }
  const schemas = entities('sql');
  return { ...(await openSqliteOrm({ path: sqlitePath ?? join(config.DATA_DIR, sqliteFile), entities: Object.values(schemas) })), entities: schemas };
}
