import { customerText, customerTurns } from '../customer-text.js';
import { LOCAL_USAGE } from '../local-usage.js';
import type { AgentContext, AgentOutput, SupportAgent } from '../support-agent.js';
import { analyseSentiment, type SentimentAnalysisOptions } from './sentiment-analysis.js';
import type { SentimentResult } from './sentiment-result.js';

/** See `SentimentAnalysisOptions` for each option and its default. */
export type SentimentAgentOptions = SentimentAnalysisOptions;

/** The customer's tone, frustration and urgency from a lexicon and cues: no model, same answer every time. */
export function createSentimentAgent(options: SentimentAgentOptions = {}): SupportAgent<SentimentResult> {
  return {
    name: 'sentiment',
    version: '1.0.0',
    async run(context: AgentContext): Promise<AgentOutput<SentimentResult>> {
      const started = performance.now();
      const result = analyseSentiment(customerText(context.ticket), customerTurns(context.ticket), options);
      return {
        result,
        // A lexicon is only as sure as the evidence: a strong score or several cues, not a lone word.
        confidence: Math.min(1, 0.5 + Math.abs(result.score) / 2 + 0.1 * result.cues.length),
        stage: 'lexicon',
        usage: LOCAL_USAGE,
        latencyMs: performance.now() - started,
        trace: [
          `lexicon score ${result.score} → ${result.label}`,
          `frustration ${result.frustration}, urgency ${result.urgency}${result.cues.length ? ` (cues: ${result.cues.join(', ')})` : ''}`,
        ],
      };
    },
  };
}
