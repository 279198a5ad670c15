import { PeerRequestError, type PeerClient } from '@support-graph/runtime';
import type { TicketSnapshot, TicketSnapshots } from '../ticket-snapshot.js';

const TICKET = `query FeedbackTicketSnapshot($id: ID!) {
  ticket(id: $id) {
    id number status channel category createdAt firstResponseAt resolvedAt slaDueAt
    messages { authorRole internal }
    history { field from to }
  }
}`;
const INSIGHTS = `query FeedbackTicketInsights($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Ticket {
      triage { category team accepted overridden }
      language { code }
      aiRuns(first: 100) { costUsd inputTokens outputTokens }
    }
  }
}`;

interface TicketData {
  id: string;
  number: string;
  status: string;
  channel: string;
  category: string | null;
  createdAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  slaDueAt: string | null;
  messages: { authorRole: string; internal: boolean }[];
  history: { field: string; from: string | null; to: string | null }[];
}
interface InsightsData {
  triage: { category: string; team: string | null; accepted: boolean; overridden: boolean } | null;
  language: { code: string } | null;
  aiRuns: { costUsd: number | null; inputTokens: number; outputTokens: number }[];
}

const date = (value: string | null) => (value ? new Date(value) : null);

/**
 * Ticket snapshots from the tickets subgraph (the ticket, its message roles and status history, no
 * text) and the agents subgraph (triage, language, the runs' tokens and cost), asked as `service`.
 */
export class GraphQLTicketSnapshots implements TicketSnapshots {
  constructor(
    private readonly tickets: PeerClient,
    /** Absent when the agents subgraph is not part of the platform. */
    private readonly agents: PeerClient | undefined,
  ) {}

  async snapshot(ticketId: string): Promise<TicketSnapshot | null> {
    let ticket: TicketData | null;
    try {
      ticket = (await this.tickets.request<{ ticket: TicketData | null }>(TICKET, { id: ticketId })).ticket;
    } catch (error) {
      if (error instanceof PeerRequestError && error.codes.includes('NOT_FOUND')) return null;
      throw error;
    }
    if (!ticket) return null;
    const insights = this.agents
      ? (await this.agents.request<{ _entities: (InsightsData | null)[] }>(INSIGHTS, { r: [{ __typename: 'Ticket', id: ticketId }] }))._entities[0] ?? null
      : null;
    return {
      id: ticket.id,
      number: ticket.number,
      status: ticket.status,
      channel: ticket.channel,
      category: ticket.category,
      createdAt: new Date(ticket.createdAt),
      firstResponseAt: date(ticket.firstResponseAt),
      resolvedAt: date(ticket.resolvedAt),
      slaDueAt: date(ticket.slaDueAt),
      replyRoles: ticket.messages.filter((message) => !message.internal).map((message) => message.authorRole),
      statusChanges: ticket.history.filter((entry) => entry.field === 'status').map(({ from, to }) => ({ from, to })),
      triage: insights?.triage ?? null,
      language: insights?.language?.code ?? null,
      tokens: (insights?.aiRuns ?? []).reduce((sum, run) => sum + run.inputTokens + run.outputTokens, 0),
      costUsd: (insights?.aiRuns ?? []).reduce((sum, run) => sum + (run.costUsd ?? 0), 0),
    };
  }
}
