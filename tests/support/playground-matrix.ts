/**
 * The playground's part of the role matrix (tests/role-matrix.test.ts): how each of its fields is
 * reached, on fixtures made once by `setUpPlayground`. Runs use a one-item dataset, so a case is quick.
 */
type Must = (query: string, variables?: Record<string, unknown>) => Promise<any>;
type Operation = { query: string; variables: Record<string, unknown>; path: string[]; subgraph?: string };

export interface PlaygroundFixtures {
  runId: string;
  /** A reply-drafting run made in the matrix's running experiment (reply-template, production vs staging, both version 1). */
  experimentRunId: string;
}

const TINY_DATASET = 'matrix-tiny';
const MATRIX_LABEL = 'matrix';
const KIND = 'kind: "reply-template"';
const HISTORY_BUILD = 'mutation($n: String!) { buildPlaygroundDatasetFromHistory(name: $n, filter: { limit: 5 }) { version } }';

/** Sub-selections of the playground's object fields. */
export const PLAYGROUND_OBJECT_SELECTION: Record<string, string> = {
  'PromotionGate.comparisons': '{ grader }',
  'AiConfigLabelMoveResult.label': '{ version }',
  'AiConfigLabelMoveResult.gate': '{ passed }',
  'EvaluationRun.graders': '{ grader }',
  'EvaluationRun.items': '{ itemId }',
  'EvaluationItem.scores': '{ grader }',
  'EvaluationItem.ungraded': '{ grader }',
  'EvaluationRun.draftedBy': '{ model }',
  'EvaluationItemPair.left': '{ itemId }',
  'EvaluationItemPair.right': '{ itemId }',
  'PlaygroundDraft.scores': '{ grader }',
  'AiConfigExperiment.results': '{ acceptancePValue }',
  'AiConfigExperimentResults.arms': '{ arm }',
  'AiConfigExperimentArm.agentRuns': '{ runs }',
};

/**
 * A one-item dataset, a run on it, a custom label that always has an earlier version to roll back to,
 * and a dataset from history (the matrix's resolved ticket is set up before: building fails loudly without it).
 */
export async function setUpPlayground(must: Must, admin: Must, ticketId: string): Promise<PlaygroundFixtures> {
  const content = '{"id":"one","text":"I lost my card, what should I do?","language":"en","expectedArticle":"kb-lost-card","reference":"Freeze your card in the app."}\n';
  await must(`mutation($c: String!) { uploadPlaygroundDataset(name: "${TINY_DATASET}", format: "jsonl", content: $c) { version } }`, { c: content });
  const run = await must(`mutation { runEvaluation(${KIND}, version: 1, dataset: "${TINY_DATASET}") { id } }`);
  await must(HISTORY_BUILD, { n: 'matrix-history' });
  for (let i = 0; i < 2; i += 1) await must(`mutation { moveAiConfigLabel(${KIND}, label: "${MATRIX_LABEL}", version: 1) { label { version } } }`);
  // An experiment whose arms are the same version, so nothing the other rows see changes; a draft made in it.
  await admin(`mutation { startAiConfigExperiment(${KIND}, candidate: "staging", candidateShare: 50) { id } }`);
  for (const deadline = Date.now() + 10_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const ran = await must('mutation($t: ID!) { runAgent(ticketId: $t, agent: "reply-drafting") { id } }', { t: ticketId });
    const read = await must('query($id: ID!) { agentRun(id: $id) { experiment { id } } }', { id: ran.runAgent.id });
    if (read.agentRun.experiment) return { runId: run.runEvaluation.id, experimentRunId: ran.runAgent.id };
    if (Date.now() > deadline) throw new Error('role matrix setup: the agents did not apply the experiment');
  }
}

export function playgroundQuery(field: string, fixtures: PlaygroundFixtures): { query: string; variables: Record<string, unknown> } | undefined {
  const queries: Record<string, string> = {
    aiConfigKinds: '{ aiConfigKinds { kind } }',
    aiConfigVersions: `{ aiConfigVersions(${KIND}) { number } }`,
    aiConfigVersion: `{ aiConfigVersion(${KIND}, number: 1) { number } }`,
    aiConfigLabels: `{ aiConfigLabels(${KIND}) { label } }`,
    aiConfigLabelHistory: `{ aiConfigLabelHistory(${KIND}, label: "production") { to } }`,
    aiConfigLabelled: `{ aiConfigLabelled(${KIND}, label: "production") { number } }`,
    aiConfigDiffPreview: `{ aiConfigDiffPreview(${KIND}, content: "instructions: x") }`,
    promotionGate: `{ promotionGate(${KIND}, version: 1) { passed } }`,
    playgroundDatasets: '{ playgroundDatasets { name } }',
    evaluationGraders: '{ evaluationGraders { name } }',
    evaluationRuns: '{ evaluationRuns(first: 1) { id } }',
    aiConfigExperiment: `{ aiConfigExperiment(${KIND}) { id } }`,
    playgroundCapabilities: '{ playgroundCapabilities { llmConfigured } }',
  };
  if (field === 'evaluationRun') return { query: 'query($id: ID!) { evaluationRun(id: $id) { id } }', variables: { id: fixtures.runId } };
  if (field === 'compareEvaluationRuns') return { query: 'query($id: ID!) { compareEvaluationRuns(left: $id, right: $id) { itemId } }', variables: { id: fixtures.runId } };
  return queries[field] ? { query: queries[field], variables: {} } : undefined;
}

/**
 * `admin` prepares what an allowed call needs (it may fail: only its effect matters). Start and stop
 * use a kind of their own, so the matrix's reply-template experiment keeps running.
 */
export async function playgroundMutation(
  field: string,
  unique: (prefix: string) => string,
  admin: (query: string) => Promise<unknown>,
): Promise<{ query: string; variables: Record<string, unknown> } | undefined> {
  const splitKind = 'kind: "missing-information-rules"';
  switch (field) {
    case 'startAiConfigExperiment':
      await admin(`mutation { moveAiConfigLabel(${splitKind}, label: "${MATRIX_LABEL}", version: 1) { label { version } } }`);
      await admin(`mutation { stopAiConfigExperiment(${splitKind}) { id } }`);
      return { query: `mutation { startAiConfigExperiment(${splitKind}, candidate: "${MATRIX_LABEL}", candidateShare: 10) { id } }`, variables: {} };
    case 'stopAiConfigExperiment':
      await admin(`mutation { moveAiConfigLabel(${splitKind}, label: "${MATRIX_LABEL}", version: 1) { label { version } } }`);
      await admin(`mutation { startAiConfigExperiment(${splitKind}, candidate: "${MATRIX_LABEL}", candidateShare: 10) { id } }`);
      return { query: `mutation { stopAiConfigExperiment(${splitKind}) { id } }`, variables: {} };
    case 'saveAiConfigVersion':
      return { query: `mutation { saveAiConfigVersion(kind: "model", content: "provider: embedded", message: "matrix") { number } }`, variables: {} };
    case 'moveAiConfigLabel':
      return { query: `mutation { moveAiConfigLabel(${KIND}, label: "${MATRIX_LABEL}", version: 1) { label { version } } }`, variables: {} };
    case 'rollBackAiConfigLabel':
      return { query: `mutation { rollBackAiConfigLabel(${KIND}, label: "${MATRIX_LABEL}") { label { version } } }`, variables: {} };
    case 'uploadPlaygroundDataset':
      return { query: 'mutation($n: String!) { uploadPlaygroundDataset(name: $n, format: "csv", content: "text\\nhello") { version } }', variables: { n: unique('matrix-set') } };
    case 'buildPlaygroundDatasetFromHistory':
      return { query: HISTORY_BUILD, variables: { n: unique('matrix-history') } };
    case 'capturePlaygroundDatasetFromQueue':
      return { query: 'mutation($n: String!) { capturePlaygroundDatasetFromQueue(name: $n, filter: { limit: 5 }) { version } }', variables: { n: unique('matrix-queue') } };
    case 'runEvaluation':
      return { query: `mutation { runEvaluation(${KIND}, version: 1, dataset: "${TINY_DATASET}") { id } }`, variables: {} };
    case 'tryAiConfig':
      return { query: `mutation { tryAiConfig(${KIND}, version: 1, text: "I lost my card") { reply } }`, variables: {} };
    default:
      return undefined;
  }
}

/** Where each playground type is reached from, wrapping `leaf` (the field and its sub-selection). */
export function playgroundReach(type: string, field: string, leaf: string, fixtures: PlaygroundFixtures): Operation | undefined {
  const at = (query: string, path: string[], variables: Record<string, unknown> = {}): Operation => ({ query, variables, path: [...path, field], subgraph: 'feedback' });
  const run = { id: fixtures.runId };
  switch (type) {
    case 'AiConfigKind':
      return at(`{ aiConfigKinds { ${leaf} } }`, ['aiConfigKinds', '*']);
    case 'AiConfigVersion':
      return at(`{ aiConfigLabelled(${KIND}, label: "production") { ${leaf} } }`, ['aiConfigLabelled']);
    case 'AiConfigLabel':
      return at(`{ aiConfigLabels(${KIND}) { ${leaf} } }`, ['aiConfigLabels', '*']);
    case 'AiConfigLabelMove':
      return at(`{ aiConfigLabelHistory(${KIND}, label: "production") { ${leaf} } }`, ['aiConfigLabelHistory', '*']);
    case 'PromotionGate':
      return at(`{ promotionGate(${KIND}, version: 1) { ${leaf} } }`, ['promotionGate']);
    case 'GateComparison':
      return at(`{ promotionGate(${KIND}, version: 1) { comparisons { ${leaf} } } }`, ['promotionGate', 'comparisons', '*']);
    case 'AiConfigLabelMoveResult':
      return at(`mutation { moveAiConfigLabel(${KIND}, label: "${MATRIX_LABEL}", version: 1) { ${leaf} } }`, ['moveAiConfigLabel']);
    case 'PlaygroundDataset':
      return at(`{ playgroundDatasets { ${leaf} } }`, ['playgroundDatasets', '*']);
    case 'EvaluationGrader':
      return at(`{ evaluationGraders { ${leaf} } }`, ['evaluationGraders', '*']);
    case 'EvaluationRun':
      return at(`query($id: ID!) { evaluationRun(id: $id) { ${leaf} } }`, ['evaluationRun'], run);
    case 'GraderMean':
      return at(`query($id: ID!) { evaluationRun(id: $id) { graders { ${leaf} } } }`, ['evaluationRun', 'graders', '*'], run);
    case 'EvaluationItem':
      return at(`query($id: ID!) { evaluationRun(id: $id) { items { ${leaf} } } }`, ['evaluationRun', 'items', '*'], run);
    case 'GraderScore':
      return at(`query($id: ID!) { evaluationRun(id: $id) { items { scores { ${leaf} } } } }`, ['evaluationRun', 'items', '*', 'scores', '*'], run);
    case 'UngradedNote':
      return at(`query($id: ID!) { evaluationRun(id: $id) { items { ungraded { ${leaf} } } } }`, ['evaluationRun', 'items', '*', 'ungraded', '*'], run);
    case 'DraftedByModel':
      return at(`query($id: ID!) { evaluationRun(id: $id) { draftedBy { ${leaf} } } }`, ['evaluationRun', 'draftedBy', '*'], run);
    case 'PlaygroundCapabilities':
      return at(`{ playgroundCapabilities { ${leaf} } }`, ['playgroundCapabilities']);
    case 'EvaluationItemPair':
      return at(`query($id: ID!) { compareEvaluationRuns(left: $id, right: $id) { ${leaf} } }`, ['compareEvaluationRuns', '*'], run);
    case 'PlaygroundDraft':
      return at(`mutation { tryAiConfig(${KIND}, version: 1, text: "I lost my card") { ${leaf} } }`, ['tryAiConfig']);
    case 'AiConfigExperiment':
      return at(`{ aiConfigExperiment(${KIND}) { ${leaf} } }`, ['aiConfigExperiment']);
    case 'AiConfigExperimentResults':
      return at(`{ aiConfigExperiment(${KIND}) { results { ${leaf} } } }`, ['aiConfigExperiment', 'results']);
    case 'AiConfigExperimentArm':
      return at(`{ aiConfigExperiment(${KIND}) { results { arms { ${leaf} } } } }`, ['aiConfigExperiment', 'results', 'arms', '*']);
    case 'AiConfigExperimentArmRuns':
      return at(`{ aiConfigExperiment(${KIND}) { results { arms { agentRuns { ${leaf} } } } } }`, ['aiConfigExperiment', 'results', 'arms', '*', 'agentRuns']);
    default:
      return undefined;
  }
}
