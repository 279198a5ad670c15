import DataLoader from 'dataloader';
import type { Identity, SubgraphContext } from '@support-graph/runtime';
import type { TicketLinkRecord } from './domain/roadmap-records.js';
import type { SupportTickets } from './peers/support-tickets.js';
import type { RoadmapService } from './services/roadmap-service.js';
import type { RoadmapStore } from './store/roadmap-store.js';
import type { JiraPoller } from './sync/jira-poller.js';

/** Per-request context of the roadmap subgraph: the verified identity, the use cases and batched link loaders. */
export interface RoadmapContext extends SubgraphContext {
  readonly service: RoadmapService;
  readonly store: RoadmapStore;
  readonly tickets: SupportTickets;
  /** Absent offline. */
  readonly poller: JiraPoller | undefined;
  readonly projectKey: string;
  readonly linksByTicket: DataLoader<string, TicketLinkRecord[]>;
  readonly linksByIssue: DataLoader<string, TicketLinkRecord[]>;
}

function grouped(links: readonly TicketLinkRecord[], keys: readonly string[], by: (link: TicketLinkRecord) => string): TicketLinkRecord[][] {
  const groups = new Map<string, TicketLinkRecord[]>();
  for (const link of links) groups.set(by(link), [...(groups.get(by(link)) ?? []), link]);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createRoadmapContext(
  parts: Pick<RoadmapContext, 'service' | 'store' | 'tickets' | 'poller' | 'projectKey'>,
  identity: Identity,
): RoadmapContext {
  return {
    ...parts,
    identity,
    linksByTicket: new DataLoader(async (ids) => grouped(await parts.store.linksOfTickets(ids), ids, (link) => link.ticketId)),
    linksByIssue: new DataLoader(async (ids) => grouped(await parts.store.linksOfIssues(ids), ids, (link) => link.issueId)),
  };
}
