import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { triageModelFromJSON, type LabelledText, type TriageModel, type TriageModelJson } from '@support-graph/support-agents';
import { ClientErrors, type AuditActor, type AuditLog, type Logger } from '@support-graph/runtime';
import type { AgentRunStore } from '../store/agent-run-store.js';
import type { TriageOverrideRecord } from '../store/agent-run-records.js';
import { decidePromotion } from './promotion-gate.js';
import type { TriageTrainingReply, TriageTrainingRequest } from './triage-training-worker.js';
import { TriageModelVersions, type RetrainTrigger, type TriageModelVersionRecord } from './triage-model-versions.js';

export type TriageModelState = 'UNTRAINED' | 'TRAINING' | 'READY';

export interface TriageModelStatus {
  readonly state: TriageModelState;
  readonly trainedAt: Date | null;
  readonly examples: number | null;
  readonly lastError: string | null;
  /** The serving version (null: none, or a model from before versions were kept). */
  readonly version: number | null;
}

export interface TriageModelServiceOptions {
  readonly dataDir: string;
  /** Labelled CSV for the first training; undefined: no training data (rules only until a retrain). */
  readonly trainingDataPath: string | undefined;
  readonly store: AgentRunStore;
  readonly logger: Logger;
  /** Every training's decision and every rollback is written here. */
  readonly audit: AuditLog;
  /** Who the audit names for the start-up and scheduled trainings. */
  readonly serviceActor: AuditActor;
  /** How often to retrain when people corrected triage since the last version; 0: only on request. */
  readonly retrainIntervalMs: number;
  /** Called with every model that becomes ready (loaded from the cache, promoted or rolled back). */
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

/** The newest correction per ticket: a ticket corrected twice teaches its last label once. */
function latestPerTicket(overrides: readonly TriageOverrideRecord[]): LabelledText[] {
  const byTicket = new Map<string, LabelledText>();
  for (const override of overrides) byTicket.set(override.ticketId, { text: override.text, label: override.category });
  return [...byTicket.values()];
}

/**
 * Owns the triage model: loads the serving JSON (DATA_DIR/models/triage-model.json) after start,
 * or trains one in a low-priority worker thread from the labelled data, so start-up never waits
 * for it. People's overrides go into the loaded model's similarity cache at once and into the
 * next retraining, which serves only if the promotion gate lets it (docs/ai-loop.md).
 */
export class TriageModelService {
  private model: TriageModel | undefined;
  private worker: Worker | undefined;
  private schedule: NodeJS.Timeout | undefined;
  private status: TriageModelStatus = { state: 'UNTRAINED', trainedAt: null, examples: null, lastError: null, version: null };
  private readonly modelPath: string;
  private readonly versions: TriageModelVersions;

  constructor(private readonly options: TriageModelServiceOptions) {
    const modelsDir = join(options.dataDir, 'models');
    mkdirSync(modelsDir, { recursive: true });
    this.modelPath = join(modelsDir, 'triage-model.json');
    this.versions = new TriageModelVersions(modelsDir, this.modelPath);
  }

  /** Loads or trains in the background, and starts the retraining schedule; returns at once. */
  start(): void {
    setImmediate(() => {
      if (existsSync(this.modelPath)) void this.load(null);
      else if (this.options.trainingDataPath) this.train('startup', this.options.serviceActor, []);
    });
    if (this.options.retrainIntervalMs > 0) {
      this.schedule = setInterval(() => void this.retrainOnSchedule(), this.options.retrainIntervalMs);
      this.schedule.unref();
    }
  }

  current(): TriageModelStatus {
    return this.status;
  }

  listVersions(): readonly TriageModelVersionRecord[] {
    return [...this.versions.list()].reverse();
  }

  activeVersion(): number | null {
    return this.versions.active();
  }

  /**
   * Retrains from the labelled data plus every stored override; the current model serves until the
   * new one is ready, and after that too unless the new one is at least as good on the held-out slice.
   */
  async retrain(trigger: RetrainTrigger, actor: AuditActor): Promise<TriageModelStatus> {
    if (this.status.state === 'TRAINING') return this.status;
    // TRAINING from now: a second request while the corrections are read starts nothing.
    this.status = { ...this.status, state: 'TRAINING' };
    try {
      this.train(trigger, actor, latestPerTicket(await this.options.store.allOverrides()));
    } catch (error) {
      this.failed(error);
      throw error;
    }
    return this.status;
  }

  /** Serves a kept version again (any version: an earlier promoted one or a refused candidate). */
  async rollback(version: number, actor: AuditActor): Promise<TriageModelVersionRecord> {
    const record = this.versions.find(version);
    if (!record) throw ClientErrors.notFound('TriageModelVersion', String(version));
    if (this.status.state === 'TRAINING') throw ClientErrors.conflict('A retraining is running: roll back when it has finished');
    const from = this.versions.active();
    this.versions.serve(version);
    await this.load(record.examples);
    await this.options.audit.append([
      { actor, action: 'triage_model.rolled_back', target: { type: 'triage_model', id: `v${version}` }, details: { from, to: version } },
    ]);
    this.options.logger.info({ from, to: version }, 'triage model rolled back');
    return record;
  }

  /** A person's correction: the similarity cache learns it now (when a model is loaded). */
  learn(example: LabelledText): void {
    this.model?.cache.addResolved(example.text, this.model.vectorizer.vectorize(example.text), example.label);
  }

  async stop(): Promise<void> {
    clearInterval(this.schedule);
    await this.worker?.terminate();
    this.worker = undefined;
  }

  /** A scheduled run trains only when people corrected or imported labels since the last version. */
  private async retrainOnSchedule(): Promise<void> {
    if (this.status.state === 'TRAINING') return;
    const corrections = latestPerTicket(await this.options.store.allOverrides());
    const last = this.versions.list().at(-1);
    // Read again: a request may have started a training while the corrections were read.
    if ((this.status.state as TriageModelState) === 'TRAINING' || (last && last.corrections === corrections.length)) return;
    this.train('schedule', this.options.serviceActor, corrections);
  }

  private train(trigger: RetrainTrigger, actor: AuditActor, corrections: LabelledText[]): void {
    const outputPath = this.versions.nextModelPath();
    const request: TriageTrainingRequest = {
      ...(this.options.trainingDataPath ? { dataPath: this.options.trainingDataPath } : {}),
      corrections,
      outputPath,
      ...(existsSync(this.modelPath) ? { servingPath: this.modelPath } : {}),
    };
    const comparedWith = request.servingPath ? this.versions.active() : null;
    const started = Date.now();
    const worker = new Worker(workerUrl(), { workerData: request });
    this.worker = worker;
    this.status = { ...this.status, state: 'TRAINING' };
    worker.once('message', (reply: TriageTrainingReply) => {
      // The worker is done once it answers; the state stays TRAINING until the decision is recorded.
      if (this.worker === worker) this.worker = undefined;
      if (!reply.ok) return this.failed(new Error(reply.error));
      const decision = decidePromotion(reply.candidate, reply.serving);
      const record: TriageModelVersionRecord = {
        version: Number(/v(\d+)\.json$/.exec(outputPath)![1]),
        trainedAt: new Date().toISOString(),
        trigger,
        examples: reply.examples,
        corrections: corrections.length,
        metrics: reply.candidate,
        comparedWith,
        servingMetrics: reply.serving,
        decision: decision.promote ? 'PROMOTED' : 'CANDIDATE',
        reason: decision.reason,
      };
      this.options.logger.info({ version: record.version, decision: record.decision, examples: reply.examples, ms: Date.now() - started }, 'triage model trained');
      void this.conclude(record, actor);
    });
    worker.once('error', (error) => this.failed(error));
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
  }

  private async conclude(record: TriageModelVersionRecord, actor: AuditActor): Promise<void> {
    try {
      this.versions.record(record);
      await this.options.audit.append([
        {
          actor,
          action: record.decision === 'PROMOTED' ? 'triage_model.promoted' : 'triage_model.kept_as_candidate',
          target: { type: 'triage_model', id: `v${record.version}` },
          details: {
            trigger: record.trigger,
            examples: record.examples,
            corrections: record.corrections,
            comparedWith: record.comparedWith,
            metrics: { ...record.metrics },
            servingMetrics: record.servingMetrics ? { ...record.servingMetrics } : null,
            reason: record.reason,
          },
        },
      ]);
      if (record.decision === 'PROMOTED') await this.load(record.examples);
      else this.status = { ...this.status, state: this.model ? 'READY' : 'UNTRAINED' };
    } catch (error) {
      this.failed(error);
    }
  }

  private async load(examples: number | null): Promise<void> {
    try {
      const model = triageModelFromJSON(JSON.parse(readFileSync(this.modelPath, 'utf8')) as TriageModelJson);
      // Corrections made since (or before) this model was trained: the cache should know them all.
      for (const override of await this.options.store.allOverrides()) {
        model.cache.addResolved(override.text, model.vectorizer.vectorize(override.text), override.category);
      }
      this.model = model;
      this.status = { state: 'READY', trainedAt: new Date(), examples: examples ?? model.cache.size, lastError: null, version: this.versions.active() };
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
