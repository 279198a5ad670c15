import { openOrm } from '@support-graph/runtime';
import { createDirectoryEntitySchemas } from './adapters/directory-entity-schemas.js';
import { MikroOrmDirectoryStore } from './adapters/mikro-orm-directory-store.js';
import type { DirectoryStore } from './directory-store.js';

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/directory.sqlite`. */
export async function createDirectoryStore(config: { DATA_DIR: string; MONGODB_URL?: string | undefined }): Promise<DirectoryStore> {
  const { orm, entities } = await openOrm(config, { entities: createDirectoryEntitySchemas, sqliteFile: 'directory.sqlite' });
  return new MikroOrmDirectoryStore(orm, entities);
}
