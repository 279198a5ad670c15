import type { DomainEvent } from '../domain-event.js';

/** One event as a consumer group reads it: where it sits in the stream, and the event. */
export interface StreamedEvent {
  /** Opaque to consumers; what `acknowledge` takes back. */
  readonly position: string;
  readonly event: DomainEvent;
}

/**
 * The durable log of domain events that work which must not be missed reads from (indexing,
 * triage, Jira sync…): the outbox relay appends, each consumer group reads with its own cursor and
 * acknowledges what it finished. What a group read but did not acknowledge (it crashed) is read
 * again. Appending the same event id twice stores it once, so a relay retry adds nothing; still,
 * handlers stay idempotent by event id (a crash between handling and acknowledging repeats a batch).
 *
 * Adapters: SQLite under DATA_DIR (embedded, one process) and Redis Streams with consumer groups
 * (production, shared by replicas). Pub/sub (`EventBus`) is only for live updates.
 */
export interface DurableEventStream {
  /** Resolves once every event is durably stored (the relay marks its outbox rows only then). */
  append(events: readonly DomainEvent[]): Promise<void>;
  /**
   * The group's next events, oldest first: first any it read before and never acknowledged, then
   * new ones. Waits up to `waitMs` when there are none, and then returns an empty list.
   */
  read(group: string, max: number, waitMs: number): Promise<StreamedEvent[]>;
  /** Marks a batch, as returned by one `read`, done for the group. */
  acknowledge(group: string, positions: readonly string[]): Promise<void>;
  /** Ends any `read` that is waiting and releases the connection or file. */
  close(): Promise<void>;
}
