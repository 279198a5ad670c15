import { customerText, customerTurns } from '../customer-text.js';
import type { AgentReadingEarlierResults, ContextWithEarlierResults } from '../earlier-results.js';
import { LOCAL_USAGE } from '../local-usage.js';
import { analyseSentiment } from '../sentiment/sentiment-analysis.js';
import type { AgentOutput } from '../support-agent.js';
import { composeHandoffSummary } from './handoff-summary.js';
import { loadEscalationSignals, type EscalationSignalsDocument } from './escalation-signals-document.js';
import { escalationScore, escalationSignals } from './escalation-signals.js';
import type { EscalationResult } from './escalation-result.js';

export interface EscalationAgentOptions {
  /**
   * Human-request and legal phrases and the weight of every signal. Default:
   * `support_agents/rules/escalation-signals.yaml`; the agents subgraph passes the playground's
   * `escalation-weights` version labelled `production`.
   */
  readonly signals?: EscalationSignalsDocument;
  /** Escalate when the score reaches this. Default: 0.5. */
  readonly threshold?: number;
  /** Triage confidence under this counts as a signal. Default: 0.5. */
  readonly lowTriageConfidence?: number;
  /** Customer messages from which the conversation counts as long. Default: 4. */
  readonly manyCustomerTurns?: number;
  /** Customer tiers treated as VIP, case-insensitive. Default: `vip`, `enterprise`, `premium`. */
  readonly vipTiers?: readonly string[];
}

/**
 * Decides whether a person should take over, from several signals, and writes the handoff summary.
 * Reads triage, sentiment and missing-information results from `context.earlier` when given;
 * computes sentiment itself otherwise (it is cheap), and skips the triage signal without triage.
 */
export function createEscalationAgent(options: EscalationAgentOptions = {}): AgentReadingEarlierResults<EscalationResult> {
  const signalsDocument = options.signals ?? loadEscalationSignals();
  const threshold = options.threshold ?? 0.5;
  const settings = {
    phrases: signalsDocument.phrases,
    weights: signalsDocument.weights,
    lowTriageConfidence: options.lowTriageConfidence ?? 0.5,
    manyCustomerTurns: options.manyCustomerTurns ?? 4,
    vipTiers: new Set((options.vipTiers ?? ['vip', 'enterprise', 'premium']).map((tier) => tier.toLowerCase())),
  };
  return {
    name: 'escalation',
    version: `1.0.0+signals.${signalsDocument.revision}`,
    async run(context: ContextWithEarlierResults): Promise<AgentOutput<EscalationResult>> {
      const started = performance.now();
      const { ticket, earlier } = context;
      const text = customerText(ticket);
      const turns = customerTurns(ticket);
      const sentiment = earlier?.sentiment?.result ?? analyseSentiment(text, turns);
      const triage = earlier?.triage;
      const signals = escalationSignals({ text, customerTurns: turns, tier: ticket.customer.tier, sentiment, ...(triage ? { triage } : {}) }, settings);
      const score = escalationScore(signals);
      const reasons = signals.map((signal) => signal.reason);
      const missingInformation = earlier?.missingInformation?.result;
      const handoffSummary = composeHandoffSummary({
        ticket,
        sentiment,
        score,
        reasons,
        ...(triage ? { triage } : {}),
        ...(missingInformation ? { missingInformation } : {}),
      });
      const escalate = score >= threshold;
      return {
        result: { escalate, score, reasons, handoffSummary },
        // Sure when the score is far from the threshold either way.
        confidence: Math.round(Math.min(1, 0.5 + Math.abs(score - threshold)) * 1000) / 1000,
        stage: 'signals',
        usage: LOCAL_USAGE,
        latencyMs: performance.now() - started,
        trace: [
          `inputs: sentiment ${earlier?.sentiment ? 'from the sentiment agent' : 'computed here'}, triage ${triage ? `from the triage agent` : 'not given'}`,
          ...signals.map((signal) => `${signal.reason}: weight ${signal.weight.toFixed(2)}`),
          `score ${score} ${escalate ? '≥' : '<'} threshold ${threshold}: ${escalate ? 'escalate' : 'keep automated'}`,
        ],
      };
    },
  };
}
