import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '../../sqlite/open-sqlite-file.js';
import { InFlightJobs } from '../in-flight-jobs.js';
import { JOB_QUEUE_DEFAULTS, retryDelay, type DeadLetter, type JobHandler, type JobQueue, type JobQueueOptions, type QueueBacklog, type QueuedJob } from '../job-queue.js';

interface JobRow {
  id: string;
  key: string;
  payload: string;
  attempts: number;
}

/** Finished jobs are kept this long so their keys still deduplicate late redeliveries. */
const DONE_RETENTION_MS = 7 * 24 * 3_600_000;

/**
 * The embedded queue: one SQLite table (Node's built-in `node:sqlite`, synchronous and small).
 * The process that opens the file owns it, so on open every job left `running` by a crash is
 * made ready again: it runs once more, and the handler's idempotency keeps that harmless.
 */
export class SqliteJobQueue<TPayload> implements JobQueue<TPayload> {
  private readonly db: DatabaseSync;
  private readonly options: Required<JobQueueOptions>;
  private readonly inFlight = new InFlightJobs();
  private handler: JobHandler<TPayload> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** No new jobs are claimed once stopping; outcomes are still recorded until the database is closed. */
  private stopping = false;
  private closed = false;

  constructor(path: string, options: JobQueueOptions = {}) {
    this.options = { ...JOB_QUEUE_DEFAULTS, ...options };
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists jobs (
        id text primary key,
        key text not null unique,
        payload text not null,
        state text not null,
        attempts integer not null default 0,
        available_at integer not null,
        last_error text,
        updated_at integer not null
      );
      create index if not exists jobs_ready on jobs (state, available_at);
    `);
    const now = Date.now();
    this.db.prepare(`update jobs set state = 'ready', available_at = ? where state = 'running'`).run(now);
    this.db.prepare(`delete from jobs where state = 'done' and updated_at < ?`).run(now - DONE_RETENTION_MS);
  }

  async enqueue(key: string, payload: TPayload): Promise<boolean> {
    const now = Date.now();
    const result = this.db
      .prepare(`insert or ignore into jobs (id, key, payload, state, available_at, updated_at) values (?, ?, ?, 'ready', ?, ?)`)
      .run(randomUUID(), key, JSON.stringify(payload), now, now);
    if (result.changes === 0) return false;
    this.pump();
    return true;
  }

  consume(handler: JobHandler<TPayload>): void {
    if (this.handler) throw new Error('SqliteJobQueue.consume may be called once');
    this.handler = handler;
    // The timer picks up retries that became due; new jobs are pumped by enqueue directly.
    this.timer = setInterval(() => this.pump(), this.options.pollIntervalMs);
    this.timer.unref();
    this.pump();
  }

  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const rows = this.db
      .prepare(`select key, payload, attempts, last_error from jobs where state = 'dead' order by updated_at limit ?`)
      .all(limit) as unknown as { key: string; payload: string; attempts: number; last_error: string | null }[];
    return rows.map((row) => ({ key: row.key, payload: JSON.parse(row.payload) as unknown, attempts: row.attempts, error: row.last_error ?? '' }));
  }

  async backlog(): Promise<QueueBacklog> {
    const row = this.db.prepare(`select count(*) as depth, min(updated_at) as oldest from jobs where state in ('ready', 'running')`).get() as { depth: number; oldest: number | null };
    return { depth: Number(row.depth), oldestAgeMs: row.oldest === null ? 0 : Math.max(0, Date.now() - Number(row.oldest)) };
  }

  async close(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    clearInterval(this.timer);
    await this.inFlight.settle(this.options.closeGraceMs);
    this.closed = true;
    this.db.close();
  }

  /** Claims as many ready jobs as there are free slots and starts them. */
  private pump(): void {
    const handler = this.handler;
    if (!handler || this.stopping) return;
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const now = Date.now();
    const claimed = this.db
      .prepare(
        `update jobs set state = 'running', attempts = attempts + 1, updated_at = ?
         where id in (select id from jobs where state = 'ready' and available_at <= ? order by available_at, rowid limit ?)
         returning id, key, payload, attempts`,
      )
      .all(now, now, free) as unknown as JobRow[];
    for (const row of claimed) {
      const job: QueuedJob<TPayload> = { id: row.id, key: row.key, payload: JSON.parse(row.payload) as TPayload, attempt: row.attempts };
      this.inFlight.track(
        handler(job).then(
          () => this.finish(row.id, 'done', null, 0),
          (error: unknown) => this.fail(row, error),
        ),
      );
    }
  }

  private fail(row: JobRow, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (row.attempts >= this.options.maxAttempts) this.finish(row.id, 'dead', message, 0);
    else this.finish(row.id, 'ready', message, retryDelay(row.attempts, this.options));
  }

  /** Records the outcome, unless the queue was closed meanwhile (the job then stays running and is resumed on reopen). */
  private finish(id: string, state: 'done' | 'ready' | 'dead', error: string | null, delayMs: number): void {
    if (this.closed) return;
    const now = Date.now();
    this.db
      .prepare(`update jobs set state = ?, last_error = ?, available_at = ?, updated_at = ? where id = ?`)
      .run(state, error, now + delayMs, now, id);
    // After the handler's slot is released (that happens in a later microtask than this one), so a
    // full queue takes its next job at once instead of at the next poll.
    setImmediate(() => this.pump());
  }
}
