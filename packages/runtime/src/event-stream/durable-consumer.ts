import type { Logger } from 'pino';
import type { DomainEvent } from '../domain-event.js';
import { isRedisUnavailable } from '../redis/redis-connections.js';
import type { DurableEventStream } from './durable-event-stream.js';

/** Handles one batch of events; resolving acknowledges the whole batch, throwing retries it. */
export type DurableEventHandler = (events: readonly DomainEvent[]) => Promise<void>;

export interface DurableConsumerOptions {
  readonly stream: DurableEventStream;
  /** The consumer group: its own cursor in the stream, e.g. `knowledge.ticket-index`. Never rename it: a new name starts over. */
  readonly group: string;
  /** Only events whose type starts with one of these are handed over; the others are acknowledged unseen. */
  readonly types: readonly string[];
  readonly handler: DurableEventHandler;
  readonly logger: Logger;
  /** Most events per batch. Default 64. */
  readonly batchSize?: number;
  /** How long one read waits for new events before asking again. Default 1 s. */
  readonly waitMs?: number;
  /** First delay after a failure; doubles up to `maxRetryDelayMs`. Default 200 ms. */
  readonly retryDelayMs?: number;
  /** Default 30 s. */
  readonly maxRetryDelayMs?: number;
}

export interface DurableConsumer {
  /** Stops reading and waits for the batch in hand; what was not acknowledged is read again on the next start. */
  stop(): Promise<void>;
}

/**
 * Reads a consumer group's events batch by batch, hands them to the handler, and acknowledges
 * only what it finished. Nothing stops it but `stop()`: a failing handler or an unreachable store
 * is logged (structured: group, attempt, event ids) and retried with back-off, the same batch again,
 * so an event is never skipped. Handlers are idempotent by event id.
 */
export function startDurableConsumer(options: DurableConsumerOptions): DurableConsumer {
  const { stream, group, logger } = options;
  const batchSize = options.batchSize ?? 64;
  const waitMs = options.waitMs ?? 1_000;
  let stopping = false;
  let wakeSleep: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeSleep = undefined;
        resolve();
      }
      wakeSleep = done;
    });
  const backOff = (attempt: number) => Math.min((options.retryDelayMs ?? 200) * 2 ** (attempt - 1), options.maxRetryDelayMs ?? 30_000);
  const wanted = (event: { type: string }) => options.types.some((prefix) => event.type.startsWith(prefix));

  /** Runs `step` until it succeeds or the consumer stops; false when it stopped first. */
  const untilDone = async (what: string, step: () => Promise<void>, eventIds: () => string[]): Promise<boolean> => {
    for (let attempt = 1; !stopping; attempt += 1) {
      try {
        await step();
        return true;
      } catch (error) {
        if (stopping) return false;
        const retryInMs = backOff(attempt);
        // Redis being away is logged once per interval by its connection; the rest is this consumer's own failure.
        const level = isRedisUnavailable(error) ? 'debug' : 'error';
        logger[level]({ err: error, consumerGroup: group, attempt, retryInMs, eventIds: eventIds() }, `durable consumer could not ${what}; retrying`);
        await sleep(retryInMs);
      }
    }
    return false;
  };

  const loop = (async () => {
    while (!stopping) {
      let batch: Awaited<ReturnType<DurableEventStream['read']>> = [];
      const read = await untilDone('read its stream', async () => {
        batch = await stream.read(group, batchSize, waitMs);
      }, () => []);
      if (!read || batch.length === 0) continue;
      const events = batch.map((entry) => entry.event).filter(wanted);
      const eventIds = () => events.map((event) => event.id);
      if (events.length > 0 && !(await untilDone('handle events', () => options.handler(events), eventIds))) return;
      const positions = batch.map((entry) => entry.position);
      if (!(await untilDone('acknowledge events', () => stream.acknowledge(group, positions), eventIds))) return;
    }
  })();

  return {
    async stop() {
      stopping = true;
      wakeSleep?.();
      await loop;
    },
  };
}
