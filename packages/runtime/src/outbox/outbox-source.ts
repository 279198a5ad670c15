/** A committed event waiting in a service's outbox (table or collection), as the relay reads it. */
export interface OutboxEntry {
  /** The event id: the stream stores an id once, consumers dedupe by it. */
  readonly id: string;
  readonly type: string;
  readonly aggregateId: string;
  /** JSON of the event payload (ids and metadata, never customer text). */
  readonly payload: string;
  readonly occurredAt: Date;
  /** The trace the event was committed in (DomainEvent.traceparent), when tracing was on. */
  readonly traceparent?: string | null;
}

/**
 * The port a service's store implements so the kernel's relay can drain its outbox: the events
 * are written in the same transaction as the change that caused them, and stay pending until the
 * relay has put them into the durable stream.
 */
export interface OutboxSource {
  /** Oldest unpublished entries first (insertion order). */
  pendingEvents(limit: number): Promise<readonly OutboxEntry[]>;
  markPublished(ids: readonly string[]): Promise<void>;
}
