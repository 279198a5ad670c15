import { claimNextMongoKey, type MongoDatabase } from '@support-graph/runtime';
import type { DatasetStore, DatasetVersion } from '../dataset-store.js';

const HIDE_ID = { projection: { _id: 0 } } as const;

/** Datasets on MongoDB, one document per version; the version number is claimed by a unique index. */
export async function createMongoDatasetStore(db: MongoDatabase, now: () => Date = () => new Date()): Promise<DatasetStore> {
  const datasets = db.collection<DatasetVersion>('playground_datasets');
  await datasets.createIndex({ name: 1, version: 1 }, { unique: true });
  const newest = async (name: string): Promise<DatasetVersion | undefined> => (await datasets.find({ name }, HIDE_ID).sort({ version: -1 }).limit(1).next()) ?? undefined;
  return {
    append(dataset) {
      return claimNextMongoKey(async () => {
        const stored: DatasetVersion = { ...dataset, version: ((await newest(dataset.name))?.version ?? 0) + 1, createdAt: now().toISOString() };
        await datasets.insertOne({ ...stored });
        return stored;
      });
    },
    async dataset(name, version) {
      return version === undefined ? newest(name) : ((await datasets.findOne({ name, version }, HIDE_ID)) ?? undefined);
    },
    async latestVersions() {
      const names = ((await datasets.distinct('name')) as string[]).sort();
      const found = await Promise.all(names.map((name) => newest(name)));
      return found.filter((dataset) => dataset !== undefined);
    },
  };
}
