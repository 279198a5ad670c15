import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDirectoryEntitySchemas } from './adapters/directory-entity-schemas.js';
import { MikroOrmDirectoryStore } from './adapters/mikro-orm-directory-store.js';
import type { DirectoryStore } from './directory-store.js';

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/directory.sqlite`. */
export async function createDirectoryStore(config: { DATA_DIR: string; MONGODB_URL?: string | undefined }): Promise<DirectoryStore> {
  if (config.MONGODB_URL) {
    const { MikroORM } = await import('@mikro-orm/mongodb');
    const entities = createDirectoryEntitySchemas('mongo');
    const orm = await MikroORM.init({
      clientUrl: config.MONGODB_URL,
      dbName: new URL(config.MONGODB_URL).pathname.slice(1) || 'support_graph',
      entities: Object.values(entities),
      debug: false,
    });
    await orm.schema.create();
    return new MikroOrmDirectoryStore(orm, entities);
  }
  const { MikroORM } = await import('@mikro-orm/sqlite');
  mkdirSync(config.DATA_DIR, { recursive: true });
  const entities = createDirectoryEntitySchemas('sql');
  const orm = await MikroORM.init({ dbName: join(config.DATA_DIR, 'directory.sqlite'), entities: Object.values(entities), debug: false });
  await orm.em.fork().execute('pragma journal_mode = WAL');
  await orm.schema.update();
  return new MikroOrmDirectoryStore(orm, entities);
}
