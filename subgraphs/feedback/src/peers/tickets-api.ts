import type { Identity } from '@support-graph/runtime';

/** What the survey needs to know about a ticket, as the asking person may see it. */
export interface SurveyTicket {
  readonly id: string;
  readonly number: string;
  readonly status: string;
  readonly resolvedAt: Date | null;
  readonly customerId: string;
}

/** The tickets subgraph as the feedback subgraph uses it (port; adapter in adapters/). */
export interface TicketsApi {
  /** The ticket as `identity` may read it; null when it does not exist or is not theirs. */
  surveyTicket(identity: Identity, ticketId: string): Promise<SurveyTicket | null>;
}
