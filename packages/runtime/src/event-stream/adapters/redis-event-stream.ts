import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { closeRedis } from '../../redis/redis-connections.js';
import type { Logger } from 'pino';
import type { DomainEvent } from '../../domain-event.js';
import type { DurableEventStream, StreamedEvent } from '../durable-event-stream.js';

/**
 * Event ids seen by `append` are remembered this long, so a relay retry adds nothing. A retry comes
 * within seconds of the first append (the next relay round, or the next start); a day bounds the keys.
 */
const APPENDED_ID_TTL_SECONDS = 24 * 3600;
/** The stream keeps about this many entries (XADD MAXLEN ~): far more than any consumer lags behind. */
const MAX_STREAM_LENGTH = 1_000_000;

/** SET NX on the event id, then XADD, atomically: an event id enters the stream at most once. */
const APPEND_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[3]) then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'id', ARGV[1], 'event', ARGV[2])
end
return 1`;

type StreamEntry = [id: string, fields: string[]];

export interface RedisEventStreamOptions {
  /** Key prefix (REDIS_PREFIX); the stream is `<prefix>:events:stream`. */
  readonly prefix: string;
  /**
   * How long an entry read by another consumer of the group may stay unacknowledged before this one
   * takes it over (that consumer is presumed dead). Default 60 s.
   */
  readonly claimIdleMs?: number;
  readonly logger: Logger;
}

/**
 * The production stream: one Redis stream of every domain event, read by one consumer group per
 * consumer (XREADGROUP), acknowledged with XACK. A consumer is named after its host, so a process
 * restarted after `kill -9` first reads back its own unacknowledged entries; entries of a consumer
 * that never comes back are taken over with XAUTOCLAIM after `claimIdleMs`. A group that is
 * missing (Redis restarted empty) is created again, from the start of the stream.
 */
export class RedisEventStream implements DurableEventStream {
  private readonly stream: string;
  private readonly appendedKey: (id: string) => string;
  private readonly consumer = `${hostname()}`;
  private readonly groups = new Map<string, Promise<void>>();
  /** Groups whose own pending entries were read back since the group was (re)joined. */
  private readonly pendingChecked = new Set<string>();
  private closed = false;

  constructor(
    /** Commands (append, acknowledge, claims). */
    private readonly commands: Redis,
    /** Holds blocking XREADGROUP calls; closing disconnects it to end a wait at once. */
    private readonly reader: Redis,
    private readonly options: RedisEventStreamOptions,
  ) {
    this.stream = `${options.prefix}:events:stream`;
    this.appendedKey = (id) => `${options.prefix}:events:appended:${id}`;
  }

  async append(events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    const pipeline = this.commands.pipeline();
    for (const event of events) {
      pipeline.eval(APPEND_SCRIPT, 2, this.appendedKey(event.id), this.stream, event.id, JSON.stringify(event), APPENDED_ID_TTL_SECONDS, MAX_STREAM_LENGTH);
    }
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }

  async read(group: string, max: number, waitMs: number): Promise<StreamedEvent[]> {
    try {
      return await this.readGroup(group, max, waitMs);
    } catch (error) {
      if (!String(error).includes('NOGROUP')) throw error;
      // Redis lost the group (restarted empty, or the stream was deleted): join again from the start.
      this.options.logger.warn({ dependency: 'redis', consumerGroup: group }, 'consumer group missing; creating it again');
      this.groups.delete(group);
      this.pendingChecked.delete(group);
      return this.readGroup(group, max, waitMs);
    }
  }

  async acknowledge(group: string, positions: readonly string[]): Promise<void> {
    if (positions.length === 0) return;
    await this.commands.xack(this.stream, group, ...positions);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.reader.disconnect();
    await closeRedis(this.commands);
  }

  private async readGroup(group: string, max: number, waitMs: number): Promise<StreamedEvent[]> {
    await this.joinGroup(group);
    // After a restart: what this consumer read before and never acknowledged, first.
    if (!this.pendingChecked.has(group)) {
      const own = await this.xreadgroup(group, max, 0, '0');
      if (own.length > 0) return own;
      this.pendingChecked.add(group);
    }
    const [, claimed] = (await this.commands.xautoclaim(this.stream, group, this.consumer, this.options.claimIdleMs ?? 60_000, '0-0', 'COUNT', max)) as [
      string,
      (StreamEntry | null)[],
    ];
    const abandoned = claimed.filter((entry): entry is StreamEntry => entry !== null);
    if (abandoned.length > 0) return abandoned.map(toStreamedEvent);
    return this.xreadgroup(group, max, waitMs, '>');
  }

  private async xreadgroup(group: string, max: number, waitMs: number, from: '0' | '>'): Promise<StreamedEvent[]> {
    const connection = from === '>' ? this.reader : this.commands;
    const args: (string | number)[] = ['GROUP', group, this.consumer, 'COUNT', max];
    if (from === '>' && waitMs > 0) args.push('BLOCK', waitMs);
    const result = (await (connection.xreadgroup as (...values: (string | number)[]) => Promise<unknown>)(...args, 'STREAMS', this.stream, from)) as
      | [string, StreamEntry[]][]
      | null;
    const entries = result?.[0]?.[1] ?? [];
    // An entry trimmed away while pending comes back without fields: nothing to handle, let it go.
    const gone = entries.filter(([, fields]) => !fields).map(([position]) => position);
    if (gone.length > 0) await this.acknowledge(group, gone);
    return entries.filter(([, fields]) => fields).map(toStreamedEvent);
  }

  private joinGroup(group: string): Promise<void> {
    let joined = this.groups.get(group);
    if (!joined) {
      joined = this.commands
        .xgroup('CREATE', this.stream, group, '0', 'MKSTREAM')
        .then(() => undefined)
        .catch((error: unknown) => {
          if (!String(error).includes('BUSYGROUP')) {
            this.groups.delete(group);
            throw error;
          }
        });
      this.groups.set(group, joined);
    }
    return joined;
  }
}

function toStreamedEvent([position, fields]: StreamEntry): StreamedEvent {
  const index = fields.indexOf('event');
  return { position, event: JSON.parse(fields[index + 1] ?? 'null') as DomainEvent };
}
