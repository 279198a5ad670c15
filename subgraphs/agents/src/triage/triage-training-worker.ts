import { renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readLabelledCsv, trainTriageModel, triageModelToJSON, type LabelledText } from '@support-graph/support-agents';

/** What the trainer sends this worker. */
export interface TriageTrainingRequest {
  /** Labelled CSV to train from; absent when training from corrections only. */
  readonly dataPath?: string;
  /** People's corrections, added to the data. */
  readonly corrections: readonly LabelledText[];
  /** Where to write the model JSON (written to a temporary file, then renamed into place). */
  readonly outputPath: string;
}

export type TriageTrainingReply = { readonly ok: true; readonly examples: number } | { readonly ok: false; readonly error: string };

// Training takes tens of seconds of CPU: at the lowest priority (on Linux this applies to this
// thread only) it never competes with requests, and the subgraph answers with rules meanwhile.
try {
  setPriority(19);
} catch {
  // Not permitted on this platform: train at normal priority.
}

const request = workerData as TriageTrainingRequest;
try {
  const examples = [...(request.dataPath ? readLabelledCsv(request.dataPath) : []), ...request.corrections];
  const model = trainTriageModel(examples);
  const temporary = `${request.outputPath}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(triageModelToJSON(model)));
  renameSync(temporary, request.outputPath);
  parentPort?.postMessage({ ok: true, examples: examples.length } satisfies TriageTrainingReply);
} catch (error) {
  parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies TriageTrainingReply);
}
