import { openOrm, type OrmConfig } from '@support-graph/runtime';
import type { RoadmapStore } from './roadmap-store.js';
import { createRoadmapEntitySchemas } from './adapters/roadmap-entity-schemas.js';
import { MikroOrmRoadmapStore } from './adapters/mikro-orm-roadmap-store.js';

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/roadmap.sqlite` (`:memory:` allowed). */
export async function createRoadmapStore(config: OrmConfig, sqlitePath?: string): Promise<RoadmapStore> {
  const database = await openOrm(config, { entities: createRoadmapEntitySchemas, sqliteFile: 'roadmap.sqlite', sqlitePath });
  return new MikroOrmRoadmapStore(database.orm, database.entities, database.ping);
}
