import type { AiConfigKind } from '../configs/ai-config-kinds.js';
import type { ConfigExperiment } from './config-experiment.js';

export type NewExperiment = Omit<ConfigExperiment, 'stoppedBy' | 'stoppedAt'>;

/** Experiments of the playground. Adapter: SQLite beside the versions (adapters/). */
export interface ExperimentStore {
  /** Saves a running experiment; false (nothing saved) when one already runs for its kind. */
  start(experiment: NewExperiment): Promise<boolean>;
  /** Stops the running experiment of `kind`; returns it stopped, or undefined when none ran. */
  stop(kind: AiConfigKind, stoppedBy: string, stoppedAt: string): Promise<ConfigExperiment | undefined>;
  /** The running experiment of `kind`, else the one stopped last, else undefined. */
  latest(kind: AiConfigKind): Promise<ConfigExperiment | undefined>;
}
