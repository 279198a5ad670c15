import { EventEmitter } from 'node:events';
import type { DatabaseSync } from 'node:sqlite';
import { openSqliteFile } from '../../sqlite/open-sqlite-file.js';
import type { DomainEvent } from '../../domain-event.js';
import { immediateTransaction } from '../../sqlite/immediate-transaction.js';
import type { DurableEventStream, StreamedEvent } from '../durable-event-stream.js';

/** Events every group has acknowledged are deleted once they are older than this. */
const RETENTION_MS = 7 * 24 * 3_600_000;

/**
 * Appends in this process wake readers of the same file at once (several subgraphs of `npm start`
 * open it, each with its own connection); readers in other processes find them at the next poll.
 */
const appended = new EventEmitter().setMaxListeners(0);

/**
 * The embedded stream: one SQLite file (`DATA_DIR/event-stream.sqlite`, Node's `node:sqlite`) with
 * an append-only `events` table (the event id unique, so a repeated append is ignored) and one
 * cursor per consumer group. A group's cursor moves only on `acknowledge`, so after a crash the
 * group reads again from where it had finished.
 *
 * Why a file of its own rather than reading the tickets outbox by cursor: consumers stay apart from
 * the tickets subgraph's store (which may be MongoDB while the bus is in-process), every producer
 * can append to it, and it has the same shape as the Redis stream, so one consumer loop serves both.
 * One consumer per group: the embedded mode is one process.
 */
export class SqliteEventStream implements DurableEventStream {
  private readonly db: DatabaseSync;
  private closed = false;
  private readonly wakeClosed = new EventEmitter();

  constructor(private readonly path: string) {
    this.db = openSqliteFile(path);
    this.db.exec(`
      create table if not exists events (
        position integer primary key autoincrement,
        id text not null unique,
        type text not null,
        body text not null,
        appended_at integer not null
      );
      create table if not exists cursors (
        consumer_group text primary key,
        position integer not null
      );
    `);
    this.db
      .prepare(`delete from events where appended_at < ? and position <= (select coalesce(min(position), 0) from cursors)`)
      .run(Date.now() - RETENTION_MS);
  }

  async append(events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const insert = this.db.prepare(`insert or ignore into events (id, type, body, appended_at) values (?, ?, ?, ?)`);
    const now = Date.now();
    immediateTransaction(this.db, () => {
      for (const event of events) insert.run(event.id, event.type, JSON.stringify(event), now);
    });
    appended.emit(this.path);
  }

  async read(group: string, max: number, waitMs: number): Promise<StreamedEvent[]> {
    const found = this.readNow(group, max);
    if (found.length > 0 || waitMs <= 0 || this.closed) return found;
    await this.waitForAppend(waitMs);
    return this.closed ? [] : this.readNow(group, max);
  }

  async acknowledge(group: string, positions: readonly string[]): Promise<void> {
    if (positions.length === 0) return;
    const last = Math.max(...positions.map(Number));
    this.db
      .prepare(
        `insert into cursors (consumer_group, position) values (?, ?)
         on conflict (consumer_group) do update set position = max(position, excluded.position)`,
      )
      .run(group, last);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wakeClosed.emit('close');
    this.db.close();
  }

  private readNow(group: string, max: number): StreamedEvent[] {
    const rows = this.db
      .prepare(
        `select position, body from events
         where position > coalesce((select position from cursors where consumer_group = ?), 0)
         order by position limit ?`,
      )
      .all(group, max) as unknown as { position: number; body: string }[];
    return rows.map((row) => ({ position: String(row.position), event: JSON.parse(row.body) as DomainEvent }));
  }

  private waitForAppend(waitMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        appended.off(this.path, done);
        this.wakeClosed.off('close', done);
        resolve();
      };
      const timer = setTimeout(done, waitMs);
      appended.on(this.path, done);
      this.wakeClosed.on('close', done);
    });
  }
}
