import type { DomainEvent } from '../../domain-event.js';
import type { EventBus, EventHandler, Unsubscribe } from '../event-bus.js';

interface Subscription {
  readonly typePrefix: string;
  readonly handler: EventHandler;
}

/** The embedded default: delivers to subscribers in this process, after the publisher's turn. */
export class InProcessEventBus implements EventBus {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly onHandlerError: (error: unknown, event: DomainEvent) => void = () => {}) {}

  async publish(event: DomainEvent): Promise<void> {
    for (const subscription of this.subscriptions) {
      if (!event.type.startsWith(subscription.typePrefix)) continue;
      // Deliver on a later tick so a slow or failing consumer never delays or breaks the publisher.
      queueMicrotask(() => {
        Promise.resolve()
          .then(() => subscription.handler(event))
          .catch((error: unknown) => this.onHandlerError(error, event));
      });
    }
  }

  async subscribe(typePrefix: string, handler: EventHandler): Promise<Unsubscribe> {
    const subscription = { typePrefix, handler };
    this.subscriptions.add(subscription);
    return async () => {
      this.subscriptions.delete(subscription);
    };
  }

  async close(): Promise<void> {
    this.subscriptions.clear();
  }
}
