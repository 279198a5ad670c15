/** Which resolved tickets a history dataset is built from; every condition is optional. */
export interface HistoryFilter {
  /** The triage category (or the ticket's own when it was never triaged). */
  readonly category?: string;
  /** The detected language (BCP 47 primary subtag). */
  readonly language?: string;
  /** Only tickets whose customer answered the CSAT survey with at least this score (1–5). */
  readonly minCsat?: number;
  /** UTC days (`YYYY-MM-DD`, inclusive) the ticket was resolved between. */
  readonly resolvedFrom?: string;
  readonly resolvedTo?: string;
  /** At most this many tickets, the most recently opened first. */
  readonly limit: number;
}

/** A resolved ticket the feedback subgraph's own facts selected, with what it knows of it (no text). */
export interface SelectedTicket {
  readonly ticketId: string;
  readonly category: string | null;
  readonly language: string | null;
}

/** Selects resolved tickets from the feedback subgraph's ticket facts and CSAT answers (port; adapter in adapters/). */
export interface ResolvedTicketSelection {
  select(filter: HistoryFilter): Promise<SelectedTicket[]>;
}

/** A ticket's text as the tickets subgraph holds it (personal data still in it: redact before keeping). */
export interface TicketText {
  readonly id: string;
  readonly subject: string;
  readonly description: string;
  readonly customerName: string | null;
  /** Oldest first. */
  readonly messages: readonly { readonly authorRole: string; readonly internal: boolean; readonly body: string }[];
}

/** Reads a ticket's text from the tickets subgraph as `service` (port; adapter in adapters/). */
export interface TicketTexts {
  /** Null when the ticket does not exist any more. */
  ticketText(ticketId: string): Promise<TicketText | null>;
}
