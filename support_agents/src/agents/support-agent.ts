import type { LlmProvider, RetrievedPassage } from '../llm/llm-provider.js';

/**
 * The one interface every support agent implements (triage, sentiment, missing information,
 * knowledge suggestion, reply drafting, escalation, language, …). A new agent is a folder under
 * `support_agents/src/agents/<name>/` exporting a factory, plus one line in the registry.
 */

/** What agents see of a ticket: the conversation and metadata, never another customer's data. */
export interface AgentTicket {
  readonly id: string;
  readonly number: string;
  readonly subject: string;
  readonly description: string;
  readonly status: string;
  readonly priority: string;
  readonly channel: string;
  readonly tags: readonly string[];
  readonly customer: { readonly id: string; readonly tier: string; readonly name?: string };
  readonly messages: readonly {
    readonly authorRole: 'CUSTOMER' | 'AGENT' | 'AI' | 'SYSTEM';
    readonly body: string;
    readonly internal: boolean;
    readonly createdAt: string;
  }[];
}

/** Retrieval the agents may use; the agents subgraph backs it with the knowledge subgraph's API. */
export interface KnowledgeRetriever {
  /** Published articles relevant to the text, best first, as passages for grounding and citations. */
  articlesFor(text: string, first: number): Promise<RetrievedPassage[]>;
  /** Similar tickets that were resolved, best first, as passages. */
  resolvedTicketsLike(text: string, first: number): Promise<RetrievedPassage[]>;
}

export interface AgentContext {
  readonly ticket: AgentTicket;
  readonly knowledge: KnowledgeRetriever;
  readonly llm: LlmProvider;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  /** Streaming agents (reply drafting) call this with each delta as the provider produces it. */
  readonly onDelta?: (text: string) => void;
}

export interface AgentUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** USD; 0 for local work, null when a paid provider's price is unknown. */
  readonly costUsd: number | null;
  /** Provider/model that produced the output, or `local`. */
  readonly model: string;
}

export interface AgentOutput<TResult> {
  readonly result: TResult;
  /** 0–1: how sure the agent is; callers compare it with configured thresholds. */
  readonly confidence: number;
  /** Which part decided, e.g. triage cascade stage `rules` | `cache` | `ml` | `llm` | `escalated`. */
  readonly stage?: string;
  readonly usage: AgentUsage;
  readonly latencyMs: number;
  /** Human-readable steps: what the agent used and why it concluded what it did. */
  readonly trace: readonly string[];
}

export interface SupportAgent<TResult = unknown> {
  readonly name: string;
  /** Bumped whenever prompts, rules or models change, so runs are attributable. */
  readonly version: string;
  run(context: AgentContext): Promise<AgentOutput<TResult>>;
}
