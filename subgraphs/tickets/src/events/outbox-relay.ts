import type { DomainEvent, EventBus, Logger } from '@support-graph/runtime';
import { domainEventsPublished } from '@support-graph/runtime';
import type { TicketStore } from '../store/ticket-store.js';

export interface OutboxRelayOptions {
  /** How often to look for unpublished events when nobody nudges (recovery after a crash). Default 1000 ms. */
  readonly pollIntervalMs?: number;
  /** Events published per round. Default 100. */
  readonly batchSize?: number;
  /**
   * How long a nudge waits before the relay reads the outbox, so the commits of that moment go out
   * in one round (one read, one mark) instead of one round each. Default 5 ms.
   */
  readonly coalesceMs?: number;
}

/**
 * Moves committed events from the outbox to the event bus. Nudged right after each commit for low
 * latency, and polling as a safety net: whatever a crash left unpublished goes out on the next
 * start. Publishing and marking are not atomic, so an event can go out twice; consumers dedupe by id.
 */
export class OutboxRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private scheduled: NodeJS.Timeout | undefined;
  private again = false;

  constructor(
    private readonly store: TicketStore,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly options: OutboxRelayOptions = {},
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.options.pollIntervalMs ?? 1000);
    this.timer.unref();
    this.nudge();
  }

  /** Asks for a flush soon; nudges within `coalesceMs` share one round, calls during a flush coalesce into one more. */
  nudge(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.scheduled) return;
    this.scheduled = setTimeout(() => this.run(), this.options.coalesceMs ?? 5);
    this.scheduled.unref();
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

  /** Publishes everything pending now; resolves when the outbox is empty (or the bus failed). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    // A round already asked for still goes out (as it did before rounds were coalesced).
    if (this.scheduled) this.run();
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    const batchSize = this.options.batchSize ?? 100;
    try {
      for (;;) {
        const pending = await this.store.pendingEvents(batchSize);
        if (pending.length === 0) return;
        for (const entry of pending) {
          const event: DomainEvent = {
            id: entry.id,
            type: entry.type,
            aggregateId: entry.aggregateId,
            occurredAt: entry.occurredAt.toISOString(),
            payload: JSON.parse(entry.payload) as unknown,
          };
          await this.bus.publish(event);
          domainEventsPublished.inc({ type: event.type });
        }
        await this.store.markPublished(pending.map((entry) => entry.id));
        if (pending.length < batchSize) return;
        // A backlog (after a restart, or a burst) goes out batch by batch, letting requests in between.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // Left in the outbox: the next nudge or poll tries again.
      this.logger.error({ err: error }, 'outbox relay could not publish');
    }
  }
}
