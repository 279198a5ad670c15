import { join } from 'node:path';
import { createEphemeralKeyring, createKeyring, keyringBesideDatabase, type Keyring, openMongoOrm, openSqliteOrm, type KeyringConfig, type OrmDatabase } from '@support-graph/runtime';
import type { AgentRunStore } from './agent-run-store.js';
import { createAgentEntitySchemas, type AgentEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmAgentRunStore } from './adapters/mikro-orm-agent-run-store.js';
import { EncryptedAgentRunStore } from './encrypted-agent-run-store.js';

export interface AgentRunStoreConfig extends KeyringConfig {
  readonly MONGODB_URL?: string | undefined;
}

/**
 * MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/agents.sqlite` (`:memory:` allowed).
 * Text fields are encrypted with the platform's data keys (DATA_ENCRYPTION_KEYS, or the key file under DATA_DIR).
 */
export async function createAgentRunStore(config: AgentRunStoreConfig, sqlitePath?: string): Promise<AgentRunStore> {
  const keyring = createKeyring(config);
  if (config.MONGODB_URL) return createMongoAgentRunStore(config.MONGODB_URL, keyring);
  return createSqliteAgentRunStore(sqlitePath ?? join(config.DATA_DIR, 'agents.sqlite'), keyring);
}

export async function createSqliteAgentRunStore(path: string, keyring: Keyring = keyringBesideDatabase(path)): Promise<AgentRunStore> {
  const entities = createAgentEntitySchemas('sql');
  return storeOn(await openSqliteOrm({ path, entities: Object.values(entities) }), entities, keyring);
}

export async function createMongoAgentRunStore(url: string, keyring: Keyring = createEphemeralKeyring()): Promise<AgentRunStore> {
  const entities = createAgentEntitySchemas('mongo');
  return storeOn(await openMongoOrm({ url, entities: Object.values(entities) }), entities, keyring);
}

function storeOn(database: OrmDatabase, entities: AgentEntitySchemas, keyring: Keyring): AgentRunStore {
  // compact runs after erasure: the old text must not linger in free pages or the WAL.
  return new EncryptedAgentRunStore(new MikroOrmAgentRunStore(database.orm, entities, database.ping, database.compact), keyring);
}
