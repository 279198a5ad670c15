import type { Redis } from 'ioredis';
import { closeRedis } from '../../redis/redis-connections.js';
import type { DomainEvent } from '../../domain-event.js';
import type { EventBus, EventHandler, Unsubscribe } from '../event-bus.js';
import { EventSubscriptions } from '../event-subscriptions.js';

/** Longest `subscribe` waits for Redis to confirm the subscription. */
const SUBSCRIBE_WAIT_MS = 2_000;

/**
 * Redis pub/sub, so every replica of every service sees every live update. One subscriber connection
 * per process, with one `PSUBSCRIBE` on the whole prefix; filtering by type happens here, so
 * adding a subscriber never opens another socket. Channels are `<REDIS_PREFIX>:events:<type>`
 * (pub/sub ignores database numbers, so the prefix is what keeps deployments apart).
 *
 * Subscribing never waits long for Redis: a service starts while Redis is away, and ioredis sends the
 * subscription (again) whenever the connection is (re)established.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly subscriptions: EventSubscriptions;
  private listening: Promise<void> | undefined;
  private readonly channelPrefix: string;

  constructor(
    connections: { readonly publisher: Redis; readonly subscriber: Redis },
    /** REDIS_PREFIX. */
    prefix: string,
    onHandlerError: (error: unknown, event: DomainEvent) => void = () => {},
  ) {
    this.subscriptions = new EventSubscriptions(onHandlerError);
    this.publisher = connections.publisher;
    this.subscriber = connections.subscriber;
    this.channelPrefix = `${prefix}:events:`;
    this.subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => this.deliver(message));
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.publisher.publish(`${this.channelPrefix}${event.type}`, JSON.stringify(event));
  }

  async subscribe(typePrefix: string, handler: EventHandler): Promise<Unsubscribe> {
    // Queued while Redis is away; a failure here is the connection's, which logs and reconnects.
    this.listening ??= this.subscriber.psubscribe(`${this.channelPrefix}*`).then(
      () => undefined,
      () => {
        this.listening = undefined;
      },
    );
    // Waits for the subscription while Redis answers, so a publish right after is seen; never longer
    // than SUBSCRIBE_WAIT_MS, so a service starts while Redis is away.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.listening, new Promise<void>((resolve) => (timer = setTimeout(resolve, SUBSCRIBE_WAIT_MS)))]);
    clearTimeout(timer);
    return this.subscriptions.add(typePrefix, handler);
  }

  async close(): Promise<void> {
    this.subscriptions.clear();
    await Promise.all([closeRedis(this.publisher), closeRedis(this.subscriber)]);
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
