import type { PeerClient, PrivacyParticipation } from '@support-graph/runtime';

/** What a peer holds about tickets, and how it forgets them: the `@inaccessible` privacy fields its descriptor names. */
export interface PeerPrivacyApi {
  readonly service: string;
  /** JSON-ready data the peer holds about these tickets. */
  exportTickets(ticketIds: readonly string[]): Promise<unknown>;
  /** Deletes or scrubs it; returns how many records changed. Idempotent. */
  eraseTickets(ticketIds: readonly string[]): Promise<number>;
}

/** Field names come from descriptors in the repository, never from a request: safe to put in the document. */
export function peerPrivacyApi(client: PeerClient, participation: PrivacyParticipation): PeerPrivacyApi {
  const { exportField, eraseField } = participation;
  const exportQuery = `query PrivacyExport($ids: [ID!]!) { ${exportField}(ticketIds: $ids) }`;
  const eraseMutation = `mutation PrivacyErase($ids: [ID!]!) { ${eraseField}(ticketIds: $ids) }`;
  return {
    service: client.peer,
    async exportTickets(ticketIds) {
      const data = await client.request<Record<string, string | null>>(exportQuery, { ids: ticketIds });
      return JSON.parse(data[exportField] ?? 'null') as unknown;
    },
    async eraseTickets(ticketIds) {
      const data = await client.request<Record<string, number | null>>(eraseMutation, { ids: ticketIds });
      return data[eraseField] ?? 0;
    },
  };
}
