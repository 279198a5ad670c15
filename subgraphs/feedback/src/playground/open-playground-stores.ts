import { join } from 'node:path';
import { openMongoDatabase } from '@support-graph/runtime';
import { createMongoDatasetStore } from './datasets/adapters/mongo-dataset-store.js';
import { createSqliteDatasetStore } from './datasets/adapters/sqlite-dataset-store.js';
import type { DatasetStore } from './datasets/dataset-store.js';
import { createMongoRunStore } from './evaluation/adapters/mongo-run-store.js';
import { createSqliteRunStore } from './evaluation/adapters/sqlite-run-store.js';
import type { RunStore } from './evaluation/run-store.js';
import { openPlaygroundDatabase } from './versions/adapters/playground-database.js';
import { createMongoVersionStore } from './versions/adapters/mongo-version-store.js';
import { createSqliteVersionStore } from './versions/adapters/sqlite-version-store.js';
import type { VersionStore } from './versions/version-store.js';

export interface PlaygroundStores {
  readonly versions: VersionStore;
  readonly datasets: DatasetStore;
  readonly runs: RunStore;
  close(): Promise<void>;
}

export interface PlaygroundStoreConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
}

/**
 * The playground's stores: MongoDB when MONGODB_URL is set (every feedback replica sees the same
 * versions, labels and runs), otherwise one SQLite file, `DATA_DIR/playground.sqlite` (or `sqlitePath`).
 */
export async function openPlaygroundStores(config: PlaygroundStoreConfig, sqlitePath?: string): Promise<PlaygroundStores> {
  if (config.MONGODB_URL) {
    const { client, db } = await openMongoDatabase(config.MONGODB_URL);
    const [versions, datasets, runs] = await Promise.all([createMongoVersionStore(db), createMongoDatasetStore(db), createMongoRunStore(db)]);
    return { versions, datasets, runs, close: () => client.close() };
  }
  const db = openPlaygroundDatabase(sqlitePath ?? join(config.DATA_DIR, 'playground.sqlite'));
  return {
    versions: createSqliteVersionStore(db),
    datasets: createSqliteDatasetStore(db),
    runs: createSqliteRunStore(db),
    close: async () => db.close(),
  };
}
