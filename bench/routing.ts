import { parseArgs } from 'node:util';
import { issueDevToken, loadConfig, loadOrCreateDevKeys } from '@support-graph/runtime';
import { startPlatformProcess } from './platform-process.js';

/**
 * `npm run -s bench:routing [-- --tickets 500 --concurrency 16 --agents 12]`: starts the platform on the
 * embedded defaults in its own process, sets up three teams of online agents (capacities 5–20), creates
 * the tickets, then routes them with N closed-loop clients through the gateway (`routeTicket`) and
 * prints one JSON object: routes per second, latency percentiles, and how many were assigned or queued.
 */
const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '16' },
    agents: { type: 'string', default: '12' },
    port: { type: 'string', default: '4160' },
  },
});
const ticketCount = Number(values.tickets);
const concurrency = Number(values.concurrency);
const agentCount = Number(values.agents);

const platform = await startPlatformProcess(Number(values.port), { AGENTS_AUTOMATION: 'false', TRIAGE_TRAINING_DATA: 'none', RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000' });
try {
  const config = loadConfig({ DATA_DIR: platform.dataDir });
  const keys = await loadOrCreateDevKeys(config.DATA_DIR);
  const token = (role: string, subject: string) => issueDevToken({ role: role as 'admin', subject, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }, keys.jwtPrivateKey);
  const admin = await token('admin', 'bench-admin@support.local');
  const gql = async (bearer: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(platform.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };

  const teams: string[] = [];
  for (const name of ['Billing', 'Technical', 'Accounts']) teams.push((await gql(admin, 'mutation($n: String!) { createTeam(name: $n) { id } }', { n: name })).createTeam.id);
  let capacity = 0;
  for (let index = 0; index < agentCount; index += 1) {
    const email = `bench-agent-${index}@support.local`;
    const limit = 5 + ((index * 7) % 16);
    capacity += limit;
    const { inviteUser } = await gql(admin, 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: { email, name: `Agent ${index}`, role: 'agent', teamIds: [teams[index % teams.length]] } });
    await gql(admin, 'mutation($i: AgentRoutingInput!) { setAgentRouting(input: $i) { agentId } }', { i: { agentId: inviteUser.id, capacity: [{ channel: '*', limit }] } });
    await gql(await token('agent', email), 'mutation { setPresence(presence: ONLINE) { agentId } }');
  }
  const ids: string[] = [];
  for (let index = 0; index < ticketCount; index += 1) {
    ids.push((await gql(admin, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: { subject: `Bench ${index}`, description: 'Routing bench', customer: { email: `bench${index}@example.com` } } })).createTicket.id);
  }

  const latencies: number[] = [];
  let assigned = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < ids.length) {
        const index = next++;
        const before = performance.now();
        const { routeTicket } = await gql(admin, 'mutation($t: ID!, $team: ID!) { routeTicket(ticketId: $t, teamId: $team) { assigneeId } }', { t: ids[index], team: teams[index % teams.length] });
        latencies.push(performance.now() - before);
        if (routeTicket.assigneeId) assigned += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0) * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ bench: 'routing', tickets: ticketCount, concurrency, agents: agentCount, capacity, assigned, queued: ticketCount - assigned, routesPerSecond: Math.round(ticketCount / seconds), latencyMs: { p50: percentile(50), p95: percentile(95), p99: percentile(99) } })}\n`,
  );
} finally {
  await platform.stop();
}
