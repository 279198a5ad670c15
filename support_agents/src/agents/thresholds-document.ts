import { parse } from 'yaml';
import { z } from 'zod';

const confidence = z.number().min(0).max(1);

/**
 * The playground's `thresholds` document (subgraphs/feedback/playground/seed/thresholds.yaml): kept
 * here so the playground refuses at save exactly what the agents subgraph would refuse to apply.
 */
const thresholdsDocument = z.strictObject({
  triage: z.strictObject({
    rules: confidence,
    cache: confidence,
    llm: confidence,
    /** Optional: absent, the configured or the model's tuned classifier threshold stays. */
    ml: confidence.optional(),
  }),
  escalation: confidence,
});

export interface LabelledThresholds {
  readonly triage: { readonly rules: number; readonly cache: number; readonly llm: number; readonly ml?: number };
  readonly escalation: number;
}

/** Validates a thresholds version; throws on anything the agents cannot use (every value in [0, 1]). */
export function parseThresholdsDocument(content: string): LabelledThresholds {
  const { triage, escalation } = thresholdsDocument.parse(parse(content));
  return { triage: { rules: triage.rules, cache: triage.cache, llm: triage.llm, ...(triage.ml === undefined ? {} : { ml: triage.ml }) }, escalation };
}
