import { randomUUID } from 'node:crypto';
import { currentTraceparent } from './tracing/trace-context.js';

/** A fact that happened in one subgraph, published on the event bus. Consumers dedupe by `id`. */
export interface DomainEvent<TPayload = unknown> {
  /** Unique per event; the same event delivered twice keeps its id. */
  readonly id: string;
  /** Dotted name, e.g. `ticket.created`. */
  readonly type: string;
  /** Id of the entity the event is about, e.g. the ticket id. */
  readonly aggregateId: string;
  readonly occurredAt: string;
  readonly payload: TPayload;
  /** W3C trace context of the request that caused it, so consumers continue that trace; absent when tracing is off. */
  readonly traceparent?: string;
}

export function createDomainEvent<TPayload>(type: string, aggregateId: string, payload: TPayload): DomainEvent<TPayload> {
  const traceparent = currentTraceparent();
  return { id: randomUUID(), type, aggregateId, occurredAt: new Date().toISOString(), payload, ...(traceparent ? { traceparent } : {}) };
}
