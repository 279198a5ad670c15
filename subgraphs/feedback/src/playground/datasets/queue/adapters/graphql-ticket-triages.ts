import type { PeerClient } from '@support-graph/runtime';
import type { TicketTriage, TicketTriages } from '../queue-filter.js';

const TRIAGES = `query PlaygroundQueueTriages($r: [_Any!]!) {
  _entities(representations: $r) { ... on Ticket { id triage { category } language { code } } }
}`;

interface TriageData {
  id: string;
  triage: { category: string | null } | null;
  language: { code: string } | null;
}

/**
 * Triage category (a person's correction included) and detected language from the agents subgraph,
 * one `_entities` request per page of tickets, asked as the feedback subgraph's `service` identity.
 * Read there rather than from this subgraph's facts: a correction of an open ticket reaches the facts
 * only with the ticket's next event, and a capture is of the queue as it is now.
 */
export class GraphQLTicketTriages implements TicketTriages {
  /** `agents` is absent when the agents subgraph is not part of the platform: no triage is known then. */
  constructor(private readonly agents: PeerClient | undefined) {}

  async of(ticketIds: readonly string[]): Promise<ReadonlyMap<string, TicketTriage>> {
    if (!this.agents || ticketIds.length === 0) return new Map();
    const { _entities } = await this.agents.request<{ _entities: (TriageData | null)[] }>(TRIAGES, { r: ticketIds.map((id) => ({ __typename: 'Ticket', id })) });
    const triages = new Map<string, TicketTriage>();
    _entities.forEach((entity, index) => {
      const id = ticketIds[index];
      if (entity && id) triages.set(id, { category: entity.triage?.category ?? null, language: entity.language?.code ?? null });
    });
    return triages;
  }
}
