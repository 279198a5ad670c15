import type { DomainEvent } from '../domain-event.js';
import type { Identity } from '../identity/identity.js';

export type SubscriptionArguments = Readonly<Record<string, unknown>>;

/** A field of the payload type that is a federated entity, fetched through the gateway by id. */
export interface EntityReference {
  /** The Query field that selects the entity by `id`, e.g. `ticket`. */
  readonly queryField: string;
  id(payload: Readonly<Record<string, unknown>>): string;
}

/**
 * The entity a subscriber must be able to read, through the normal query plan and their own field
 * rules, for an event to reach them: someone else's ticket is NOT_FOUND, so its events never arrive.
 */
export interface DeliveryGate {
  readonly entity: string;
  /** Extra selection on the entity that `admits` looks at, e.g. `triage { team }`. */
  selection(args: SubscriptionArguments): string;
  admits(entity: Readonly<Record<string, unknown>>, args: SubscriptionArguments): boolean;
  /**
   * Payload fields can reveal a field of the entity (a status change's `from` and `to` reveal
   * `status`). The gate's selection reads those entity fields as the subscriber; `conceal` gets the
   * ones their rules refused and returns the payload with what they reveal hidden.
   */
  conceal?(payload: Readonly<Record<string, unknown>>, unreadable: ReadonlySet<string>): Readonly<Record<string, unknown>>;
}

/**
 * How one Subscription field of the supergraph is fed from the event bus. The subgraph that owns
 * the field and its events declares it (its descriptor's `subscriptionSources`); the gateway's
 * bridge runs it.
 */
export interface SubscriptionSource {
  readonly field: string;
  /** Bus event types starting with this feed the field. */
  readonly typePrefix: string;
  /** Whether an event belongs to this subscription (its arguments, and what the subscriber's role may know). */
  accepts(event: DomainEvent, args: SubscriptionArguments, identity: Identity): boolean;
  /** The payload's own fields (entity fields are fetched separately). */
  payload(event: DomainEvent): Readonly<Record<string, unknown>>;
  readonly entities: Readonly<Record<string, EntityReference>>;
  readonly gate?: DeliveryGate;
  /** Events the subscriber missed and asked for (reply chunks after `afterSeq`), oldest first. */
  replay?(args: SubscriptionArguments): Promise<readonly DomainEvent[]>;
  /** Position of an event in its stream: an event at or before the last one delivered is a duplicate. */
  sequence?(event: DomainEvent): number;
  /** Where the stream starts: only events after this position are delivered. */
  startAfter?(args: SubscriptionArguments): number;
  /** Whether an event is the last of its stream; the subscription completes after it. */
  isLast?(event: DomainEvent): boolean;
  /** Releases what the source holds (a replay log's bus subscription) when the gateway stops. */
  close?(): Promise<void>;
}
