import type { LlmErrorCode } from './llm-error.js';

/**
 * The LLM port: one streaming method that every provider (Anthropic, OpenAI, the local grounded
 * responder) and every wrapper around them (fallback chain, circuit breaker, limits, cache)
 * implements, so they compose freely and the agents never see a vendor.
 */

/** A passage retrieved for grounding: a knowledge-base article section or a similar resolved ticket. */
export interface RetrievedPassage {
  /** Stable id, quoted back in citations (`kb-article-12#refunds`, `ticket-8812`). */
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** Retrieval score from the knowledge search; higher is more relevant. Scale is the retriever's. */
  readonly score: number;
  /** Where it came from; resolved tickets hold customer-written text, so they are treated as data only. */
  readonly source?: 'article' | 'ticket';
}

/** One message of the conversation being answered. Always data, never instructions. */
export interface ConversationMessage {
  readonly author: 'customer' | 'agent';
  readonly text: string;
}

/** How the response cache treats a request. */
export interface CachePolicy {
  /**
   * `use`: answer from the cache when an entry exists, store the reply otherwise.
   * `refresh`: always call a provider, then store the reply. `bypass`: neither read nor write.
   * Default: `use`.
   */
  readonly mode?: 'use' | 'refresh' | 'bypass';
  /** Lifetime of the stored reply. Default: the cache's own TTL. */
  readonly ttlMs?: number;
  /**
   * Part of the key, so replies are never shared across what must stay apart (a tenant, a prompt
   * version). Default: `''` (shared).
   */
  readonly namespace?: string;
}

export interface LlmRequest {
  /** What the call is for (`reply-draft`, `triage`), for accounting and audit. */
  readonly purpose: string;
  /** Trusted system instructions (a versioned prompt). Never built from customer text. */
  readonly instructions: string;
  /** The conversation to answer, oldest first. Sent as delimited data. */
  readonly messages: readonly ConversationMessage[];
  /** Retrieved passages to ground the reply in and cite. Empty means nothing relevant was found. */
  readonly passages: readonly RetrievedPassage[];
  /** BCP 47 language to reply in (`fr`, `pt-BR`) when the provider can. Default: the customer's. */
  readonly language?: string;
  /** Upper bound on generated tokens. Default: 1024. */
  readonly maxTokens?: number;
  /**
   * Sampling temperature, 0–1, for providers that take one (OpenAI; not Anthropic's current
   * Messages API). Default: 0.2 (replies should be steady, not creative).
   */
  readonly temperature?: number;
  /** Default: `{ mode: 'use' }`. */
  readonly cache?: CachePolicy;
}

/** Tokens as the vendor reported them (estimated by the local responder, which has no tokenizer). */
export interface LlmUsage {
  /** Input tokens billed at the full rate (not read from or written to the vendor's prompt cache). */
  readonly inputTokens: number;
  readonly outputTokens: number;
  /** Input tokens served from the vendor's prompt cache (billed at a lower rate). */
  readonly cachedInputTokens: number;
  /** Input tokens written to the vendor's prompt cache (Anthropic bills these higher). */
  readonly cacheWriteInputTokens: number;
}

export interface LlmResult {
  readonly text: string;
  /** Provider that produced the text (`anthropic`, `openai`, `local`). */
  readonly provider: string;
  /** Model as the vendor named it in its response. */
  readonly model: string;
  readonly usage: LlmUsage;
  /** USD for this call from the configured price table; `null` when the model has no price. */
  readonly costUsd: number | null;
  /** Ids of the request's passages the reply cites, in order of first citation. */
  readonly citations: readonly string[];
  /** `refused`: nothing relevant was retrieved and the reply says a human will follow up. */
  readonly finishReason: 'complete' | 'max_tokens' | 'refused';
  /** True when served from the response cache (no provider was called; cost already paid once). */
  readonly cached: boolean;
  /** Set by the fallback chain: providers tried first that failed, in order, and why. */
  readonly failedOver?: readonly { readonly provider: string; readonly code: LlmErrorCode }[];
}

/** What a provider's stream yields: text deltas in order, then exactly one `done`. */
export type LlmStreamEvent =
  | { readonly type: 'delta'; readonly text: string }
  | { readonly type: 'done'; readonly result: LlmResult };

export interface LlmCallOptions {
  /** Aborts the call (the customer went away). The stream then throws the signal's reason. */
  readonly signal?: AbortSignal;
}

export interface LlmProvider {
  /** `anthropic`, `openai`, `local`, or a wrapper's name. */
  readonly name: string;
  /**
   * Streams the reply as the provider generates it. Throws `LlmError` on failure; a failure can
   * come after some deltas were yielded (see provider-fallback-chain.ts for what that means).
   */
  stream(request: LlmRequest, options?: LlmCallOptions): AsyncIterable<LlmStreamEvent>;
}

/** The defaults documented on `LlmRequest`, applied by every provider. */
export const LLM_REQUEST_DEFAULTS = { maxTokens: 1024, temperature: 0.2 } as const;
