import { isMongoDuplicateKey, type MongoDatabase } from '@support-graph/runtime';
import type { ConfigExperiment } from '../config-experiment.js';
import type { ExperimentStore } from '../experiment-store.js';

/** `running` is true until stopped: a unique index over running experiments keeps one per kind. */
type ExperimentDocument = ConfigExperiment & { running: boolean };

const HIDE = { projection: { _id: 0, running: 0 } } as const;

/**
 * Experiments on MongoDB (several feedback replicas). Without transactions: the partial unique index
 * on `kind` among running experiments decides which of two concurrent starts wins.
 */
export async function createMongoExperimentStore(db: MongoDatabase): Promise<ExperimentStore> {
  const experiments = db.collection<ExperimentDocument>('playground_experiments');
  await Promise.all([
    experiments.createIndex({ kind: 1 }, { unique: true, partialFilterExpression: { running: true }, name: 'one_running_per_kind' }),
    experiments.createIndex({ kind: 1, startedAt: -1 }),
  ]);
  return {
    async start(experiment) {
      try {
        await experiments.insertOne({ ...experiment, stoppedBy: null, stoppedAt: null, running: true });
        return true;
      } catch (error) {
        if (isMongoDuplicateKey(error)) return false;
        throw error;
      }
    },
    async stop(kind, stoppedBy, stoppedAt) {
      const stopped = await experiments.findOneAndUpdate({ kind, running: true }, { $set: { running: false, stoppedBy, stoppedAt } }, { ...HIDE, returnDocument: 'after' });
      return (stopped as ConfigExperiment | null) ?? undefined;
    },
    async latest(kind) {
      const running = await experiments.findOne({ kind, running: true }, HIDE);
      if (running) return running;
      return (await experiments.find({ kind }, HIDE).sort({ stoppedAt: -1, startedAt: -1 }).limit(1).next()) ?? undefined;
    },
  };
}
