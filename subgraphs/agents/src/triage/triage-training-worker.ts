import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import {
  evaluateTriage,
  readLabelledCsv,
  trainTriageModel,
  triageModelFromJSON,
  triageModelToJSON,
  type LabelledText,
  type TriageModel,
  type TriageModelJson,
} from '@support-graph/support-agents';
import { splitTrainingData } from './held-out-slice.js';
import type { HeldOutMetrics } from './promotion-gate.js';

/** What the trainer sends this worker. */
export interface TriageTrainingRequest {
  /** Labelled CSV to train from; absent when training from corrections only. */
  readonly dataPath?: string;
  /** People's corrections (and imported labels), added to the data. */
  readonly corrections: readonly LabelledText[];
  /** Where to write the new model's JSON (written to a temporary file, then renamed into place). */
  readonly outputPath: string;
  /** The serving model's JSON, scored on the same held-out slice; absent when none serves. */
  readonly servingPath?: string;
}

export type TriageTrainingReply =
  | { readonly ok: true; readonly examples: number; readonly candidate: HeldOutMetrics; readonly serving: HeldOutMetrics | null }
  | { readonly ok: false; readonly error: string };

// Training takes tens of seconds of CPU: at the lowest priority (on Linux this applies to this
// thread only) it never competes with requests, and the subgraph answers with rules meanwhile.
try {
  setPriority(19);
} catch {
  // Not permitted on this platform: train at normal priority.
}

/** The learnt stages (similarity cache, then classifier at its tuned threshold) on the held-out slice. */
async function score(model: TriageModel, heldOut: readonly LabelledText[]): Promise<HeldOutMetrics> {
  if (heldOut.length === 0) return { accuracy: 0, macroF1: 0, examples: 0 };
  const evaluation = await evaluateTriage(model, heldOut, {});
  return { accuracy: evaluation.accuracy, macroF1: evaluation.macro_f1, examples: heldOut.length };
}

async function run(request: TriageTrainingRequest): Promise<TriageTrainingReply> {
  const { train, heldOut } = splitTrainingData(request.dataPath ? readLabelledCsv(request.dataPath) : [], request.corrections);
  const model = trainTriageModel(train);
  const temporary = `${request.outputPath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(triageModelToJSON(model)));
  renameSync(temporary, request.outputPath);
  const serving =
    request.servingPath && existsSync(request.servingPath)
      ? await score(triageModelFromJSON(JSON.parse(readFileSync(request.servingPath, 'utf8')) as TriageModelJson), heldOut)
      : null;
  return { ok: true, examples: train.length, candidate: await score(model, heldOut), serving };
}

run(workerData as TriageTrainingRequest).then(
  (reply) => parentPort?.postMessage(reply),
  (error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies TriageTrainingReply),
);
