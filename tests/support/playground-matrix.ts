/**
 * The playground's part of the role matrix (tests/role-matrix.test.ts): how each of its fields is
 * reached, on fixtures made once by `setUpPlayground`. Runs use a one-item dataset, so a case is quick.
 */
type Must = (query: string, variables?: Record<string, unknown>) => Promise<any>;
type Operation = { query: string; variables: Record<string, unknown>; path: string[]; subgraph?: string };

export interface PlaygroundFixtures {
  runId: string;
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
};

/**
 * A one-item dataset, a run on it, a custom label that always has an earlier version to roll back to,
 * and a dataset from history (the matrix's resolved ticket is set up before: building fails loudly without it).
 */
export async function setUpPlayground(must: Must): Promise<PlaygroundFixtures> {
  const content = '{"id":"one","text":"I lost my card, what should I do?","language":"en","expectedArticle":"kb-lost-card","reference":"Freeze your card in the app."}\n';
  await must(`mutation($c: String!) { uploadPlaygroundDataset(name: "${TINY_DATASET}", format: "jsonl", content: $c) { version } }`, { c: content });
  const run = await must(`mutation { runEvaluation(${KIND}, version: 1, dataset: "${TINY_DATASET}") { id } }`);
  await must(HISTORY_BUILD, { n: 'matrix-history' });
  for (let i = 0; i < 2; i += 1) await must(`mutation { moveAiConfigLabel(${KIND}, label: "${MATRIX_LABEL}", version: 1) { label { version } } }`);
  return { runId: run.runEvaluation.id };
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
    playgroundCapabilities: '{ playgroundCapabilities { llmConfigured } }',
  };
  if (field === 'evaluationRun') return { query: 'query($id: ID!) { evaluationRun(id: $id) { id } }', variables: { id: fixtures.runId } };
  if (field === 'compareEvaluationRuns') return { query: 'query($id: ID!) { compareEvaluationRuns(left: $id, right: $id) { itemId } }', variables: { id: fixtures.runId } };
  return queries[field] ? { query: queries[field], variables: {} } : undefined;
}

export function playgroundMutation(field: string, unique: (prefix: string) => string): { query: string; variables: Record<string, unknown> } | undefined {
  switch (field) {
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
    default:
      return undefined;
  }
}
