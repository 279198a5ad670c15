import type { DomainEvent } from '../domain-event.js';
import type { EventHandler, Unsubscribe } from './event-bus.js';

interface Subscription {
  readonly typePrefix: string;
  readonly handler: EventHandler;
}

/**
 * The subscribers of one bus, whatever carries the events: matching by type prefix, and handlers run
 * in isolation, so a slow or failing one never delays or breaks the others or the deliverer.
 */
export class EventSubscriptions {
  private readonly subscriptions = new Set<Subscription>();

  constructor(private readonly onHandlerError: (error: unknown, event: DomainEvent) => void) {}

  add(typePrefix: string, handler: EventHandler): Unsubscribe {
    const subscription = { typePrefix, handler };
    this.subscriptions.add(subscription);
    return async () => {
      this.subscriptions.delete(subscription);
    };
  }

  /** Hands `event` to every subscriber whose prefix it matches; `schedule` decides when each handler starts (default: now). */
  deliver(event: DomainEvent, schedule: (start: () => void) => void = (start) => start()): void {
    for (const subscription of this.subscriptions) {
      if (!event.type.startsWith(subscription.typePrefix)) continue;
      schedule(() => {
        Promise.resolve()
          .then(() => subscription.handler(event))
          .catch((error: unknown) => this.onHandlerError(error, event));
      });
    }
  }

  clear(): void {
    this.subscriptions.clear();
  }
}
