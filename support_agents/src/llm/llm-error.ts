/** Why an LLM call failed; stable strings, safe to put in metrics labels and audit records. */
export const LlmErrorCode = {
  Timeout: 'TIMEOUT',
  RateLimited: 'RATE_LIMITED',
  Overloaded: 'OVERLOADED',
  UpstreamError: 'UPSTREAM_ERROR',
  BadRequest: 'BAD_REQUEST',
  CircuitOpen: 'CIRCUIT_OPEN',
  AllProvidersFailed: 'ALL_PROVIDERS_FAILED',
} as const;
export type LlmErrorCode = (typeof LlmErrorCode)[keyof typeof LlmErrorCode];

/**
 * Codes that say "this provider, right now" rather than "this request": another provider, or the
 * same one later, may well succeed. The fallback chain moves on only for these, and only these
 * count against a provider's circuit breaker.
 */
const TRANSIENT_CODES: ReadonlySet<LlmErrorCode> = new Set([
  LlmErrorCode.Timeout,
  LlmErrorCode.RateLimited,
  LlmErrorCode.Overloaded,
  LlmErrorCode.UpstreamError,
  LlmErrorCode.CircuitOpen,
]);

export interface LlmErrorDetails {
  /** Provider name (`anthropic`, `openai`, `local`) the failure came from, when there is one. */
  readonly provider?: string;
  /** HTTP status the vendor answered with, when it answered. */
  readonly status?: number;
  /** How long the vendor asked us to wait (`retry-after`), in milliseconds. */
  readonly retryAfterMs?: number;
  /** For ALL_PROVIDERS_FAILED: each provider's failure, in the order they were tried. */
  readonly attempts?: readonly LlmError[];
  readonly cause?: unknown;
}

/**
 * The one error type that leaves the LLM port. Vendor SDK errors are translated into it by the
 * adapters, so callers branch on `code`, never on a vendor's classes or messages. Messages hold no
 * prompt or reply text (they may reach logs).
 */
export class LlmError extends Error {
  override readonly name = 'LlmError';
  readonly provider: string | undefined;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly attempts: readonly LlmError[];

  private constructor(
    readonly code: LlmErrorCode,
    message: string,
    details: LlmErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.provider = details.provider;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.attempts = details.attempts ?? [];
  }

  /** True when trying another provider (or this one later) may succeed. */
  get isTransient(): boolean {
    return TRANSIENT_CODES.has(this.code);
  }

  static timeout(provider: string, afterMs: number, cause?: unknown): LlmError {
    return new LlmError(LlmErrorCode.Timeout, `${provider} sent nothing for ${afterMs} ms`, { provider, cause });
  }

  static rateLimited(provider: string, details: Omit<LlmErrorDetails, 'provider'> = {}): LlmError {
    return new LlmError(LlmErrorCode.RateLimited, `${provider} is rate limited`, { ...details, provider });
  }

  static overloaded(provider: string, details: Omit<LlmErrorDetails, 'provider'> = {}): LlmError {
    return new LlmError(LlmErrorCode.Overloaded, `${provider} is overloaded`, { ...details, provider });
  }

  static upstreamError(provider: string, reason: string, details: Omit<LlmErrorDetails, 'provider'> = {}): LlmError {
    return new LlmError(LlmErrorCode.UpstreamError, `${provider} failed: ${reason}`, { ...details, provider });
  }

  static badRequest(provider: string, reason: string, details: Omit<LlmErrorDetails, 'provider'> = {}): LlmError {
    return new LlmError(LlmErrorCode.BadRequest, `${provider} rejected the request: ${reason}`, {
      ...details,
      provider,
    });
  }

  static circuitOpen(provider: string, retryAfterMs: number): LlmError {
    return new LlmError(LlmErrorCode.CircuitOpen, `${provider} circuit is open; not calling it`, {
      provider,
      retryAfterMs,
    });
  }

  static allProvidersFailed(attempts: readonly LlmError[]): LlmError {
    const summary = attempts.map((a) => `${a.provider ?? '?'}: ${a.code}`).join(', ');
    return new LlmError(LlmErrorCode.AllProvidersFailed, `every LLM provider failed (${summary})`, { attempts });
  }
}
