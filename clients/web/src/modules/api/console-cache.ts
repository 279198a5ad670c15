import { InMemoryCache } from '@apollo/client';

/** A ticket's AI findings have no id of their own: a mutation answering part of one (e.g. `triage { accepted }`) merges into it. */
const MERGED_INTO_THEIR_TICKET = ['TicketTriage', 'TicketSentiment', 'MissingInformation', 'TicketEscalation'];

/** Entities are normalized by `id` (tickets, messages, customers, users, articles, runs), so a mutation's answer updates every view. */
export function createConsoleCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: Object.fromEntries(MERGED_INTO_THEIR_TICKET.map((typename) => [typename, { merge: true }])),
  });
}
