// The knowledge subgraph's event contract: event names and payloads as appended to the durable
// stream. Imported by consumers (the feedback subgraph relays content gaps on `feedbackEvents`) as
// `@support-graph/knowledge/events`. It imports nothing, and its payloads carry ids and counts only.

export const KnowledgeEventType = {
  /** A cluster of recent tickets no article answers well appeared (once per gap: the event id is the gap's). */
  ContentGapDetected: 'knowledge.content_gap.detected',
} as const;

export interface ContentGapDetectedPayload {
  readonly gapId: string;
  /** Tickets in the cluster when it was detected. */
  readonly tickets: number;
  /** The best article's coverage score for the cluster, 0–1. */
  readonly coverage: number;
  /** Ids of up to three example tickets (read them through the API; no text here). */
  readonly exampleTicketIds: readonly string[];
}

/** The durable event id of a gap's detection: appending it again stores nothing new. */
export function contentGapEventId(gapId: string): string {
  return `knowledge.content_gap.detected:${gapId}`;
}
