import type { MongoDatabase } from '@support-graph/runtime';
import type { EvaluationRun } from '../evaluation-run.js';
import type { RunStore } from '../run-store.js';

/**
 * Finished runs on MongoDB, one document each (items included; a list leaves them out). Runs
 * finished in the same millisecond are ordered by `_id` (an ObjectId grows with insertion time).
 */
export async function createMongoRunStore(db: MongoDatabase): Promise<RunStore> {
  const runs = db.collection<EvaluationRun>('playground_evaluation_runs');
  await Promise.all([runs.createIndex({ id: 1 }, { unique: true }), runs.createIndex({ kind: 1, version: 1, dataset: 1, createdAt: -1 })]);
  const newestFirst = { createdAt: -1, _id: -1 } as const;
  return {
    async save(run) {
      await runs.insertOne({ ...run });
    },
    async run(id) {
      return (await runs.findOne({ id }, { projection: { _id: 0 } })) ?? undefined;
    },
    async list(filter, first) {
      const query = {
        ...(filter.kind === undefined ? {} : { kind: filter.kind }),
        ...(filter.version === undefined ? {} : { version: filter.version }),
        ...(filter.dataset === undefined ? {} : { dataset: filter.dataset }),
      };
      const found = await runs.find(query, { projection: { _id: 0, items: 0 } }).sort(newestFirst).limit(first).toArray();
      return found.map((run) => ({ ...run, items: [] }));
    },
    async latestFor(kind, version, dataset) {
      return (await runs.find({ kind, version, dataset }, { projection: { _id: 0 } }).sort(newestFirst).limit(1).next()) ?? undefined;
    },
  };
}
