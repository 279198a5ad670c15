import { AGENT_RUN_UPDATED, type AgentRunUpdatedPayload } from '@support-graph/agents-subgraph/events';
import { createPeerClient, type EventBus, type Logger, type Unsubscribe } from '@support-graph/runtime';
import type { DirectoryService } from '../directory/directory-service.js';
import type { AgentRoster } from './roster/agent-roster.js';
import { ROUTER_IDENTITY, type TicketRouter } from './ticket-router.js';
import type { TicketStore } from '../store/ticket-store.js';

/** The ticket's triage team and language, read from the agents subgraph as a federation entity. */
const TRIAGE_OF = 'query TriageOf($r: [_Any!]!) { _entities(representations: $r) { ... on Ticket { triage { team } language { code } } } }';

interface TriagedTicket {
  readonly triage: { readonly team: string } | null;
  readonly language: { readonly code: string } | null;
}

/**
 * When triage finishes, routes the ticket to the directory team named like triage's team — unless
 * someone already assigned it, or the team has nobody set up for routing (then it is left to people).
 * Best-effort over the live bus: a missed event leaves the ticket where triage put it, for a person or
 * `routeTicket`. Every replica hears the event; routing twice is a no-op.
 */
export async function routeWhenTriaged(parts: {
  readonly bus: EventBus;
  readonly router: TicketRouter;
  readonly roster: AgentRoster;
  readonly store: TicketStore;
  readonly directory: DirectoryService;
  readonly agentsUrl: () => string;
  readonly signingKey: Buffer;
  readonly logger: Logger;
}): Promise<Unsubscribe> {
  const agents = createPeerClient({ peer: 'agents', url: parts.agentsUrl, signingKey: parts.signingKey, identity: ROUTER_IDENTITY, timeoutMs: 10_000 });
  return parts.bus.subscribe(AGENT_RUN_UPDATED, async (event) => {
    const payload = event.payload as AgentRunUpdatedPayload;
    if (payload.agent !== 'triage' || payload.status !== 'SUCCEEDED') return;
    try {
      const ticket = await parts.store.findTicket(payload.ticketId);
      if (!ticket || ticket.assigneeId) return;
      const data = await agents.request<{ _entities: (TriagedTicket | null)[] }>(TRIAGE_OF, { r: [{ __typename: 'Ticket', id: ticket.id }] });
      const triaged = data._entities[0];
      const team = triaged?.triage && (await parts.directory.listTeams()).find((candidate) => candidate.name === triaged.triage?.team);
      if (!team) return;
      const members = await parts.directory.teamMembers(team.id);
      if ((await parts.roster.profiles(members.map((member) => member.id))).length === 0) return;
      await parts.router.route(ROUTER_IDENTITY, ticket.id, team.id, triaged?.language?.code ?? null);
    } catch (error) {
      parts.logger.warn({ err: error, ticketId: payload.ticketId }, 'routing after triage failed');
    }
  });
}
