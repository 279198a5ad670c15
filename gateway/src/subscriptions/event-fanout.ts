import type { DomainEvent, EventBus, Unsubscribe } from '@support-graph/runtime';

export type FanoutListener = (event: DomainEvent) => void;

interface Topic {
  readonly listeners: Set<FanoutListener>;
  readonly subscribed: Promise<Unsubscribe>;
}

/** How many bus subscriptions and local listeners are open: tests assert both return to baseline. */
export interface FanoutStats {
  readonly busSubscriptions: number;
  readonly listeners: number;
}

/**
 * One bus subscription per event-type prefix for the whole process, however many WebSocket
 * subscribers want it; events are handed to each local listener here. The bus subscription is
 * opened by the first listener and closed when the last one leaves, so nothing leaks and a Redis
 * bus never sees per-client subscriptions.
 */
export class EventFanout {
  private readonly topics = new Map<string, Topic>();

  constructor(
    private readonly bus: EventBus,
    private readonly onListenerError: (error: unknown, event: DomainEvent) => void,
  ) {}

  /** Adds a listener; resolves once the bus delivers to it. The returned function removes it. */
  async add(typePrefix: string, listener: FanoutListener): Promise<() => Promise<void>> {
    let topic = this.topics.get(typePrefix);
    if (!topic) {
      const listeners = new Set<FanoutListener>();
      topic = { listeners, subscribed: this.bus.subscribe(typePrefix, (event) => this.dispatch(listeners, event)) };
      this.topics.set(typePrefix, topic);
    }
    topic.listeners.add(listener);
    const current = topic;
    try {
      await current.subscribed;
    } catch (error) {
      await this.remove(typePrefix, current, listener);
      throw error;
    }
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      await this.remove(typePrefix, current, listener);
    };
  }

  stats(): FanoutStats {
    let listeners = 0;
    for (const topic of this.topics.values()) listeners += topic.listeners.size;
    return { busSubscriptions: this.topics.size, listeners };
  }

  private async remove(typePrefix: string, topic: Topic, listener: FanoutListener): Promise<void> {
    topic.listeners.delete(listener);
    if (topic.listeners.size > 0 || this.topics.get(typePrefix) !== topic) return;
    // Forgotten at once, so a listener arriving while the bus unsubscribes opens a fresh subscription.
    this.topics.delete(typePrefix);
    const unsubscribe = await topic.subscribed.catch(() => undefined);
    await unsubscribe?.();
  }

  private dispatch(listeners: ReadonlySet<FanoutListener>, event: DomainEvent): void {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error, event);
      }
    }
  }
}
