import { typedDocument } from '../api/typed-document';
import buildFromHistoryText from './graphql/build-playground-dataset-from-history.graphql?raw';
import captureFromQueueText from './graphql/capture-playground-dataset-from-queue.graphql?raw';
import experimentText from './graphql/ai-config-experiment.graphql?raw';
import compareRunsText from './graphql/compare-evaluation-runs.graphql?raw';
import diffPreviewText from './graphql/ai-config-diff-preview.graphql?raw';
import moveLabelText from './graphql/move-ai-config-label.graphql?raw';
import overviewText from './graphql/playground-overview.graphql?raw';
import rollBackText from './graphql/roll-back-ai-config-label.graphql?raw';
import runEvaluationText from './graphql/run-evaluation.graphql?raw';
import saveVersionText from './graphql/save-ai-config-version.graphql?raw';
import startExperimentText from './graphql/start-ai-config-experiment.graphql?raw';
import stopExperimentText from './graphql/stop-ai-config-experiment.graphql?raw';
import tryText from './graphql/try-ai-config.graphql?raw';
import tryChunksText from './graphql/playground-try-chunks.graphql?raw';
import uploadText from './graphql/upload-playground-dataset.graphql?raw';
import type {
  AiConfigKind,
  BuiltDataset,
  ConfigExperiment,
  ConfigLabel,
  ConfigVersion,
  DatasetSummary,
  HistoryFilter,
  ItemPair,
  KnowledgeSource,
  PlaygroundCapabilities,
  QueueFilter,
  Responder,
  RunSummary,
  TriedDraft,
  TryChunk,
} from './playground-types';

export const PlaygroundOverview = typedDocument<
  {
    aiConfigKinds: AiConfigKind[];
    aiConfigLabels: ConfigLabel[];
    aiConfigVersions: ConfigVersion[];
    playgroundDatasets: DatasetSummary[];
    playgroundCapabilities: PlaygroundCapabilities;
    evaluationRuns: RunSummary[];
  },
  { kind: string }
>(overviewText);

export const AiConfigDiffPreview = typedDocument<{ aiConfigDiffPreview: string }, { kind: string; content: string }>(diffPreviewText);

export const SaveAiConfigVersion = typedDocument<{ saveAiConfigVersion: { number: number; diff: string } | null }, { kind: string; content: string; message: string }>(saveVersionText);

export const TryAiConfig = typedDocument<
  { tryAiConfig: TriedDraft | null },
  { kind: string; version?: number | null; content?: string | null; text: string; customerName?: string | null; streamId?: string | null }
>(tryText);

export const PlaygroundTryChunks = typedDocument<{ playgroundTryChunks: TryChunk }, { streamId: string }>(tryChunksText);

export const RunEvaluation = typedDocument<
  { runEvaluation: { id: string; version: number; dataset: string; itemCount: number } | null },
  { kind: string; version: number; dataset: string; responder: Responder; knowledge: KnowledgeSource }
>(runEvaluationText);

export const MoveAiConfigLabel = typedDocument<
  { moveAiConfigLabel: { label: { label: string; version: number }; gate: { passed: boolean } | null } | null },
  { kind: string; label: string; version: number; overrideReason?: string | null }
>(moveLabelText);

export const RollBackAiConfigLabel = typedDocument<{ rollBackAiConfigLabel: { label: { label: string; version: number } } | null }, { kind: string; label: string }>(rollBackText);

export const CompareEvaluationRuns = typedDocument<{ compareEvaluationRuns: ItemPair[] }, { left: string; right: string }>(compareRunsText);

export const UploadPlaygroundDataset = typedDocument<
  { uploadPlaygroundDataset: { name: string; version: number; itemCount: number } | null },
  { name: string; format: string; content: string }
>(uploadText);

export const BuildPlaygroundDatasetFromHistory = typedDocument<{ buildPlaygroundDatasetFromHistory: BuiltDataset | null }, { name: string; filter: HistoryFilter }>(buildFromHistoryText);

export const CapturePlaygroundDatasetFromQueue = typedDocument<{ capturePlaygroundDatasetFromQueue: BuiltDataset | null }, { name: string; filter: QueueFilter }>(captureFromQueueText);

export const AiConfigExperiment = typedDocument<{ aiConfigExperiment: ConfigExperiment | null }, { kind: string }>(experimentText);

export const StartAiConfigExperiment = typedDocument<
  { startAiConfigExperiment: { id: string; running: boolean } | null },
  { kind: string; control: string; candidate: string; candidateShare: number }
>(startExperimentText);

export const StopAiConfigExperiment = typedDocument<{ stopAiConfigExperiment: { id: string; running: boolean } | null }, { kind: string }>(stopExperimentText);
