import { LlmError } from '../llm-error.js';

/** What both vendor SDKs' `APIError` tell us about a failed call. */
export interface VendorFailure {
  /** HTTP status; absent when the error arrived as an event inside an already-open stream. */
  readonly status: number | undefined;
  /** Vendor error type from the body (`overloaded_error`, `rate_limit_error`, `server_error`…). */
  readonly type: string | null | undefined;
  readonly headers: Headers | undefined;
}

/**
 * One translation from vendor failures to `LlmError` codes, shared by the adapters so Anthropic and
 * OpenAI failures are classified alike: 429 → RATE_LIMITED, 529 / `overloaded_error` → OVERLOADED,
 * 408 and 5xx → UPSTREAM_ERROR, any other 4xx → BAD_REQUEST (the same request would fail anywhere).
 */
export function llmErrorFromVendorFailure(provider: string, failure: VendorFailure, cause: unknown): LlmError {
  const { status, type } = failure;
  const details = { status, cause, retryAfterMs: retryAfterMs(failure.headers) };
  if (status === 529 || type === 'overloaded_error') return LlmError.overloaded(provider, details);
  if (status === 429 || type === 'rate_limit_error') return LlmError.rateLimited(provider, details);
  if (status === undefined || status === 408 || status >= 500) {
    return LlmError.upstreamError(provider, type ?? `HTTP ${status ?? 'stream error'}`, details);
  }
  return LlmError.badRequest(provider, type ?? `HTTP ${status}`, details);
}

/** `retry-after-ms` (Anthropic, OpenAI) or `retry-after` in seconds or as an HTTP date. */
function retryAfterMs(headers: Headers | undefined): number | undefined {
  const millis = Number(headers?.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
