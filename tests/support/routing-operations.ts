import type { PlatformFixture } from './platform-fixture.js';

export const CREATE_TEAM = 'mutation($name: String!) { createTeam(name: $name) { id name } }';
export const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email } }';
export const SET_AGENT_ROUTING = 'mutation($input: AgentRoutingInput!) { setAgentRouting(input: $input) { agentId presence capacity { channel limit } skills { categories languages tiers } } }';
export const SET_PRESENCE = 'mutation($presence: AgentPresence!, $agentId: ID) { setPresence(presence: $presence, agentId: $agentId) { agentId presence } }';
export const ROUTE = 'mutation($t: ID!, $team: ID!, $lang: String) { routeTicket(ticketId: $t, teamId: $team, language: $lang) { ticketId assigneeId reason } }';
export const ASSIGNMENT = 'query($id: ID!) { ticket(id: $id) { id channel assigneeId assignmentReason history { field from to actor } } }';
export const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id number } }';

export interface TestAgent {
  readonly id: string;
  readonly email: string;
  readonly teamId: string;
  readonly capacity: number;
}

/** Runs `work` over `items` with at most `width` at once. */
export async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T, index);
      }
    }),
  );
  return results;
}

/** A team with agents of the given capacities (any channel), all online; `skills` per agent index. */
export async function teamWithAgents(
  fixture: PlatformFixture,
  admin: string,
  name: string,
  capacities: readonly number[],
  skills: (index: number) => Record<string, string[]> = () => ({}),
): Promise<TestAgent[]> {
  const team = await fixture.graphql(admin, CREATE_TEAM, { name });
  if (!team.data?.createTeam) throw new Error(team.text);
  const teamId = team.data.createTeam.id as string;
  const agents: TestAgent[] = [];
  for (const [index, capacity] of capacities.entries()) {
    const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${index}@support.local`;
    const invited = await fixture.graphql(admin, INVITE, { input: { email, name: `${name} ${index}`, role: 'agent', teamIds: [teamId] } });
    if (!invited.data?.inviteUser) throw new Error(invited.text);
    const id = invited.data.inviteUser.id as string;
    const configured = await fixture.graphql(admin, SET_AGENT_ROUTING, { input: { agentId: id, capacity: [{ channel: '*', limit: capacity }], skills: skills(index) } });
    if (!configured.data?.setAgentRouting) throw new Error(configured.text);
    const online = await fixture.graphql(await fixture.token('agent', email), SET_PRESENCE, { presence: 'ONLINE' });
    if (online.data?.setPresence?.presence !== 'ONLINE') throw new Error(online.text);
    agents.push({ id, email, teamId, capacity });
  }
  return agents;
}
