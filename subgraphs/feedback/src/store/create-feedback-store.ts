import { openOrm, type OrmConfig } from '@support-graph/runtime';
import type { FeedbackStore } from './feedback-store.js';
import { createFeedbackEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmFeedbackStore } from './adapters/mikro-orm-feedback-store.js';

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/feedback.sqlite` (or `sqlitePath`). */
export async function createFeedbackStore(config: OrmConfig, sqlitePath?: string): Promise<FeedbackStore> {
  const database = await openOrm(config, { entities: createFeedbackEntitySchemas, sqliteFile: 'feedback.sqlite', sqlitePath });
  return new MikroOrmFeedbackStore(database.orm, database.entities, database.ping, database.compact);
}
