import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { closeRedis } from '../../redis/redis-connections.js';
import type { Redis } from 'ioredis';
import { InFlightJobs } from '../in-flight-jobs.js';
import { JOB_QUEUE_DEFAULTS, retryDelay, type DeadLetter, type JobHandler, type JobQueue, type JobQueueOptions, type QueueBacklog, type QueuedJob } from '../job-queue.js';

const GROUP = 'workers';
/** Keys seen by enqueue are remembered this long, so late redeliveries of an event add nothing. */
const DEDUPE_TTL_SECONDS = 7 * 24 * 3600;

/** SET NX on the job key, then XADD, atomically: a key is enqueued at most once. */
const ENQUEUE_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[3]) then
  return redis.call('XADD', KEYS[2], '*', 'key', ARGV[1], 'payload', ARGV[2], 'attempt', '1')
end
return false`;

/** Moves retries whose time has come from the delay set back onto the stream. */
const PROMOTE_SCRIPT = `
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 100)
for _, member in ipairs(due) do
  local job = cjson.decode(member)
  redis.call('XADD', KEYS[2], '*', 'key', job.key, 'payload', job.payload, 'attempt', tostring(job.attempt))
  redis.call('ZREM', KEYS[1], member)
end
return #due`;

type StreamEntry = [id: string, fields: string[]];

function fieldsOf(fields: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  for (let index = 0; index + 1 < fields.length; index += 2) record[fields[index]!] = fields[index + 1]!;
  return record;
}

/**
 * The production queue: a Redis stream read by a consumer group, so replicas share the work.
 * XREADGROUP hands out new jobs; XACK (then XDEL) acknowledges; a job whose consumer died stays
 * pending and is taken over with XAUTOCLAIM once idle for `visibilityTimeoutMs`. Failed jobs wait
 * in a sorted set until their backoff ends; jobs out of attempts go to the `:dead` stream.
 */
export class RedisStreamsJobQueue<TPayload> implements JobQueue<TPayload> {
  private readonly commands: Redis;
  /** XREADGROUP BLOCK holds its connection; closing disconnects it to end the wait at once. */
  private readonly reader: Redis;
  private readonly options: Required<JobQueueOptions>;
  private readonly inFlight = new InFlightJobs();
  private readonly consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private readonly keys: { stream: string; delayed: string; dead: string; dedupe: (key: string) => string };
  private groupReady: Promise<void> | undefined;
  private loop: Promise<void> | undefined;
  private slotFreed: (() => void) | undefined;
  private claimCursor = '0-0';
  private stopping = false;

  /** Two connections (from the kernel's `openRedis`): one for commands, one held by blocking reads. */
  constructor(connections: { readonly commands: Redis; readonly reader: Redis }, prefix: string, options: JobQueueOptions = {}) {
    this.options = { ...JOB_QUEUE_DEFAULTS, ...options };
    this.commands = connections.commands;
    this.reader = connections.reader;
    this.keys = {
      stream: `${prefix}:stream`,
      delayed: `${prefix}:delayed`,
      dead: `${prefix}:dead`,
      dedupe: (key) => `${prefix}:key:${key}`,
    };
  }

  async enqueue(key: string, payload: TPayload): Promise<boolean> {
    const id = await this.commands.eval(ENQUEUE_SCRIPT, 2, this.keys.dedupe(key), this.keys.stream, key, JSON.stringify(payload), DEDUPE_TTL_SECONDS);
    return id !== null;
  }

  consume(handler: JobHandler<TPayload>): void {
    if (this.loop) throw new Error('RedisStreamsJobQueue.consume may be called once');
    this.loop = this.run(handler);
  }

  async deadLetters(limit = 100): Promise<DeadLetter[]> {
    const entries = (await this.commands.xrange(this.keys.dead, '-', '+', 'COUNT', limit)) as StreamEntry[];
    return entries.map(([, fields]) => {
      const record = fieldsOf(fields);
      return {
        key: record['key'] ?? '',
        payload: JSON.parse(record['payload'] ?? 'null') as unknown,
        attempts: Number(record['attempt']),
        error: record['error'] ?? '',
      };
    });
  }

  /** Acknowledged entries are deleted, so the stream holds exactly the unfinished jobs (plus retries waiting in the delay set). */
  async backlog(): Promise<QueueBacklog> {
    const [length, delayed, first] = await Promise.all([
      this.commands.xlen(this.keys.stream),
      this.commands.zcard(this.keys.delayed),
      this.commands.xrange(this.keys.stream, '-', '+', 'COUNT', 1) as Promise<StreamEntry[]>,
    ]);
    const oldestId = first[0]?.[0];
    return { depth: length + delayed, oldestAgeMs: oldestId ? Math.max(0, Date.now() - Number(oldestId.split('-')[0])) : 0 };
  }

  async close(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.reader.disconnect();
    this.slotFreed?.();
    await this.loop?.catch(() => undefined);
    await this.inFlight.settle(this.options.closeGraceMs);
    await closeRedis(this.commands);
  }

  private ensureGroup(): Promise<void> {
    this.groupReady ??= this.commands
      .xgroup('CREATE', this.keys.stream, GROUP, '0', 'MKSTREAM')
      .then(() => undefined)
      .catch((error: unknown) => {
        if (String(error).includes('BUSYGROUP')) return;
        this.groupReady = undefined;
        throw error;
      });
    return this.groupReady;
  }

  private async run(handler: JobHandler<TPayload>): Promise<void> {
    while (!this.stopping) {
      try {
        await this.ensureGroup();
        await this.waitForFreeSlot();
        if (this.stopping) return;
        await this.commands.eval(PROMOTE_SCRIPT, 2, this.keys.delayed, this.keys.stream, Date.now());
        for (const entry of await this.claimAbandoned()) this.start(handler, entry);
        const free = this.options.concurrency - this.inFlight.size;
        if (free > 0) for (const entry of await this.readNew(free)) this.start(handler, entry);
      } catch (error) {
        if (this.stopping) return;
        // Redis restarted empty: the group is gone (NOGROUP) and is created again; a failed creation is tried again next round.
        if (String(error).includes('NOGROUP')) this.groupReady = undefined;
        // Redis briefly away: wait a poll interval and try again; jobs stay safely in the stream.
        await new Promise((resolve) => setTimeout(resolve, this.options.pollIntervalMs));
      }
    }
  }

  private waitForFreeSlot(): Promise<void> {
    if (this.inFlight.size < this.options.concurrency) return Promise.resolve();
    return new Promise((resolve) => {
      this.slotFreed = resolve;
    });
  }

  /** Jobs delivered to a consumer that never acknowledged them within the visibility timeout. */
  private async claimAbandoned(): Promise<StreamEntry[]> {
    const free = this.options.concurrency - this.inFlight.size;
    if (free <= 0) return [];
    const [next, entries] = (await this.commands.xautoclaim(
      this.keys.stream,
      GROUP,
      this.consumer,
      this.options.visibilityTimeoutMs,
      this.claimCursor,
      'COUNT',
      free,
    )) as [string, (StreamEntry | null)[]];
    this.claimCursor = next;
    return entries.filter((entry): entry is StreamEntry => entry !== null);
  }

  private async readNew(count: number): Promise<StreamEntry[]> {
    const result = (await this.reader.xreadgroup(
      'GROUP',
      GROUP,
      this.consumer,
      'COUNT',
      count,
      'BLOCK',
      this.options.pollIntervalMs,
      'STREAMS',
      this.keys.stream,
      '>',
    )) as [string, StreamEntry[]][] | null;
    return result?.[0]?.[1] ?? [];
  }

  private start(handler: JobHandler<TPayload>, [entryId, fields]: StreamEntry): void {
    const record = fieldsOf(fields);
    const job: QueuedJob<TPayload> = {
      id: entryId,
      key: record['key'] ?? '',
      payload: JSON.parse(record['payload'] ?? 'null') as TPayload,
      attempt: Number(record['attempt'] ?? 1),
    };
    this.inFlight.track(
      handler(job)
        .then(
          () => this.acknowledge(entryId),
          (error: unknown) => this.fail(entryId, job, record['payload'] ?? 'null', error),
        )
        // An acknowledgement lost to a Redis hiccup only means the job is claimed and run again.
        .catch(() => undefined)
        .finally(() => {
          const freed = this.slotFreed;
          this.slotFreed = undefined;
          freed?.();
        }),
    );
  }

  private async acknowledge(entryId: string): Promise<void> {
    await this.commands.multi().xack(this.keys.stream, GROUP, entryId).xdel(this.keys.stream, entryId).exec();
  }

  private async fail(entryId: string, job: QueuedJob<TPayload>, payload: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const transaction = this.commands.multi().xack(this.keys.stream, GROUP, entryId).xdel(this.keys.stream, entryId);
    if (job.attempt >= this.options.maxAttempts) {
      transaction.xadd(this.keys.dead, '*', 'key', job.key, 'payload', payload, 'attempt', String(job.attempt), 'error', message);
    } else {
      const member = JSON.stringify({ id: randomUUID(), key: job.key, payload, attempt: job.attempt + 1 });
      transaction.zadd(this.keys.delayed, Date.now() + retryDelay(job.attempt, this.options), member);
    }
    await transaction.exec();
  }
}
