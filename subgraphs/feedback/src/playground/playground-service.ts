import { randomUUID } from 'node:crypto';
import { auditActorOf, createDomainEvent, type AuditLog, type EventBus, type Identity } from '@support-graph/runtime';
import { isAiConfigKind, type AiConfigKind } from './configs/ai-config-kinds.js';
import { configDocumentProblem } from './configs/config-document-problem.js';
import { parseModelChoice, replyTemplateFromDocument, type ModelChoice } from '@support-graph/support-agents';
import type { DatasetItem } from './datasets/dataset-item.js';
import type { DatasetStore, DatasetVersion } from './datasets/dataset-store.js';
import { DatasetProblem, parseDatasetUpload } from './datasets/dataset-upload.js';
import type { HistoryFilter } from './datasets/history/history-filter.js';
import { checkHistoryFilter, historyDatasetItems, type TicketHistory } from './datasets/history/history-dataset.js';
import { checkQueueFilter, queueDatasetItems, type TicketQueue } from './datasets/queue/queue-dataset.js';
import type { QueueFilter } from './datasets/queue/queue-filter.js';
import { agentsFor, draftItem, type DraftedItem, type EvaluationEnvironment } from './evaluation/draft-item.js';
import { agentDependenciesFor, EVALUATED_KINDS, isEvaluatedKind, isRunnableKind, UNGATED_RUN_KINDS, type EvaluatedDocument, type EvaluatedKind } from './evaluation/evaluated-config.js';
import type { EvaluationRun, ItemResult } from './evaluation/evaluation-run.js';
import type { ConfiguredLlm } from './evaluation/configured-llm.js';
import { BUILT_IN_GRADERS } from './evaluation/graders/grader-catalog.js';
import { LLM_RUBRIC_GRADER, LlmRubricGrader } from './evaluation/graders/llm-rubric/llm-rubric-grader.js';
import { llmRubricProblem, parseLlmRubric } from './configs/llm-rubric-document.js';
import { baselineOf, promotionGate, type GateVerdict } from './evaluation/promotion-gate.js';
import { runEvaluation } from './evaluation/run-evaluation.js';
import { EMBEDDED_MODEL, GATE_SETUP, type KnowledgeSource, type Responder } from './evaluation/run-setup.js';
import type { RunStore } from './evaluation/run-store.js';
import { PlaygroundErrors } from './playground-errors.js';
import { PLAYGROUND_LABEL_MOVED, type PlaygroundLabelMovedPayload } from './playground-events.js';
import { TryChunkPublisher } from './try-stream/try-chunk-publisher.js';
import { LABEL_NAME, PRODUCTION_LABEL, type ConfigVersion, type LabelMove, type LabelPointer } from './versions/config-version.js';
import { versionDiff } from './versions/version-diff.js';
import type { VersionStore } from './versions/version-store.js';

/** The dataset a version must be run on before it may take a protected label (seeded from the committed gate dataset). */
export const GATE_DATASET = 'gate-replies';

export interface PlaygroundDependencies {
  readonly versions: VersionStore;
  readonly datasets: DatasetStore;
  readonly runs: RunStore;
  readonly audit: AuditLog;
  readonly events: EventBus;
  /** Where drafts retrieve from: the committed evaluation articles, or the live knowledge subgraph (absent where the playground runs without the platform). */
  readonly environment: (knowledge: KnowledgeSource) => Promise<EvaluationEnvironment>;
  /** Resolved tickets to build datasets from; absent where the playground runs without the platform (ai:test, unit tests). */
  readonly history?: TicketHistory;
  /** The tickets waiting now, to capture datasets from; absent like `history`. */
  readonly queue?: TicketQueue;
  /** The platform's configured LLM; absent without a key (runs then draft embedded only, with no rubric grader). */
  readonly llm?: ConfiguredLlm;
  readonly now?: () => Date;
}

/** What runs can use here: the console offers the configured-LLM responder only when there is one. */
export interface PlaygroundCapabilities {
  readonly llmConfigured: boolean;
  readonly model: string | null;
}

export interface LabelMoveResult {
  readonly pointer: LabelPointer;
  readonly move: LabelMove;
  /** The gate's comparison when one was needed. */
  readonly gate: GateVerdict | null;
}

/**
 * The playground's use cases: versions, labels (with the promotion gate), datasets and evaluation
 * runs. Every change is written to the audit log; a label move is published so the agents reading
 * that label switch without a restart.
 */
export class PlaygroundService {
  private readonly now: () => Date;

  constructor(private readonly deps: PlaygroundDependencies) {
    this.now = deps.now ?? (() => new Date());
  }

  kind(kind: string): AiConfigKind {
    if (!isAiConfigKind(kind)) throw PlaygroundErrors.unknownKind(kind);
    return kind;
  }

  versions(kind: string): Promise<ConfigVersion[]> {
    return this.deps.versions.versions(this.kind(kind));
  }

  async version(kind: string, number: number): Promise<ConfigVersion> {
    const found = await this.deps.versions.version(this.kind(kind), number);
    if (!found) throw PlaygroundErrors.versionNotFound(kind, number);
    return found;
  }

  labels(kind: string): Promise<LabelPointer[]> {
    return this.deps.versions.labels(this.kind(kind));
  }

  /** The version `label` points at, or null (what the agents read). */
  async labelled(kind: string, label: string): Promise<ConfigVersion | null> {
    const pointer = await this.deps.versions.label(this.kind(kind), label);
    return pointer ? ((await this.deps.versions.version(pointer.kind, pointer.version)) ?? null) : null;
  }

  labelMoves(kind: string, label: string): Promise<LabelMove[]> {
    return this.deps.versions.labelMoves(this.kind(kind), label);
  }

  /** A unified diff of `content` against the newest version, before saving (the editor's preview). */
  async previewDiff(kind: string, content: string): Promise<string> {
    const latest = await this.deps.versions.latest(this.kind(kind));
    return versionDiff(kind, latest, { number: (latest?.number ?? 0) + 1, content });
  }

  async saveVersion(identity: Identity, kind: string, content: string, message: string): Promise<ConfigVersion> {
    const checkedKind = this.kind(kind);
    const problem = configDocumentProblem(checkedKind, content);
    if (problem) throw PlaygroundErrors.invalidDocument(kind, problem);
    const latest = await this.deps.versions.latest(checkedKind);
    const saved = await this.deps.versions.append({
      kind: checkedKind,
      content,
      author: identity.subject,
      message: message.trim().slice(0, 500) || 'No message',
      diff: versionDiff(kind, latest, { number: (latest?.number ?? 0) + 1, content }),
    });
    await this.deps.audit.append([
      { actor: auditActorOf(identity), action: 'playground.version_saved', target: { type: 'ai_config', id: checkedKind }, details: { version: saved.number } },
    ]);
    return saved;
  }

  /**
   * Points `label` at `version`. Unprotected labels (staging, custom ones) move freely. A protected
   * label (`production`) moves to a version it pointed at before (a rollback), or to a version
   * whose latest run on the gate dataset is not worse than the current one's on the gate graders;
   * past a failing gate only an admin may move it, with a reason that goes to the audit log.
   */
  async moveLabel(identity: Identity, kind: string, label: string, version: number, overrideReason?: string): Promise<LabelMoveResult> {
    const checkedKind = this.kind(kind);
    if (!LABEL_NAME.test(label)) throw PlaygroundErrors.invalidLabel();
    await this.version(checkedKind, version);
    const current = await this.deps.versions.label(checkedKind, label);
    const isProtected = current?.protected ?? label === PRODUCTION_LABEL;
    let gate: GateVerdict | null = null;
    const reason = overrideReason?.trim();
    if (isProtected && current && current.version !== version && !(await this.pointedAtBefore(checkedKind, label, version))) {
      gate = await this.gate(identity, checkedKind, current.version, version);
      if (!gate.passed) {
        if (identity.role !== 'admin') throw gate.comparisons.length === 0 ? PlaygroundErrors.protectedLabel(label) : PlaygroundErrors.gateFailed(gateReason(gate));
        if (!reason) throw PlaygroundErrors.gateFailed(`${gateReason(gate)}; an admin override needs a reason`);
      }
    }
    const override = gate && !gate.passed ? reason : undefined;
    const moved = await this.deps.versions.moveLabel({
      kind: checkedKind,
      label,
      to: version,
      movedBy: identity.subject,
      protectedWhenNew: label === PRODUCTION_LABEL,
      ...(override ? { overrideReason: override } : {}),
    });
    await this.deps.audit.append([
      {
        actor: auditActorOf(identity),
        action: override ? 'playground.label_moved_past_gate' : 'playground.label_moved',
        target: { type: 'ai_config_label', id: `${checkedKind}/${label}` },
        details: { from: moved.move.from, to: version, ...(gate ? { gatePassed: gate.passed } : {}), ...(override ? { reason: override } : {}) },
      },
    ]);
    const payload: PlaygroundLabelMovedPayload = { kind: checkedKind, label, from: moved.move.from, to: version };
    await this.deps.events.publish(createDomainEvent(PLAYGROUND_LABEL_MOVED, `${checkedKind}/${label}`, payload));
    return { ...moved, gate };
  }

  /**
   * Whether `version` would pass the gate into production now: its latest run on the gate dataset
   * against production's (run first when it has none). What the console shows before a promotion.
   */
  async checkGate(identity: Identity, kind: string, version: number): Promise<GateVerdict> {
    const checkedKind = this.kind(kind);
    await this.version(checkedKind, version);
    const production = await this.deps.versions.label(checkedKind, PRODUCTION_LABEL);
    if (!production) return { passed: true, comparisons: [] };
    return this.gate(identity, checkedKind, production.version, version);
  }

  /** Moves `label` back to where it pointed before its last move. */
  async rollBack(identity: Identity, kind: string, label: string): Promise<LabelMoveResult> {
    const [last] = await this.deps.versions.labelMoves(this.kind(kind), label);
    if (!last || last.from === null) throw PlaygroundErrors.nothingToRollBack(label);
    return this.moveLabel(identity, kind, label, last.from);
  }

  private async pointedAtBefore(kind: AiConfigKind, label: string, version: number): Promise<boolean> {
    return (await this.deps.versions.labelMoves(kind, label)).some((move) => move.to === version);
  }

  /** Runs the current version on the gate dataset when it has no run there yet, then compares. */
  private async gate(identity: Identity, kind: AiConfigKind, current: number, candidate: number): Promise<GateVerdict> {
    if (!isEvaluatedKind(kind)) return { passed: false, comparisons: [] };
    const graders = EVALUATED_KINDS[kind];
    // Like with like: only runs drafted by the embedded responder on the committed articles (deterministic, free) are compared.
    const candidateRun = await this.deps.runs.latestFor(kind, candidate, GATE_DATASET, GATE_SETUP);
    if (!candidateRun) {
      return { passed: false, comparisons: graders.map((grader) => ({ grader, candidate: null, baseline: null, worse: true })) };
    }
    const currentRun = (await this.deps.runs.latestFor(kind, current, GATE_DATASET, GATE_SETUP)) ?? (await this.startRun(identity, kind, current, GATE_DATASET));
    return promotionGate(candidateRun.summary, baselineOf(currentRun.summary), graders);
  }

  async uploadDataset(identity: Identity, name: string, format: 'csv' | 'jsonl', content: string): Promise<DatasetVersion> {
    if (!LABEL_NAME.test(name)) throw PlaygroundErrors.invalidDataset('name: 1–40 lower-case letters, digits or dashes, starting with a letter');
    let items: DatasetItem[];
    try {
      items = parseDatasetUpload(format, content);
    } catch (error) {
      if (error instanceof DatasetProblem) throw PlaygroundErrors.invalidDataset(error.message);
      throw error;
    }
    const saved = await this.deps.datasets.append({ name, source: 'upload', items, createdBy: identity.subject });
    await this.deps.audit.append([
      { actor: auditActorOf(identity), action: 'playground.dataset_uploaded', target: { type: 'dataset', id: name }, details: { version: saved.version, items: items.length } },
    ]);
    return saved;
  }

  /**
   * Stores the next version of dataset `name` built from resolved tickets the filter selects (text
   * read from the tickets subgraph, PII masked on the way in). No matching ticket is an error, not
   * an empty dataset.
   */
  async buildDatasetFromHistory(identity: Identity, name: string, filter: HistoryFilter): Promise<DatasetVersion> {
    if (!LABEL_NAME.test(name)) throw PlaygroundErrors.invalidDataset('name: 1–40 lower-case letters, digits or dashes, starting with a letter');
    checkHistoryFilter(filter);
    if (!this.deps.history) throw PlaygroundErrors.ticketsUnavailable();
    const items = await historyDatasetItems(this.deps.history, filter);
    if (items.length === 0) throw PlaygroundErrors.noHistory();
    const saved = await this.deps.datasets.append({ name, source: 'history', items, createdBy: identity.subject });
    const { limit, ...conditions } = filter;
    await this.deps.audit.append([
      {
        actor: auditActorOf(identity),
        action: 'playground.dataset_built',
        target: { type: 'dataset', id: name },
        details: { version: saved.version, items: items.length, limit, ...conditions },
      },
    ]);
    return saved;
  }

  /**
   * Stores the next version of dataset `name` captured from the tickets waiting now (text read from
   * the tickets subgraph, PII masked on the way in, no reference answer). No matching ticket is an
   * error, not an empty dataset.
   */
  async captureDatasetFromQueue(identity: Identity, name: string, filter: QueueFilter): Promise<DatasetVersion> {
    if (!LABEL_NAME.test(name)) throw PlaygroundErrors.invalidDataset('name: 1–40 lower-case letters, digits or dashes, starting with a letter');
    checkQueueFilter(filter);
    if (!this.deps.queue) throw PlaygroundErrors.ticketsUnavailable();
    const items = await queueDatasetItems(this.deps.queue, filter);
    if (items.length === 0) throw PlaygroundErrors.noQueuedTicket();
    const saved = await this.deps.datasets.append({ name, source: 'queue', items, createdBy: identity.subject });
    const { limit, ...conditions } = filter;
    await this.deps.audit.append([
      {
        actor: auditActorOf(identity),
        action: 'playground.dataset_captured',
        target: { type: 'dataset', id: name },
        details: { version: saved.version, items: items.length, limit, ...conditions },
      },
    ]);
    return saved;
  }

  datasets(): Promise<DatasetVersion[]> {
    return this.deps.datasets.latestVersions();
  }

  capabilities(): PlaygroundCapabilities {
    return { llmConfigured: this.deps.llm !== undefined, model: this.deps.llm?.model ?? null };
  }

  /** The graders a run uses now: the built-in ones, and the LLM rubric grader when an LLM is configured. */
  graders(): { name: string; judges: string; cannotJudge: string }[] {
    const builtIn = BUILT_IN_GRADERS.map(({ name, judges, cannotJudge }) => ({ name, judges, cannotJudge }));
    return this.deps.llm ? [...builtIn, { ...LLM_RUBRIC_GRADER }] : builtIn;
  }

  /**
   * Runs a version over a dataset, with production's configuration around it. `EMBEDDED` drafts
   * with the local grounded responder; `CONFIGURED_LLM` with the platform's LLM (refused when none
   * is configured). A `model` version decides who drafts itself: the vendor and model it names (its
   * key must be configured here), or the embedded responder. Drafts retrieve from the committed
   * evaluation articles, or from the live knowledge subgraph. With an LLM configured, the rubric
   * labelled `production` grades every item too, whichever the responder.
   */
  async startRun(
    identity: Identity,
    kind: string,
    version: number,
    datasetName: string,
    datasetVersion?: number,
    setup: { responder?: Responder; knowledge?: KnowledgeSource } = {},
  ): Promise<EvaluationRun> {
    const { knowledge = 'COMMITTED' } = setup;
    const checkedKind = this.kind(kind);
    if (!isRunnableKind(checkedKind)) throw PlaygroundErrors.invalidDocument(kind, `only ${[...Object.keys(EVALUATED_KINDS), ...UNGATED_RUN_KINDS].join(', ')} versions can be run`);
    const configVersion = await this.version(checkedKind, version);
    const drafter = this.drafterFor(checkedKind, configVersion.content, setup.responder ?? 'EMBEDDED');
    const responder: Responder = drafter ? 'CONFIGURED_LLM' : 'EMBEDDED';
    const dataset = await this.deps.datasets.dataset(datasetName, datasetVersion);
    if (!dataset) throw PlaygroundErrors.invalidDataset(`dataset "${datasetName.slice(0, 60)}" not found`);
    const environment = await this.deps.environment(knowledge);
    const dependencies = await this.evaluatedDependencies(checkedKind === 'model' ? undefined : checkedKind, configVersion.content, `${configVersion.number}`);
    const rubric = await this.rubricGrader();
    const drafting = drafter ? { ...environment, llm: drafter.provider } : environment;
    const result = await runEvaluation(dependencies, dataset.items, BUILT_IN_GRADERS, drafting, rubric);
    const run: EvaluationRun = {
      id: randomUUID(),
      kind: checkedKind,
      version,
      dataset: dataset.name,
      datasetVersion: dataset.version,
      responder,
      knowledge,
      model: drafter ? drafter.model : EMBEDDED_MODEL,
      rubricVersion: rubric?.rubricVersion ?? null,
      summary: result.summary,
      items: result.items,
      createdBy: identity.subject,
      createdAt: this.now().toISOString(),
    };
    await this.deps.runs.save(run);
    await this.deps.audit.append([
      {
        actor: auditActorOf(identity),
        action: 'playground.run_finished',
        target: { type: 'evaluation_run', id: run.id },
        details: {
          kind,
          version,
          dataset: dataset.name,
          datasetVersion: dataset.version,
          responder,
          knowledge,
          model: run.model,
          rubricVersion: run.rubricVersion,
          costUsd: run.summary.costUsd + (run.summary.grading?.costUsd ?? 0),
        },
      },
    ]);
    return run;
  }

  /**
   * The LLM rubric grader with the rubric labelled `production`, or undefined without an LLM. A
   * production rubric that is not a valid document (a playground seeded before the grader existed
   * holds a number-only rubric) leaves the grader out until a valid version is labelled.
   */
  private async rubricGrader(): Promise<LlmRubricGrader | undefined> {
    if (!this.deps.llm) return undefined;
    const rubric = await this.labelled('llm-rubric', PRODUCTION_LABEL);
    if (!rubric || llmRubricProblem(rubric.content)) return undefined;
    return new LlmRubricGrader(this.deps.llm.provider, parseLlmRubric(rubric.content), rubric.number);
  }

  /**
   * The version's document in its place (`kind` undefined: none, for a `model` run), production's
   * configuration around it; a document the agents cannot parse is BAD_USER_INPUT.
   */
  private async evaluatedDependencies(kind: EvaluatedKind | undefined, content: string, version: string) {
    const production: EvaluatedDocument[] = [];
    for (const other of Object.keys(EVALUATED_KINDS) as EvaluatedKind[]) {
      const labelled = other === kind ? null : await this.labelled(other, PRODUCTION_LABEL);
      if (labelled) production.push({ kind: other, content: labelled.content, number: labelled.number });
    }
    try {
      return agentDependenciesFor(kind ? { kind, content, number: version } : undefined, production);
    } catch (error) {
      throw PlaygroundErrors.invalidDocument(kind ?? 'model', (error as Error).message.split('\n')[0]!.slice(0, 300));
    }
  }

  /** Who drafts a run: the configured LLM, a `model` version's choice, or nobody (the embedded responder). */
  private drafterFor(kind: AiConfigKind, content: string, responder: Responder): ConfiguredLlm | undefined {
    const llm = this.deps.llm;
    if (kind !== 'model') {
      if (responder === 'CONFIGURED_LLM' && !llm) throw PlaygroundErrors.llmNotConfigured();
      return responder === 'CONFIGURED_LLM' ? llm : undefined;
    }
    let choice: ModelChoice;
    try {
      choice = parseModelChoice(content);
    } catch (error) {
      throw PlaygroundErrors.invalidDocument(kind, (error as Error).message.split('\n')[0]!.slice(0, 300));
    }
    if (choice.provider === 'embedded') return undefined;
    if (!llm) throw PlaygroundErrors.llmNotConfigured();
    try {
      return llm.withChoice(choice);
    } catch (error) {
      // The chosen vendor has no key in this deployment.
      throw PlaygroundErrors.invalidDocument(kind, (error as Error).message.slice(0, 300));
    }
  }

  runs(filter: { kind?: string; version?: number; dataset?: string }, first: number): Promise<EvaluationRun[]> {
    return this.deps.runs.list(filter, Math.min(Math.max(first, 1), 100));
  }

  run(id: string): Promise<EvaluationRun | undefined> {
    return this.deps.runs.run(id);
  }

  /** Two runs side by side, item by item (items only one run has are paired with null). */
  async compareRuns(leftId: string, rightId: string): Promise<{ itemId: string; left: ItemResult | null; right: ItemResult | null }[]> {
    const [left, right] = await Promise.all([this.deps.runs.run(leftId), this.deps.runs.run(rightId)]);
    if (!left || !right) throw PlaygroundErrors.invalidDataset('run not found');
    const ids = [...new Set([...left.items.map((item) => item.itemId), ...right.items.map((item) => item.itemId)])];
    return ids.map((itemId) => ({
      itemId,
      left: left.items.find((item) => item.itemId === itemId) ?? null,
      right: right.items.find((item) => item.itemId === itemId) ?? null,
    }));
  }

  /** Where a "try it" draft streams while it is written: `playground.try_chunk` events for `identity` only. */
  tryStream(identity: Identity, streamId: string): TryChunkPublisher {
    return new TryChunkPublisher(this.deps.events, streamId, identity.subject);
  }

  /** Drafts one ticket text with a saved version, or with unsaved `content` (the editor's "try it"), streaming through `onDelta`. */
  async tryDraft(kind: string, source: { version?: number; content?: string }, item: DatasetItem, onDelta?: (text: string) => void): Promise<DraftedItem> {
    const checkedKind = this.kind(kind);
    if (checkedKind !== 'reply-template') throw PlaygroundErrors.invalidDocument(kind, 'only reply templates can be tried on a ticket');
    let content = source.content;
    if (content === undefined) content = (await this.version(checkedKind, source.version ?? 0)).content;
    const problem = configDocumentProblem(checkedKind, content);
    if (problem) throw PlaygroundErrors.invalidDocument(kind, problem);
    const template = replyTemplateFromDocument(content, source.version === undefined ? 'draft' : `${source.version}`);
    return draftItem(agentsFor({ 'reply-drafting': { template } }), item, await this.deps.environment('COMMITTED'), onDelta);
  }
}

function gateReason(gate: GateVerdict): string {
  if (gate.comparisons.length === 0) return 'this kind has no evaluation; only an admin may move it';
  const worse = gate.comparisons.filter((comparison) => comparison.worse);
  if (worse.every((comparison) => comparison.candidate === null && comparison.baseline === null)) return `run the version on the "${GATE_DATASET}" dataset with the embedded responder first`;
  return worse.map((comparison) => `${comparison.grader} ${comparison.candidate ?? 'not measured'} < production ${comparison.baseline}`).join(', ');
}
