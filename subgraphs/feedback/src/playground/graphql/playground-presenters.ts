import type { ConfigVersion, LabelMove, LabelPointer } from '../versions/config-version.js';
import type { DatasetVersion } from '../datasets/dataset-store.js';
import type { EvaluationRun, ItemResult } from '../evaluation/evaluation-run.js';
import type { GateVerdict } from '../evaluation/promotion-gate.js';
import type {
  AiConfigLabelMoveType,
  AiConfigLabelType,
  AiConfigVersionType,
  EvaluationItemType,
  EvaluationRunType,
  PlaygroundDatasetType,
  PromotionGateType,
} from './playground-object-types.js';

export const presentVersion = (version: ConfigVersion): AiConfigVersionType => ({ ...version, createdAt: new Date(version.createdAt) });
export const presentLabel = (label: LabelPointer): AiConfigLabelType => ({ ...label, movedAt: new Date(label.movedAt) });
export const presentMove = (move: LabelMove): AiConfigLabelMoveType => ({ ...move, movedAt: new Date(move.movedAt) });
export const presentGate = (gate: GateVerdict): PromotionGateType => ({ passed: gate.passed, comparisons: [...gate.comparisons] });

export const presentDataset = (dataset: DatasetVersion): PlaygroundDatasetType => ({
  name: dataset.name,
  version: dataset.version,
  source: dataset.source,
  itemCount: dataset.items.length,
  createdBy: dataset.createdBy,
  createdAt: new Date(dataset.createdAt),
});

export const presentItem = (item: ItemResult): EvaluationItemType => ({
  itemId: item.itemId,
  reply: item.output.reply,
  citedArticles: [...item.output.citedArticles],
  language: item.output.language,
  grounded: item.output.grounded,
  category: item.output.category ?? null,
  missing: item.output.missing ? [...item.output.missing] : null,
  escalated: item.output.escalation?.escalate ?? null,
  scores: Object.entries(item.scores).map(([grader, score]) => ({ grader, ...score })),
  ungraded: Object.entries(item.ungraded ?? {}).map(([grader, note]) => ({ grader, note })),
  costUsd: item.costUsd,
  latencyMs: item.latencyMs,
  model: item.model ?? null,
  gradingCostUsd: item.grading?.costUsd ?? null,
});

export const presentRun = (run: EvaluationRun): EvaluationRunType => ({
  id: run.id,
  kind: run.kind,
  version: run.version,
  dataset: run.dataset,
  datasetVersion: run.datasetVersion,
  responder: run.responder,
  knowledge: run.knowledge,
  model: run.model,
  draftedBy: Object.entries(run.summary.draftedBy ?? {}).map(([model, items]) => ({ model, items })),
  rubricVersion: run.rubricVersion,
  itemCount: run.summary.items,
  graders: Object.entries(run.summary.graders).map(([grader, { mean, items }]) => ({ grader, mean, items })),
  costUsd: run.summary.costUsd,
  latencyMeanMs: run.summary.latencyMs.mean,
  latencyP95Ms: run.summary.latencyMs.p95,
  gradingCostUsd: run.summary.grading?.costUsd ?? 0,
  gradingLatencyMeanMs: run.summary.grading?.latencyMs.mean ?? null,
  ungradedItems: run.summary.grading?.ungraded ?? 0,
  items: run.items.map(presentItem),
  createdBy: run.createdBy,
  createdAt: new Date(run.createdAt),
});
