import { Redis } from 'ioredis';
import type { DomainEvent } from '../../domain-event.js';
import type { EventBus, EventHandler, Unsubscribe } from '../event-bus.js';
import { EventSubscriptions } from '../event-subscriptions.js';

/** Channel names are `<prefix><event type>`; subscribers pattern-match on them. */
const DEFAULT_CHANNEL_PREFIX = 'support-graph:events:';

/**
 * Redis pub/sub, so every replica of every service sees every event. One subscriber connection
 * per process, with one `PSUBSCRIBE` on the whole prefix; filtering by type happens here, so
 * adding a subscriber never opens another socket.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscriptions: EventSubscriptions;
  private listening: Promise<unknown> | undefined;

  constructor(
    url: string,
    onHandlerError: (error: unknown, event: DomainEvent) => void = () => {},
    private readonly channelPrefix = DEFAULT_CHANNEL_PREFIX,
  ) {
    this.subscriptions = new EventSubscriptions(onHandlerError);
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: false });
    this.subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => this.deliver(message));
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.publisher.publish(`${this.channelPrefix}${event.type}`, JSON.stringify(event));
  }

  async subscribe(typePrefix: string, handler: EventHandler): Promise<Unsubscribe> {
    this.listening ??= this.subscriber.psubscribe(`${this.channelPrefix}*`);
    await this.listening;
    return this.subscriptions.add(typePrefix, handler);
  }

  async close(): Promise<void> {
    this.subscriptions.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  private deliver(message: string): void {
    let event: DomainEvent;
    try {
      event = JSON.parse(message) as DomainEvent;
    } catch {
      return; // Not ours: another writer on the same prefix. Never crash the subscriber for it.
    }
    this.subscriptions.deliver(event);
  }
}
