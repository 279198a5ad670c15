import type { MongoDatabase } from '@support-graph/runtime';
import type { EvaluationRun } from '../evaluation-run.js';
import type { RunSetup } from '../run-setup.js';
import type { RunStore } from '../run-store.js';

/** Runs stored before the setup was recorded were all embedded, on the committed articles, without a rubric. */
const withSetup = (run: EvaluationRun): EvaluationRun => ({
  ...run,
  responder: run.responder ?? 'EMBEDDED',
  knowledge: run.knowledge ?? 'COMMITTED',
  model: run.model ?? 'local',
  rubricVersion: run.rubricVersion ?? null,
});

/** Matches runs of `setup`, including those stored without it when it is the default one (`$ne` matches a missing field). */
const setupQuery = (setup: RunSetup) => ({
  responder: setup.responder === 'EMBEDDED' ? { $ne: 'CONFIGURED_LLM' as const } : setup.responder,
  knowledge: setup.knowledge === 'COMMITTED' ? { $ne: 'LIVE' as const } : setup.knowledge,
});

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
      const found = await runs.findOne({ id }, { projection: { _id: 0 } });
      return found ? withSetup(found) : undefined;
    },
    async list(filter, first) {
      const query = {
        ...(filter.kind === undefined ? {} : { kind: filter.kind }),
        ...(filter.version === undefined ? {} : { version: filter.version }),
        ...(filter.dataset === undefined ? {} : { dataset: filter.dataset }),
      };
      const found = await runs.find(query, { projection: { _id: 0, items: 0 } }).sort(newestFirst).limit(first).toArray();
      return found.map((run) => withSetup({ ...run, items: [] }));
    },
    async latestFor(kind, version, dataset, setup) {
      const found = await runs.find({ kind, version, dataset, ...setupQuery(setup) }, { projection: { _id: 0 } }).sort(newestFirst).limit(1).next();
      return found ? withSetup(found) : undefined;
    },
  };
}
