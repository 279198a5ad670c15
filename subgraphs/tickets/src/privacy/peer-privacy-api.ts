import type { PrivacyPeerClient } from './privacy-peer-client.js';

/** What a peer holds about tickets, and how it forgets them: the `@inaccessible` privacy fields of knowledge and agents. */
export interface PeerPrivacyApi {
  readonly service: string;
  /** JSON-ready data the peer holds about these tickets. */
  exportTickets(ticketIds: readonly string[]): Promise<unknown>;
  /** Deletes or scrubs it; returns how many records changed. Idempotent. */
  eraseTickets(ticketIds: readonly string[]): Promise<number>;
}

const KNOWLEDGE_EXPORT = 'query PrivacyTicketKnowledge($ids: [ID!]!) { privacyTicketKnowledge(ticketIds: $ids) }';
const KNOWLEDGE_ERASE = 'mutation ForgetTicketKnowledge($ids: [ID!]!) { forgetTicketKnowledge(ticketIds: $ids) }';
const AGENTS_EXPORT = 'query PrivacyTicketRuns($ids: [ID!]!) { privacyTicketRuns(ticketIds: $ids) }';
const AGENTS_ERASE = 'mutation ScrubTicketRuns($ids: [ID!]!) { scrubTicketRuns(ticketIds: $ids) }';

function peerApi(client: PrivacyPeerClient, exportQuery: string, exportField: string, eraseMutation: string, eraseField: string): PeerPrivacyApi {
  return {
    service: client.service,
    async exportTickets(ticketIds) {
      const data = await client.request<Record<string, string>>(exportQuery, { ids: ticketIds });
      return JSON.parse(data[exportField] ?? 'null') as unknown;
    },
    async eraseTickets(ticketIds) {
      const data = await client.request<Record<string, number>>(eraseMutation, { ids: ticketIds });
      return data[eraseField] ?? 0;
    },
  };
}

export function knowledgePrivacyApi(client: PrivacyPeerClient): PeerPrivacyApi {
  return peerApi(client, KNOWLEDGE_EXPORT, 'privacyTicketKnowledge', KNOWLEDGE_ERASE, 'forgetTicketKnowledge');
}

export function agentsPrivacyApi(client: PrivacyPeerClient): PeerPrivacyApi {
  return peerApi(client, AGENTS_EXPORT, 'privacyTicketRuns', AGENTS_ERASE, 'scrubTicketRuns');
}
