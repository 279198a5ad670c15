/** A unit of durable work as a consumer receives it. */
export interface QueuedJob<TPayload> {
  readonly id: string;
  /** The idempotency key it was enqueued under. */
  readonly key: string;
  readonly payload: TPayload;
  /** 1 on the first delivery; a retry after a failure counts up. */
  readonly attempt: number;
}

/** Work not yet finished: what `/metrics` reports as queue depth and age, and what autoscaling reads. */
export interface QueueBacklog {
  /** Jobs waiting, running or waiting for a retry. */
  readonly depth: number;
  /** Age of the oldest of them in milliseconds; 0 when empty. */
  readonly oldestAgeMs: number;
}

/** Resolving acknowledges the job; throwing schedules a retry (with backoff) or dead-letters it. */
export type JobHandler<TPayload> = (job: QueuedJob<TPayload>) => Promise<void>;

/** A job that failed every attempt, kept for a person to look at. */
export interface DeadLetter {
  readonly key: string;
  readonly payload: unknown;
  readonly attempts: number;
  readonly error: string;
}

export interface JobQueueOptions {
  /** Jobs handled at once. Default 4. */
  readonly concurrency?: number;
  /** Attempts before a job is dead-lettered. Default 5. */
  readonly maxAttempts?: number;
  /** Delay before the first retry; doubles each attempt up to `maxRetryDelayMs`. Default 500 ms. */
  readonly retryDelayMs?: number;
  /** Default 30 s. */
  readonly maxRetryDelayMs?: number;
  /** How often to look for due retries (and, on Redis, abandoned jobs). Default 250 ms. */
  readonly pollIntervalMs?: number;
  /**
   * Redis: how long a delivered job may stay unacknowledged before another consumer claims it
   * (its consumer is presumed dead). Longer than any handler runs. Default 60 s.
   */
  readonly visibilityTimeoutMs?: number;
  /** On close, how long to wait for running handlers before abandoning them unacknowledged. Default 2 s. */
  readonly closeGraceMs?: number;
}

export const JOB_QUEUE_DEFAULTS = {
  concurrency: 4,
  maxAttempts: 5,
  retryDelayMs: 500,
  maxRetryDelayMs: 30_000,
  pollIntervalMs: 250,
  visibilityTimeoutMs: 60_000,
  closeGraceMs: 2_000,
} as const satisfies Required<JobQueueOptions>;

/** Exponential backoff: retryDelayMs × 2^(attempt − 1), capped. */
export function retryDelay(attempt: number, options: Required<JobQueueOptions>): number {
  return Math.min(options.retryDelayMs * 2 ** Math.max(0, attempt - 1), options.maxRetryDelayMs);
}

/**
 * Durable work with at-least-once delivery: a job stays until its handler acknowledges it, so a
 * crash mid-job means the job runs again after restart (handlers are idempotent by job key).
 * Enqueueing a key that was enqueued before is a no-op, so a redelivered event adds nothing.
 * Adapters: SQLite (embedded, one process owns the file) and Redis Streams (shared by replicas).
 */
export interface JobQueue<TPayload> {
  /** False when a job with this key was enqueued before (it is not enqueued again). */
  enqueue(key: string, payload: TPayload): Promise<boolean>;
  /** Starts handing jobs to `handler`, at most `concurrency` at once. Call once. */
  consume(handler: JobHandler<TPayload>): void;
  deadLetters(limit?: number): Promise<DeadLetter[]>;
  backlog(): Promise<QueueBacklog>;
  /** Stops taking jobs and waits (up to closeGraceMs) for running ones; unfinished jobs stay unacknowledged. */
  close(): Promise<void>;
}
