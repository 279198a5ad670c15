// The feedback subgraph's event contract: names and payloads as published on the bus. Imported by
// the producers here and by the gateway's subscription source (`feedbackEvents`) as
// `@support-graph/feedback/events`. It imports nothing. Payloads carry ids and numbers, never text.

/** Every feedback event type starts with this. */
export const FEEDBACK_EVENT_PREFIX = 'feedback.';

export const FeedbackEventType = {
  /** A customer answered (or changed) a ticket's CSAT survey. */
  CsatReceived: 'feedback.csat_received',
  /** A content gap was found (relayed from the knowledge subgraph): customers ask about something no article answers. */
  ContentGapFound: 'feedback.content_gap_found',
} as const;

export interface CsatReceivedPayload {
  readonly ticketId: string;
  /** 1–5. */
  readonly score: number;
}

export interface ContentGapFoundPayload {
  readonly gapId: string;
  /** How many tickets ask about it. */
  readonly tickets: number;
}
