import type { DomainEvent } from '../../domain-event.js';
import type { EventBus, EventHandler, Unsubscribe } from '../event-bus.js';
import { EventSubscriptions } from '../event-subscriptions.js';

/** The embedded default: delivers to subscribers in this process, after the publisher's turn. */
export class InProcessEventBus implements EventBus {
  private readonly subscriptions: EventSubscriptions;

  constructor(onHandlerError: (error: unknown, event: DomainEvent) => void = () => {}) {
    this.subscriptions = new EventSubscriptions(onHandlerError);
  }

  async publish(event: DomainEvent): Promise<void> {
    // Deliver on a later tick so a slow or failing consumer never delays or breaks the publisher.
    this.subscriptions.deliver(event, queueMicrotask);
  }

  async subscribe(typePrefix: string, handler: EventHandler): Promise<Unsubscribe> {
    return this.subscriptions.add(typePrefix, handler);
  }

  async close(): Promise<void> {
    this.subscriptions.clear();
  }
}
