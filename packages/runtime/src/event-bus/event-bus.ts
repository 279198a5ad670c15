import type { DomainEvent } from '../domain-event.js';

export type EventHandler = (event: DomainEvent) => void | Promise<void>;
export type Unsubscribe = () => Promise<void>;

/**
 * Fan-out of domain events for live updates (subscriptions in browsers), in this process or (Redis)
 * in every replica. Best-effort: an event published while Redis is away is lost to the bus. Work
 * that must not miss an event (indexing, triage, Jira sync) reads the durable event stream instead
 * (`DurableEventStream`, `startDurableConsumer`).
 */
export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  /** `typePrefix` selects events whose type starts with it, e.g. `ticket.`; `''` selects all. */
  subscribe(typePrefix: string, handler: EventHandler): Promise<Unsubscribe>;
  close(): Promise<void>;
}
