/** The read-path load of `bench:gateway`: one list across tickets and agents, and one that also reads knowledge. */

// No customer PII: reading it appends to the audit log per request, which is the audit's cost, not the read path's.
const TICKET_FIELDS = `id number subject status priority category tags createdAt slaDueAt
  triage { category priority team decidedBy confidence escalated }
  sentiment { label score frustration urgency }
  escalation { escalate score reasons }`;

export const TICKET_LIST = `query ReadPathTickets($first: Int!) {
  tickets(first: $first) { totalCount edges { node { ${TICKET_FIELDS} } } }
}`;

export const TICKET_LIST_WITH_ARTICLES = `query ReadPathTicketsWithArticles($first: Int!) {
  tickets(first: $first) { edges { node { id subject triage { category team } suggestedArticles(first: 3) { score article { id title } } } } }
}`;

export interface ReadScenario {
  readonly name: 'identical' | 'varied' | 'cross_subgraph';
  body(client: number, sequence: number): string;
}

export function readScenarios(ticketCount: number): readonly ReadScenario[] {
  const identical = JSON.stringify({ query: TICKET_LIST, variables: { first: Math.min(20, ticketCount) } });
  // Page sizes around the identical body's (10–30 of 20), spread so concurrent requests rarely carry the same body.
  const pageSize = Math.min(20, ticketCount);
  const variedFirst = (client: number, sequence: number) => Math.max(1, pageSize - 10 + ((client * 7919 + sequence * 104_729) % 21));
  return [
    { name: 'identical', body: () => identical },
    { name: 'varied', body: (client, sequence) => JSON.stringify({ query: TICKET_LIST, variables: { first: variedFirst(client, sequence) } }) },
    {
      name: 'cross_subgraph',
      body: (client, sequence) => JSON.stringify({ query: TICKET_LIST_WITH_ARTICLES, variables: { first: 1 + ((client * 7919 + sequence * 104_729) % Math.min(10, ticketCount)) } }),
    },
  ];
}
