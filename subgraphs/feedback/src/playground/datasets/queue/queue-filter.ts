/** The ticket statuses of the live queue: a ticket waiting on the support team or the customer. */
export const WAITING_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** Which waiting tickets a dataset is captured from; every condition but the limit is optional. */
export interface QueueFilter {
  /** The triage category (or the ticket's own when it was never triaged). */
  readonly category?: string;
  /** The detected language (BCP 47 primary subtag). */
  readonly language?: string;
  /** Any of these priorities; every priority when absent. */
  readonly priority?: readonly TicketPriority[];
  /** Any of these waiting statuses; all of them when absent. */
  readonly status?: readonly WaitingStatus[];
  /** At most this many tickets, the most recently opened first. */
  readonly limit: number;
}

/** A waiting ticket as the tickets subgraph lists it (personal data still in it: mask before keeping). */
export interface WaitingTicket {
  readonly id: string;
  readonly subject: string;
  readonly description: string;
  /** The category the ticket was opened with (a form's or a person's), not triage's. */
  readonly category: string | null;
  readonly customerName: string | null;
}

export interface WaitingTicketPage {
  readonly tickets: readonly WaitingTicket[];
  /** Where the next page starts; null after the last. */
  readonly next: string | null;
}

/** Lists waiting tickets from the tickets subgraph, newest first, as `service` (port; adapter in adapters/). */
export interface WaitingTickets {
  page(filter: { status: readonly WaitingStatus[]; priority?: readonly TicketPriority[] }, after: string | null): Promise<WaitingTicketPage>;
}

/** What triage (with a person's correction) and language detection found for a ticket. */
export interface TicketTriage {
  readonly category: string | null;
  readonly language: string | null;
}

/** Reads triage results for tickets from the agents subgraph (port; adapter in adapters/). */
export interface TicketTriages {
  /** Tickets never triaged may be absent from the map, or present with nulls. */
  of(ticketIds: readonly string[]): Promise<ReadonlyMap<string, TicketTriage>>;
}
