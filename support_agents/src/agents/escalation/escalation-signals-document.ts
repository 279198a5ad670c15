import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { compileEscalationPhrase, type EscalationPhrases } from './escalation-phrases.js';
import { DEFAULT_ESCALATION_WEIGHTS, type EscalationWeights } from './escalation-signals.js';

const weight = z.number().min(0).max(1);

/**
 * `support_agents/rules/escalation-signals.yaml`, and the playground's `escalation-weights` kind (its
 * seed is that file). Strict: a misspelt key would otherwise be ignored and its default silently kept.
 */
const documentSchema = z.strictObject({
  version: z.literal(1),
  human_request: z.array(z.string().min(1)).min(1),
  legal: z.array(z.string().min(1)).min(1),
  /** Each signal's weight, 0–1; a signal left out keeps `DEFAULT_ESCALATION_WEIGHTS`. */
  weights: z
    .strictObject({
      human_request: weight.optional(),
      legal: weight.optional(),
      triage_escalated: weight.optional(),
      low_triage_confidence: weight.optional(),
      negative_sentiment: weight.optional(),
      many_turns: weight.optional(),
      vip: weight.optional(),
    })
    .optional(),
});

/** The escalation agent's phrases and weights, validated and compiled. */
export interface EscalationSignalsDocument {
  /** First 8 hex of the source's SHA-256, so runs name the signals they used (`+signals.<revision>`). */
  readonly revision: string;
  readonly phrases: EscalationPhrases;
  readonly weights: EscalationWeights;
}

/** Validates and compiles an escalation signals document; throws naming the first problem (field or pattern). */
export function parseEscalationSignals(source: string): EscalationSignalsDocument {
  const document = documentSchema.parse(parse(source));
  const given = document.weights ?? {};
  const weights: EscalationWeights = {
    humanRequest: given.human_request ?? DEFAULT_ESCALATION_WEIGHTS.humanRequest,
    legal: given.legal ?? DEFAULT_ESCALATION_WEIGHTS.legal,
    triageEscalated: given.triage_escalated ?? DEFAULT_ESCALATION_WEIGHTS.triageEscalated,
    lowTriageConfidence: given.low_triage_confidence ?? DEFAULT_ESCALATION_WEIGHTS.lowTriageConfidence,
    negativeSentiment: given.negative_sentiment ?? DEFAULT_ESCALATION_WEIGHTS.negativeSentiment,
    manyTurns: given.many_turns ?? DEFAULT_ESCALATION_WEIGHTS.manyTurns,
    vip: given.vip ?? DEFAULT_ESCALATION_WEIGHTS.vip,
  };
  return {
    revision: createHash('sha256').update(source).digest('hex').slice(0, 8),
    phrases: {
      humanRequest: document.human_request.map((pattern) => compileEscalationPhrase(pattern, 'human_request')),
      legal: document.legal.map((pattern) => compileEscalationPhrase(pattern, 'legal')),
    },
    weights,
  };
}

/** The analysts' file shipped with the agents. */
export const DEFAULT_ESCALATION_SIGNALS_PATH = fileURLToPath(new URL('../../../rules/escalation-signals.yaml', import.meta.url));

export function loadEscalationSignals(path: string = DEFAULT_ESCALATION_SIGNALS_PATH): EscalationSignalsDocument {
  return parseEscalationSignals(readFileSync(path, 'utf8'));
}
