import { join } from 'node:path';
import { createSqliteDatasetStore } from '../../subgraphs/feedback/src/playground/datasets/adapters/sqlite-dataset-store.js';
import type { DatasetVersion } from '../../subgraphs/feedback/src/playground/datasets/dataset-store.js';
import { openPlaygroundDatabase } from '../../subgraphs/feedback/src/playground/versions/adapters/playground-database.js';

/** The newest version of a dataset as the embedded playground stored it: what reached the disk, masking included. */
export async function storedDataset(dataDir: string, name: string): Promise<DatasetVersion> {
  const db = openPlaygroundDatabase(join(dataDir, 'playground.sqlite'));
  try {
    const dataset = await createSqliteDatasetStore(db).dataset(name);
    if (!dataset) throw new Error(`no dataset ${name} in the playground`);
    return dataset;
  } finally {
    db.close();
  }
}
