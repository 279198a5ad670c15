import { createKeyring, openOrm, type KeyringConfig, type OrmConfig } from '@support-graph/runtime';
import type { RoadmapStore } from './roadmap-store.js';
import { createRoadmapEntitySchemas } from './adapters/roadmap-entity-schemas.js';
import { MikroOrmRoadmapStore } from './adapters/mikro-orm-roadmap-store.js';
import { EncryptedRoadmapStore } from './encrypted-roadmap-store.js';

/**
 * MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/roadmap.sqlite` (`:memory:` allowed).
 * Issue descriptions are encrypted with the platform's data keys (DATA_ENCRYPTION_KEYS, or the key file under DATA_DIR).
 */
export async function createRoadmapStore(config: OrmConfig & KeyringConfig, sqlitePath?: string): Promise<RoadmapStore> {
  const database = await openOrm(config, { entities: createRoadmapEntitySchemas, sqliteFile: 'roadmap.sqlite', sqlitePath });
  return new EncryptedRoadmapStore(new MikroOrmRoadmapStore(database.orm, database.entities, database.ping, database.compact), createKeyring(config));
}
