import { join } from 'node:path';
import { openMongoOrm, openSqliteOrm, type OrmDatabase } from '@support-graph/runtime';
import type { AgentRunStore } from './agent-run-store.js';
import { createAgentEntitySchemas, type AgentEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmAgentRunStore } from './adapters/mikro-orm-agent-run-store.js';

export interface AgentRunStoreConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
}

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/agents.sqlite` (`:memory:` allowed). */
export async function createAgentRunStore(config: AgentRunStoreConfig, sqlitePath?: string): Promise<AgentRunStore> {
  if (config.MONGODB_URL) return createMongoAgentRunStore(config.MONGODB_URL);
  return createSqliteAgentRunStore(sqlitePath ?? join(config.DATA_DIR, 'agents.sqlite'));
}

export async function createSqliteAgentRunStore(path: string): Promise<AgentRunStore> {
  const entities = createAgentEntitySchemas('sql');
  return storeOn(await openSqliteOrm({ path, entities: Object.values(entities) }), entities);
}

export async function createMongoAgentRunStore(url: string): Promise<AgentRunStore> {
  const entities = createAgentEntitySchemas('mongo');
  return storeOn(await openMongoOrm({ url, entities: Object.values(entities) }), entities);
}

function storeOn(database: OrmDatabase, entities: AgentEntitySchemas): AgentRunStore {
  // compact runs after erasure: the old text must not linger in free pages or the WAL.
  return new MikroOrmAgentRunStore(database.orm, entities, database.ping, database.compact);
}
