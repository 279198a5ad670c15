import type { SentimentResult } from '../sentiment/sentiment-result.js';
import type { AgentOutput } from '../support-agent.js';
import type { TriageResult } from '../triage/triage-result.js';
import { firstMatch, type EscalationPhrases } from './escalation-phrases.js';

/** How much each signal alone pushes towards a human, 0–1; signals combine as independent chances (noisy-or). */
export interface EscalationWeights {
  /** The customer asked for a person. Default: 1 (always escalates). */
  readonly humanRequest: number;
  /** Legal or regulatory words. Default: 1 (always escalates). */
  readonly legal: number;
  /** The triage cascade escalated (no stage was sure). Default: 1, as DESIGN.md §5 says. */
  readonly triageEscalated: number;
  /** Triage decided, but with confidence under `lowTriageConfidence`. Default: 0.35. */
  readonly lowTriageConfidence: number;
  /** Scaled by frustration: an angry customer alone is not enough, angry and VIP is. Default: 0.45. */
  readonly negativeSentiment: number;
  /** At least `manyCustomerTurns` customer messages. Default: 0.3. */
  readonly manyTurns: number;
  /** Customer tier in `vipTiers`. Default: 0.35. */
  readonly vip: number;
}

export const DEFAULT_ESCALATION_WEIGHTS: EscalationWeights = {
  humanRequest: 1,
  legal: 1,
  triageEscalated: 1,
  lowTriageConfidence: 0.35,
  negativeSentiment: 0.45,
  manyTurns: 0.3,
  vip: 0.35,
};

export interface SignalInputs {
  readonly text: string;
  readonly customerTurns: number;
  readonly tier: string;
  readonly triage?: AgentOutput<TriageResult>;
  readonly sentiment: SentimentResult;
}

export interface SignalSettings {
  readonly phrases: EscalationPhrases;
  readonly weights: EscalationWeights;
  readonly lowTriageConfidence: number;
  readonly manyCustomerTurns: number;
  readonly vipTiers: ReadonlySet<string>;
}

export interface FiredSignal {
  readonly reason: string;
  readonly weight: number;
}

/** Every signal that fired, with its weight and a reason the human can read. */
export function escalationSignals(inputs: SignalInputs, settings: SignalSettings): FiredSignal[] {
  const { weights } = settings;
  const fired: FiredSignal[] = [];
  const human = firstMatch(settings.phrases.humanRequest, inputs.text);
  if (human) fired.push({ reason: `customer asked for a human ("${human}")`, weight: weights.humanRequest });
  const legal = firstMatch(settings.phrases.legal, inputs.text);
  if (legal) fired.push({ reason: `legal or regulatory words ("${legal}")`, weight: weights.legal });

  if (inputs.triage?.result.escalated) {
    fired.push({ reason: `triage escalated (${inputs.triage.result.reason ?? 'no reason'})`, weight: weights.triageEscalated });
  } else if (inputs.triage && inputs.triage.confidence < settings.lowTriageConfidence) {
    fired.push({
      reason: `low triage confidence (${inputs.triage.confidence.toFixed(2)} < ${settings.lowTriageConfidence})`,
      weight: weights.lowTriageConfidence,
    });
  }

  const { sentiment } = inputs;
  const upset = Math.max(sentiment.frustration, -sentiment.score);
  if (sentiment.label === 'negative' || sentiment.frustration >= 0.3) {
    fired.push({
      reason: `negative sentiment (score ${sentiment.score}, frustration ${sentiment.frustration})`,
      weight: weights.negativeSentiment * Math.min(1, upset),
    });
  }
  if (inputs.customerTurns >= settings.manyCustomerTurns) {
    fired.push({ reason: `${inputs.customerTurns} customer messages`, weight: weights.manyTurns });
  }
  if (settings.vipTiers.has(inputs.tier.toLowerCase())) {
    fired.push({ reason: `VIP customer (tier ${inputs.tier})`, weight: weights.vip });
  }
  return fired;
}

/** Noisy-or: the chance that at least one signal is right, treating them as independent. */
export function escalationScore(signals: readonly FiredSignal[]): number {
  const stay = signals.reduce((product, signal) => product * (1 - Math.min(1, Math.max(0, signal.weight))), 1);
  return Math.round((1 - stay) * 1000) / 1000;
}
