/** A ticket as the roadmap needs it: to describe an issue, measure impact and tell the customer a fix shipped. */
export interface LinkedTicket {
  readonly id: string;
  readonly number: number;
  readonly subject: string;
  readonly description: string;
  readonly customerId: string;
  readonly customerTier: string;
  /** The customer's side of the conversation, oldest first (no internal notes). */
  readonly customerMessages: readonly string[];
  /** BCP 47 tag from the agents' language detection; `en` when unknown. */
  readonly language: string;
  /** The sentiment agent's label, when it ran. */
  readonly sentiment: string | null;
  /** What the missing-information agent asked for, as questions (the reproduction steps still to get). */
  readonly missingInformation: readonly string[];
}

/** The tickets and agents subgraphs, as the roadmap calls them (port; adapter in adapters/). */
export interface SupportTickets {
  getTicket(id: string): Promise<LinkedTicket | null>;
  addInternalNote(ticketId: string, body: string): Promise<void>;
  addCustomerMessage(ticketId: string, body: string): Promise<void>;
}
