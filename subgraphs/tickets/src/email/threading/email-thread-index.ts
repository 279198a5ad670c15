import type { EmailDeliveryState } from '../schema/email-delivery-types.js';

/** How an email message ended up: the outcome of one inbound message, or the delivery of one reply. */
export type InboundOutcome = 'ticket' | 'reply' | 'bounce' | 'auto_reply' | 'loop' | 'refused';
export type DeliveryState = EmailDeliveryState;

export interface EmailDelivery {
  readonly ticketMessageId: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  /** The Message-ID the reply was sent under, once sent. */
  readonly emailMessageId: string | null;
  readonly updatedAt: Date;
}

/**
 * The email channel's memory: which Message-IDs belong to which ticket (threading), which inbound
 * messages were handled already (a message fetched twice is handled once), and each emailed
 * reply's delivery state. Ids and states only, no customer text.
 */
export interface EmailThreadIndex {
  /** The ticket the first of these Message-IDs belongs to. */
  ticketOf(messageIds: readonly string[]): Promise<string | undefined>;
  /** Every Message-ID of the ticket's thread, oldest first (the References of a reply). */
  threadOf(ticketId: string): Promise<string[]>;
  link(messageId: string, ticketId: string): Promise<void>;
  /** The outcome recorded for this inbound message, if it was handled before. */
  inboundOutcome(messageKey: string): Promise<InboundOutcome | undefined>;
  recordInbound(messageKey: string, outcome: InboundOutcome, ticketId: string | null): Promise<void>;
  delivery(ticketMessageId: string): Promise<EmailDelivery | undefined>;
  /** The deliveries of those of these ticket messages that were emailed. */
  deliveries(ticketMessageIds: readonly string[]): Promise<Map<string, EmailDelivery>>;
  recordDelivery(ticketId: string, delivery: Omit<EmailDelivery, 'updatedAt'>): Promise<void>;
  /** Erasure: forgets everything about these tickets; returns how many records went. Idempotent. */
  forgetTickets(ticketIds: readonly string[]): Promise<number>;
  close(): Promise<void>;
}
