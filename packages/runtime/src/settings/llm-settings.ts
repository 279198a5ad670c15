import { z } from 'zod';

const optionalSecret = z.string().min(1).optional().or(z.literal('').transform(() => undefined));
const optionalUrl = z.url().optional().or(z.literal('').transform(() => undefined));
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Settings of the LLM port (support_agents' `createLlmProvider`). No key set means the local
 * grounded responder answers alone (DESIGN.md §2).
 */
export const llmSettings = {
  /** Sensitive. Enables Anthropic, tried first. */
  ANTHROPIC_API_KEY: optionalSecret,
  /** Anthropic API root (a proxy, or a fake server in tests). Default: https://api.anthropic.com. */
  ANTHROPIC_BASE_URL: optionalUrl,
  ANTHROPIC_MODEL: z.string().min(1).default('claude-sonnet-4-6'),
  /** Sensitive. Enables OpenAI (replies and knowledge embeddings), tried after Anthropic. */
  OPENAI_API_KEY: optionalSecret,
  /** OpenAI API root, including `/v1`. Default: https://api.openai.com/v1. */
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.string().min(1).default('gpt-4.1-mini'),
  /** Longest silence from a paid provider (before and within its stream) before falling back. */
  LLM_TIMEOUT_MS: positiveInt(30_000),
  /** Simultaneous calls per paid provider. */
  LLM_MAX_CONCURRENT: positiveInt(8),
  /** How long a call may wait for a free slot before falling back. */
  LLM_MAX_QUEUE_WAIT_MS: positiveInt(2_000),
  /** Sustained calls per second per paid provider. */
  LLM_REQUESTS_PER_SECOND: positiveInt(5),
  /** Calls per paid provider allowed in a burst above the sustained rate. */
  LLM_BURST: positiveInt(20),
  /** Consecutive transient failures that open a paid provider's circuit. */
  LLM_CIRCUIT_FAILURE_THRESHOLD: positiveInt(5),
  /** How long an open circuit skips its provider before one probe call. */
  LLM_CIRCUIT_COOL_DOWN_MS: positiveInt(30_000),
  /** Replies kept by the in-memory response cache. */
  LLM_CACHE_MAX_ENTRIES: positiveInt(1_000),
  /** Default lifetime of a cached reply. */
  LLM_CACHE_TTL_MS: positiveInt(3_600_000),
};

/** The names of the LLM settings, for the `Pick` the LLM port takes. */
export type LlmSettingName = keyof typeof llmSettings;
