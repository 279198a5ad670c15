import type { PlatformFixture } from './platform-fixture.js';
import { ASSIGNMENT, CREATE, inBatches, ROUTE, type TestAgent } from './routing-operations.js';

export interface RoutedTicket {
  readonly ticketId: string;
  readonly teamIndex: number;
  readonly language: string;
  readonly assigneeId: string | null;
}

/**
 * Creates `count` tickets and routes each twice at once (two triage decisions racing) over the teams,
 * spreading requests over `urls` (gateways) in turn; then checks through the API that nobody is over
 * capacity, no ticket was assigned twice, every assignee belongs to the ticket's team, and the
 * Technical team's German tickets went to its German speaker (agent 0) only.
 */
export async function routeBurst(fixture: PlatformFixture, token: string, teams: readonly (readonly TestAgent[])[], urls: readonly string[], count: number): Promise<RoutedTicket[]> {
  const via = (index: number) => ({ url: urls[index % urls.length] as string });
  const created = await inBatches(Array.from({ length: count }, (_, index) => index), 16, async (index) => {
    const response = await fixture.graphql(token, CREATE, { i: { subject: `Burst ${index}`, description: 'Card declined', customer: { email: `burst${index}@example.com` } } }, via(index));
    if (!response.data?.createTicket) throw new Error(response.text);
    return response.data.createTicket.id as string;
  });
  const requests = created.flatMap((ticketId, index) => {
    const teamIndex = index % teams.length;
    const language = teamIndex === 1 && index % 2 === 0 ? 'de' : 'en';
    return [{ ticketId, teamIndex, language }, { ticketId, teamIndex, language }];
  });
  const decisions = await inBatches(requests, 24, async ({ ticketId, teamIndex, language }, index) => {
    const response = await fixture.graphql(token, ROUTE, { t: ticketId, team: teams[teamIndex]![0]!.teamId, lang: language }, via(index));
    if (!response.data?.routeTicket) throw new Error(response.text);
    return { ticketId, teamIndex, language, assigneeId: response.data.routeTicket.assigneeId as string | null };
  });
  const routed: RoutedTicket[] = [];
  for (let index = 0; index < decisions.length; index += 2) {
    // Both routings of one ticket agree.
    expect(decisions[index + 1]?.assigneeId).toBe(decisions[index]?.assigneeId);
    routed.push(decisions[index]!);
  }

  const tickets = await inBatches(created, 16, async (id, index) => (await fixture.graphql(token, ASSIGNMENT, { id }, via(index))).data.ticket);
  const perAgent = new Map<string, number>();
  for (const ticket of tickets) {
    const assignments = ticket.history.filter((entry: { field: string }) => entry.field === 'assignee');
    expect(assignments.length).toBeLessThanOrEqual(1);
    expect(ticket.assignmentReason).toEqual(expect.any(String));
    if (ticket.assigneeId) perAgent.set(ticket.assigneeId, (perAgent.get(ticket.assigneeId) ?? 0) + 1);
    else expect(ticket.assignmentReason).toMatch(/^Queued/);
  }
  for (const [teamIndex, agents] of teams.entries()) {
    for (const agent of agents) expect(perAgent.get(agent.id) ?? 0).toBeLessThanOrEqual(agent.capacity);
    for (const ticket of routed.filter((candidate) => candidate.teamIndex === teamIndex)) {
      if (ticket.assigneeId) expect(agents.map((agent) => agent.id)).toContain(ticket.assigneeId);
    }
  }
  const byId = new Map(routed.map((ticket) => [ticket.ticketId, ticket]));
  for (const ticket of tickets) {
    if (byId.get(ticket.id)?.language === 'de' && ticket.assigneeId) expect(ticket.assigneeId).toBe(teams[1]![0]!.id);
  }
  return routed;
}

/** Total tickets assigned. */
export function assignedCount(routed: readonly RoutedTicket[]): number {
  return routed.filter((ticket) => ticket.assigneeId !== null).length;
}
