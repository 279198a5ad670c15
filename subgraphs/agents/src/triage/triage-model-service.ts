import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { triageModelFromJSON, type LabelledText, type TriageModel, type TriageModelJson } from '@support-graph/support-agents';
import type { Logger } from '@support-graph/runtime';
import type { AgentRunStore } from '../store/agent-run-store.js';
import type { TriageTrainingReply, TriageTrainingRequest } from './triage-training-worker.js';

export type TriageModelState = 'UNTRAINED' | 'TRAINING' | 'READY';

export interface TriageModelStatus {
  readonly state: TriageModelState;
  readonly trainedAt: Date | null;
  readonly examples: number | null;
  readonly lastError: string | null;
}

export interface TriageModelServiceOptions {
  readonly dataDir: string;
  /** Labelled CSV for the first training; undefined: no training data (rules only until a retrain). */
  readonly trainingDataPath: string | undefined;
  readonly store: AgentRunStore;
  readonly logger: Logger;
  /** Called with every model that becomes ready (loaded from the cache or freshly trained). */
  readonly onModel: (model: TriageModel) => void;
}

/**
 * The worker runs compiled JavaScript: from the built package its sibling file, and when this
 * module runs from its TypeScript sources (jest) the same file in the package's last build.
 */
function workerUrl(): URL {
  const here = new URL('./triage-training-worker.js', import.meta.url);
  return here.pathname.includes('/src/') ? new URL(here.href.replace('/src/', '/dist/')) : here;
}

/**
 * Owns the triage model: loads the cached JSON (DATA_DIR/models/triage-model.json) after start,
 * or trains one in a low-priority worker thread from the labelled data, so start-up never waits
 * for it. People's overrides go into the loaded model's similarity cache at once and into the
 * next retraining.
 */
export class TriageModelService {
  private model: TriageModel | undefined;
  private worker: Worker | undefined;
  private status: TriageModelStatus = { state: 'UNTRAINED', trainedAt: null, examples: null, lastError: null };
  private readonly modelPath: string;

  constructor(private readonly options: TriageModelServiceOptions) {
    this.modelPath = join(options.dataDir, 'models', 'triage-model.json');
  }

  /** Loads or trains in the background; returns at once. */
  start(): void {
    setImmediate(() => {
      if (existsSync(this.modelPath)) void this.load(null);
      else if (this.options.trainingDataPath) this.train(this.options.trainingDataPath, []);
    });
  }

  current(): TriageModelStatus {
    return this.status;
  }

  /** Retrains from the labelled data plus every stored override; the current model serves until the new one is ready. */
  async retrain(): Promise<TriageModelStatus> {
    if (this.worker) return this.status;
    const overrides = await this.options.store.allOverrides();
    this.train(this.options.trainingDataPath, overrides.map((override) => ({ text: override.text, label: override.category })));
    return this.status;
  }

  /** A person's correction: the similarity cache learns it now (when a model is loaded). */
  learn(example: LabelledText): void {
    this.model?.cache.addResolved(example.text, this.model.vectorizer.vectorize(example.text), example.label);
  }

  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private train(dataPath: string | undefined, corrections: LabelledText[]): void {
    mkdirSync(dirname(this.modelPath), { recursive: true });
    const request: TriageTrainingRequest = { ...(dataPath ? { dataPath } : {}), corrections, outputPath: this.modelPath };
    const started = Date.now();
    const worker = new Worker(workerUrl(), { workerData: request });
    this.worker = worker;
    this.status = { ...this.status, state: 'TRAINING' };
    worker.once('message', (reply: TriageTrainingReply) => {
      if (reply.ok) {
        this.options.logger.info({ examples: reply.examples, ms: Date.now() - started }, 'triage model trained');
        void this.load(reply.examples);
      } else this.failed(new Error(reply.error));
    });
    worker.once('error', (error) => this.failed(error));
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
  }

  private async load(examples: number | null): Promise<void> {
    try {
      const model = triageModelFromJSON(JSON.parse(readFileSync(this.modelPath, 'utf8')) as TriageModelJson);
      // Corrections made since (or before) this model was trained: the cache should know them all.
      for (const override of await this.options.store.allOverrides()) {
        model.cache.addResolved(override.text, model.vectorizer.vectorize(override.text), override.category);
      }
      this.model = model;
      this.status = { state: 'READY', trainedAt: new Date(), examples: examples ?? model.cache.size, lastError: null };
      this.options.onModel(model);
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    this.options.logger.error({ err: error }, 'triage model unavailable: triage runs on rules');
    this.status = { ...this.status, state: this.model ? 'READY' : 'UNTRAINED', lastError: error instanceof Error ? error.message : String(error) };
  }
}
