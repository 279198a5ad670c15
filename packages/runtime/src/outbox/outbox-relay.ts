import type { Logger } from 'pino';
import type { DomainEvent } from '../domain-event.js';
import type { EventBus } from '../event-bus/event-bus.js';
import type { DurableEventStream } from '../event-stream/durable-event-stream.js';
import { domainEventsPublished } from '../metrics/request-metrics.js';
import { isRedisUnavailable } from '../redis/redis-connections.js';
import type { OutboxEntry, OutboxSource } from './outbox-source.js';

export interface OutboxRelayOptions {
  /** How often to look for unpublished events when nobody nudges (recovery after a crash or an outage). Default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** Events moved per round. Default 100. */
  readonly batchSize?: number;
  /**
   * How long a nudge waits before the relay reads the outbox, so the commits of that moment go out
   * in one round (one read, one append, one mark) instead of one round each. Default 5 ms.
   */
  readonly coalesceMs?: number;
}

export interface OutboxRelayTargets {
  /** Where work that must not be missed reads from: an outbox row is marked published only once it is here. */
  readonly stream: DurableEventStream;
  /** Live updates (subscriptions in browsers): best-effort, after the stream. */
  readonly bus: EventBus;
}

function toDomainEvent(entry: OutboxEntry): DomainEvent {
  return {
    id: entry.id,
    type: entry.type,
    aggregateId: entry.aggregateId,
    occurredAt: entry.occurredAt.toISOString(),
    payload: JSON.parse(entry.payload) as unknown,
    ...(entry.traceparent ? { traceparent: entry.traceparent } : {}),
  };
}

/**
 * Moves committed events from a service's outbox into the durable event stream, then announces
 * them on the bus. Nudged right after each commit for low latency, and polling as a safety net:
 * whatever a crash or a Redis outage left pending goes out on the next round. A row is marked
 * published only after the stream stored it, so `kill -9` at any point loses nothing (a repeated
 * append is ignored by event id). A bus failure never holds the outbox back: live updates may be lost.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private scheduled: NodeJS.Timeout | undefined;
  private again = false;

  constructor(
    private readonly source: OutboxSource,
    private readonly targets: OutboxRelayTargets,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.options.pollIntervalMs ?? 1000);
    this.timer.unref();
    this.nudge();
  }

  /** Asks for a round soon; nudges within `coalesceMs` share one round, calls during a round coalesce into one more. */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.scheduled) return;
    this.scheduled = setTimeout(() => this.run(), this.options.coalesceMs ?? 5);
    this.scheduled.unref();
  }

  /** Moves everything pending now; resolves when the outbox is empty (or the stream failed). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    // A round already asked for still goes out.
    if (this.scheduled) this.run();
    while (this.running) await this.running;
  }

  private run(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = undefined;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.nudge();
      }
    });
  }

  private async drain(): Promise<void> {
    const batchSize = this.options.batchSize ?? 100;
    try {
      for (;;) {
        const pending = await this.source.pendingEvents(batchSize);
        if (pending.length === 0) return;
        const events = pending.map(toDomainEvent);
        await this.targets.stream.append(events);
        await this.source.markPublished(pending.map((entry) => entry.id));
        for (const event of events) {
          domainEventsPublished.inc({ type: event.type });
          await this.targets.bus.publish(event).catch((error: unknown) => {
            this.logger.warn({ err: error, eventId: event.id, eventType: event.type }, 'live update not published (durable consumers still get the event)');
          });
        }
        if (pending.length < batchSize) return;
        // A backlog (after a restart, or a burst) goes out batch by batch, letting requests in between.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // Left in the outbox: the next nudge or poll tries again. Redis being away is logged by its connection.
      this.logger[isRedisUnavailable(error) ? 'debug' : 'error']({ err: error }, 'outbox relay could not move events to the stream');
    }
  }
}
