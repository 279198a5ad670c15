import { Redis } from 'ioredis';
import type { DomainEvent } from '../../domain-event.js';
import type { EventBus, EventHandler, Unsubscribe } from '../event-bus.js';

/** Channel names are `<prefix><event type>`; subscribers pattern-match on them. */
const DEFAULT_CHANNEL_PREFIX = 'support-graph:events:';

interface Subscription {
  readonly typePrefix: string;
  readonly handler: EventHandler;
}

/**
 * Redis pub/sub, so every replica of every service sees every event. One subscriber connection
 * per process, with one `PSUBSCRIBE` on the whole prefix; filtering by type happens here, so
 * adding a subscriber never opens another socket.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscriptions = new Set<Subscription>();
  private listening: Promise<unknown> | undefined;

  constructor(
    url: string,
    private readonly onHandlerError: (error: unknown, event: DomainEvent) => void = () => {},
    private readonly channelPrefix = DEFAULT_CHANNEL_PREFIX,
  ) {
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
    const subscription = { typePrefix, handler };
    this.subscriptions.add(subscription);
    return async () => {
      this.subscriptions.delete(subscription);
    };
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
    for (const subscription of this.subscriptions) {
      if (!event.type.startsWith(subscription.typePrefix)) continue;
      Promise.resolve()
        .then(() => subscription.handler(event))
        .catch((error: unknown) => this.onHandlerError(error, event));
    }
  }
}
