import { roles, type FieldRules } from '@support-graph/runtime';

/**
 * Field rules of the playground (merged into the feedback subgraph's). Leads and admins use it;
 * the agents subgraph (`service`) reads the version a label points at. Gate overrides are checked
 * in the service (admins only), not here, because a lead may move the same label through the gate.
 */
const leads = roles('lead', 'admin');
const leadsAndService = roles('lead', 'admin', 'service');
/** Starting and stopping an experiment changes what customers get on a share of tickets: admins only. */
const admins = roles('admin');

const OBJECT_TYPES = [
  'AiConfigKind',
  'AiConfigLabel',
  'AiConfigLabelMove',
  'GateComparison',
  'PromotionGate',
  'AiConfigLabelMoveResult',
  'PlaygroundDataset',
  'EvaluationGrader',
  'GraderScore',
  'GraderMean',
  'EvaluationItem',
  'EvaluationRun',
  'EvaluationItemPair',
  'PlaygroundDraft',
  'PlaygroundCapabilities',
  'UngradedNote',
  'DraftedByModel',
  'PlaygroundTryChunk',
  'AiConfigExperimentResults',
  'AiConfigExperimentArm',
  'AiConfigExperimentArmRuns',
] as const;

export const playgroundPermissions: FieldRules = {
  Query: {
    aiConfigKinds: leads,
    aiConfigVersions: leads,
    aiConfigVersion: leads,
    aiConfigLabels: leads,
    aiConfigLabelHistory: leads,
    aiConfigLabelled: leadsAndService,
    aiConfigDiffPreview: leads,
    promotionGate: leads,
    playgroundDatasets: leads,
    evaluationGraders: leads,
    evaluationRuns: leads,
    evaluationRun: leads,
    compareEvaluationRuns: leads,
    // The agents read the running experiment of each kind they follow.
    aiConfigExperiment: leadsAndService,
    playgroundCapabilities: leads,
  },
  Mutation: {
    saveAiConfigVersion: leads,
    moveAiConfigLabel: leads,
    rollBackAiConfigLabel: leads,
    uploadPlaygroundDataset: leads,
    buildPlaygroundDatasetFromHistory: leads,
    capturePlaygroundDatasetFromQueue: leads,
    runEvaluation: leads,
    tryAiConfig: leads,
    startAiConfigExperiment: admins,
    stopAiConfigExperiment: admins,
  },
  // Admission only: the gateway delivers a try's chunks to the identity that sent it (subscriptions/playground-try-source.ts).
  Subscription: {
    playgroundTryChunks: leads,
  },
  // Whoever may reach one of these objects may read all of its fields.
  ...Object.fromEntries(OBJECT_TYPES.map((type) => [type, { '*': leads }])),
  // The agents subgraph reads the labelled version itself.
  AiConfigVersion: { '*': leadsAndService },
  // The agents read which labels split how; the results (ratings, CSAT) are for leads.
  AiConfigExperiment: { '*': leadsAndService, results: leads },
};

/** The feedback subgraph's rules with the playground's added (Query, Mutation and Subscription merged field by field). */
export function withPlaygroundPermissions(rules: FieldRules): FieldRules {
  const merged: Record<string, unknown> = { ...(rules as Record<string, unknown>), ...(playgroundPermissions as Record<string, unknown>) };
  for (const root of ['Query', 'Mutation', 'Subscription'] as const) {
    merged[root] = { ...((rules as Record<string, object>)[root] ?? {}), ...((playgroundPermissions as Record<string, object>)[root] ?? {}) };
  }
  return merged as FieldRules;
}
