// The roadmap subgraph's event contract: event names and payloads as published on the bus. Imported
// by the producer (sync/issue-changes.ts) and the gateway's subscription source. It imports nothing.
// Payloads carry ids and keys only: never a summary, a description or customer text.

/** All roadmap events start with this. */
export const ROADMAP_EVENT_PREFIX = 'roadmap.';

export const ROADMAP_ISSUE_CHANGED = 'roadmap.issue_changed';
export const ROADMAP_TICKET_LINKED = 'roadmap.ticket_linked';
export const ROADMAP_VERSION_CHANGED = 'roadmap.version_changed';

export interface RoadmapEventPayload {
  /** ISSUE_CHANGED, TICKET_LINKED, TICKET_UNLINKED, MILESTONE_CHANGED */
  readonly kind: string;
  readonly issueId: string | null;
  readonly issueKey: string | null;
  readonly versionId: string | null;
  readonly ticketId: string | null;
}
