import type { DomainEvent } from '../domain-event.js';

export type EventHandler = (event: DomainEvent) => void | Promise<void>;
export type Unsubscribe = () => Promise<void>;

/**
 * Fan-out of domain events to every interested consumer, in this process or (Redis) in every
 * replica. Delivery is at-least-once from the outbox's point of view: consumers dedupe by `id`.
 * Durable work (AI triage, Jira sync) must not rely on a live subscription alone; it goes
 * through a durable queue fed from the same events.
 */
export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  /** `typePrefix` selects events whose type starts with it, e.g. `ticket.`; `''` selects all. */
  subscribe(typePrefix: string, handler: EventHandler): Promise<Unsubscribe>;
  close(): Promise<void>;
}
