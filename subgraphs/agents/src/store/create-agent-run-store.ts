import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AgentRunStore } from './agent-run-store.js';
import { createAgentEntitySchemas } from './adapters/mikro-orm-entity-schemas.js';
import { MikroOrmAgentRunStore } from './adapters/mikro-orm-agent-run-store.js';

export interface AgentRunStoreConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
}

/** MongoDB when MONGODB_URL is set, otherwise SQLite at `DATA_DIR/agents.sqlite` (`:memory:` allowed). */
export async function createAgentRunStore(config: AgentRunStoreConfig, sqlitePath?: string): Promise<AgentRunStore> {
  if (config.MONGODB_URL) return createMongoAgentRunStore(config.MONGODB_URL);
  return createSqliteAgentRunStore(sqlitePath ?? join(ensureDirectory(config.DATA_DIR), 'agents.sqlite'));
}

function ensureDirectory(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

export async function createSqliteAgentRunStore(path: string): Promise<AgentRunStore> {
  const { MikroORM } = await import('@mikro-orm/sqlite');
  const entities = createAgentEntitySchemas('sql');
  const orm = await MikroORM.init({ dbName: path, entities: Object.values(entities), debug: false });
  const em = orm.em.fork();
  // WAL lets the resolvers read while the pipeline writes; NORMAL sync survives a process crash.
  await em.execute('pragma journal_mode = WAL');
  await em.execute('pragma synchronous = NORMAL');
  await orm.schema.update();
  return new MikroOrmAgentRunStore(
    orm,
    entities,
    async () => {
      await orm.em.fork().execute('select 1');
    },
    // After erasure: the old text must not linger in free pages or the WAL.
    async () => {
      await em.execute('pragma wal_checkpoint(TRUNCATE)');
      await em.execute('vacuum');
      await em.execute('pragma wal_checkpoint(TRUNCATE)');
    },
  );
}

export async function createMongoAgentRunStore(url: string): Promise<AgentRunStore> {
  const { MikroORM } = await import('@mikro-orm/mongodb');
  const entities = createAgentEntitySchemas('mongo');
  const orm = await MikroORM.init({
    clientUrl: url,
    dbName: new URL(url).pathname.slice(1) || 'support_graph',
    entities: Object.values(entities),
    debug: false,
  });
  await orm.schema.create();
  return new MikroOrmAgentRunStore(orm, entities, async () => {
    await orm.em.fork().getConnection().getDb().command({ ping: 1 });
  });
}
