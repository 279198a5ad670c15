/** What the playground page reads, as its operations select it. */
export interface AiConfigKind {
  kind: string;
  title: string;
  /** Whether versions can be run on a dataset. */
  evaluated: boolean;
  /** Whether a run on the gate dataset decides its promotion (otherwise only admins move production). */
  gated: boolean;
  /** Whether the agents follow it, so an admin can split it between two labels (an A/B experiment). */
  experiments: boolean;
}

export interface ConfigLabel {
  label: string;
  version: number;
  protected: boolean;
  movedBy: string;
  movedAt: string;
}

export interface ConfigVersion {
  number: number;
  author: string;
  message: string;
  content: string;
  createdAt: string;
}

export interface DatasetSummary {
  name: string;
  version: number;
  source: string;
  itemCount: number;
}

export interface GraderMean {
  grader: string;
  mean: number;
  items: number;
}

/** Who drafts a run: the embedded responder, or the LLM the platform is configured with. */
export type Responder = 'EMBEDDED' | 'CONFIGURED_LLM';

/** Where a run's drafts retrieve from: the committed evaluation articles, or the live knowledge base. */
export type KnowledgeSource = 'COMMITTED' | 'LIVE';

/** How a run is drafted. */
export interface RunSetup {
  responder: Responder;
  knowledge: KnowledgeSource;
}

export interface PlaygroundCapabilities {
  llmConfigured: boolean;
  model: string | null;
}

export interface RunSummary {
  id: string;
  version: number;
  dataset: string;
  datasetVersion: number;
  responder: Responder;
  knowledge: KnowledgeSource;
  model: string;
  rubricVersion: number | null;
  itemCount: number;
  costUsd: number;
  gradingCostUsd: number;
  ungradedItems: number;
  latencyMeanMs: number;
  graders: GraderMean[];
  createdAt: string;
}

export interface GraderScore {
  grader: string;
  score: number;
  note: string;
}

/** One piece of a streamed "try it" draft. */
export interface TryChunk {
  seq: number;
  delta: string;
  done: boolean;
}

/** A dataset version built from tickets: what the forms show. */
export interface BuiltDataset {
  name: string;
  version: number;
  source: string;
  itemCount: number;
}

/** Resolved tickets to build from (HistoryDatasetFilter); every field optional. */
export interface HistoryFilter {
  category?: string;
  language?: string;
  minCsat?: number;
  resolvedFrom?: string;
  resolvedTo?: string;
  limit?: number;
}

/** Waiting tickets to capture (QueueDatasetFilter); every field optional. */
export interface QueueFilter {
  category?: string;
  language?: string;
  priority?: string[];
  status?: string[];
  limit?: number;
}

export interface TriedDraft {
  reply: string;
  grounded: boolean;
  citedArticles: string[];
  language: string;
  latencyMs: number;
  scores: GraderScore[];
}

export interface ItemSide {
  reply: string;
  scores: GraderScore[];
  ungraded: { grader: string; note: string }[];
}

export interface ItemPair {
  itemId: string;
  left: ItemSide | null;
  right: ItemSide | null;
}

export interface ExperimentArm {
  arm: string;
  label: string;
  drafts: number;
  sentAsIs: number;
  edited: number;
  discarded: number;
  meanEditDistance: number | null;
  acceptanceRate: number | null;
  csatResponses: number;
  csatMean: number | null;
  /** What the agents did in the arm; null when the agents subgraph did not answer. */
  agentRuns: ArmRuns | null;
}

/** The measures of the kinds other than the reply template, per arm. */
export interface ArmRuns {
  runs: number;
  triageRuns: number;
  triageToPerson: number;
  triageReviewed: number;
  triageAccuracy: number | null;
  escalationRuns: number;
  escalationRate: number | null;
  missingInformationRuns: number;
  askRate: number | null;
}

export interface ConfigExperiment {
  id: string;
  controlLabel: string;
  candidateLabel: string;
  candidateShare: number;
  controlVersionAtStart: number;
  candidateVersionAtStart: number;
  running: boolean;
  startedBy: string;
  startedAt: string;
  stoppedAt: string | null;
  results: { acceptancePValue: number | null; arms: ExperimentArm[] };
}
