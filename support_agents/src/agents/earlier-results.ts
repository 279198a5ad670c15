import type { AgentContext, AgentOutput, SupportAgent } from './support-agent.js';
import type { LanguageResult } from './language/language-result.js';
import type { MissingInformationResult } from './missing-information/missing-information-result.js';
import type { SentimentResult } from './sentiment/sentiment-result.js';
import type { TriageResult } from './triage/triage-result.js';

/**
 * Outputs of agents that already ran on the same ticket. Agents that build on others (escalation,
 * missing information, reply drafting) read them when given and compute what they need themselves
 * when not, so every agent still works alone through the plain `SupportAgent` interface.
 */
export interface EarlierAgentResults {
  readonly language?: AgentOutput<LanguageResult>;
  readonly triage?: AgentOutput<TriageResult>;
  readonly sentiment?: AgentOutput<SentimentResult>;
  readonly missingInformation?: AgentOutput<MissingInformationResult>;
}

/** An `AgentContext` extended with earlier results; a plain `AgentContext` is one too. */
export interface ContextWithEarlierResults extends AgentContext {
  readonly earlier?: EarlierAgentResults;
}

/** A `SupportAgent` whose `run` also reads `context.earlier`; usable wherever a `SupportAgent` is. */
export interface AgentReadingEarlierResults<TResult> extends SupportAgent<TResult> {
  run(context: ContextWithEarlierResults): Promise<AgentOutput<TResult>>;
}
