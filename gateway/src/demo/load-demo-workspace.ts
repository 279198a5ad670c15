import type { Logger, PeerClient } from '@support-graph/runtime';
import { readDemoWorkspace, type DemoWorkspace } from './demo-workspace.js';

/** The subgraphs the demo is loaded into, each called with a signed admin identity. */
export interface DemoTargets {
  readonly tickets: PeerClient;
  readonly knowledge: PeerClient;
  readonly agents: PeerClient;
}

export interface DemoLoadSummary {
  readonly teamsCreated: number;
  readonly usersCreated: number;
  readonly articles: { readonly created: number; readonly updated: number; readonly unchanged: number; readonly problems: readonly string[] };
  readonly tickets: { readonly created: number; readonly updated: number; readonly unchanged: number; readonly skipped: readonly string[] };
  /** Tickets this load created without a category (new ones): what triage decides on its own. */
  readonly uncategorisedTicketIds: readonly string[];
  /** The partner integration's API key, only when this load created it: show it once, never store it. */
  readonly partnerKey: string | null;
  readonly partner: string;
}

/** Articles per importArticles request, well under the request body limit. */
const ARTICLE_BATCH = 20;

/** True when the workspace has no tickets and no articles: a first start. */
export async function isWorkspaceEmpty(targets: DemoTargets): Promise<boolean> {
  const [tickets, articles] = await Promise.all([
    targets.tickets.request<{ tickets: { totalCount: number } }>('{ tickets(first: 1) { totalCount } }'),
    targets.knowledge.request<{ articles: { totalCount: number } }>('{ articles(first: 1) { totalCount } }'),
  ]);
  return tickets.tickets.totalCount === 0 && articles.articles.totalCount === 0;
}

/**
 * Loads the demo company through the subgraphs' public API, as an admin would: idempotent (teams by
 * name, users by email, articles and tickets by external id, the partner key once).
 */
export async function loadDemoWorkspace(targets: DemoTargets, options: { readonly now?: Date; readonly logger?: Logger } = {}): Promise<DemoLoadSummary> {
  const workspace = readDemoWorkspace(options.now ?? new Date());
  const { teamsCreated, usersCreated } = await loadPeople(targets, workspace);
  const articles = await loadArticles(targets, workspace);
  const {
    importTickets: { ticketIds, ...tickets },
  } = await targets.tickets.request<{
    importTickets: { created: number; updated: number; unchanged: number; ticketIds: string[]; skipped: { row: number; reason: string }[] };
  }>('mutation($c: String!) { importTickets(format: JSONL, content: $c) { created updated unchanged ticketIds skipped { row reason } } }', {
    c: workspace.ticketsJsonl,
  });
  const imported = new Set(ticketIds);
  const { tickets: queue } = await targets.tickets.request<{ tickets: { edges: { node: { id: string; category: string | null } }[] } }>(
    '{ tickets(first: 100) { edges { node { id category } } } }',
  );
  const uncategorisedTicketIds = queue.edges.map((edge) => edge.node).filter((ticket) => imported.has(ticket.id) && ticket.category === null).map((ticket) => ticket.id);
  const partnerKey = await ensurePartnerKey(targets, workspace.settings.partner);
  const summary: DemoLoadSummary = {
    teamsCreated,
    usersCreated,
    articles,
    tickets: { ...tickets, skipped: tickets.skipped.map((problem) => `tickets.jsonl line ${problem.row}: ${problem.reason}`) },
    uncategorisedTicketIds,
    partnerKey,
    partner: workspace.settings.partner,
  };
  options.logger?.info(
    { teamsCreated, usersCreated, articles: { ...articles, problems: articles.problems.length }, tickets: { ...tickets, skipped: tickets.skipped.length } },
    `demo workspace (${workspace.settings.company}) loaded`,
  );
  return summary;
}

async function loadPeople(targets: DemoTargets, workspace: DemoWorkspace): Promise<{ teamsCreated: number; usersCreated: number }> {
  const existing = await targets.tickets.request<{ teams: { id: string; name: string }[]; users: { email: string }[] }>('{ teams { id name } users { email } }');
  const teamIds = new Map(existing.teams.map((team) => [team.name, team.id]));
  let teamsCreated = 0;
  for (const name of workspace.settings.teams.filter((team) => !teamIds.has(team))) {
    const { createTeam } = await targets.tickets.request<{ createTeam: { id: string } }>('mutation($n: String!) { createTeam(name: $n) { id } }', { n: name });
    teamIds.set(name, createTeam.id);
    teamsCreated += 1;
  }
  const known = new Set(existing.users.map((user) => user.email.toLowerCase()));
  let usersCreated = 0;
  for (const user of workspace.settings.users.filter((candidate) => !known.has(candidate.email.toLowerCase()))) {
    const input = { email: user.email, name: user.name, role: user.role, teamIds: user.teams.map((team) => teamIds.get(team)).filter(Boolean) };
    await targets.tickets.request('mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', { i: input });
    usersCreated += 1;
  }
  await loadRouting(targets, workspace);
  return { teamsCreated, usersCreated };
}

/** Capacity, skills and presence of the demo agents: online, so tickets routed to their teams find them. */
async function loadRouting(targets: DemoTargets, workspace: DemoWorkspace): Promise<void> {
  const { users } = await targets.tickets.request<{ users: { id: string; email: string }[] }>('{ users { id email } }');
  const ids = new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
  for (const user of workspace.settings.users) {
    const agentId = ids.get(user.email.toLowerCase());
    if (!user.routing || !agentId) continue;
    const { capacity, languages, categories, tiers } = user.routing;
    const input = { agentId, capacity: Object.entries(capacity).map(([channel, limit]) => ({ channel, limit })), skills: { languages, categories, tiers } };
    await targets.tickets.request('mutation($i: AgentRoutingInput!) { setAgentRouting(input: $i) { agentId } }', { i: input });
    await targets.tickets.request('mutation($a: ID!) { setPresence(presence: ONLINE, agentId: $a) { agentId } }', { a: agentId });
  }
}

async function loadArticles(targets: DemoTargets, workspace: DemoWorkspace): Promise<DemoLoadSummary['articles']> {
  // Topics and products first, with their display names: the articles link to them by id.
  for (const [id, name] of Object.entries(workspace.settings.topics)) {
    await targets.knowledge.request('mutation($i: TopicInput!) { createTopic(input: $i) { id } }', { i: { id, name } });
  }
  for (const [id, name] of Object.entries(workspace.settings.products)) {
    await targets.knowledge.request('mutation($i: ProductInput!) { createProduct(input: $i) { id } }', { i: { id, name } });
  }
  const totals = { created: 0, updated: 0, unchanged: 0, problems: [] as string[] };
  for (let start = 0; start < workspace.articles.length; start += ARTICLE_BATCH) {
    const { importArticles } = await targets.knowledge.request<{
      importArticles: { created: string[]; updated: string[]; unchanged: string[]; problems: { source: string; message: string }[] };
    }>('mutation($f: [ImportFileInput!]!) { importArticles(files: $f) { created updated unchanged problems { source message } } }', {
      f: workspace.articles.slice(start, start + ARTICLE_BATCH),
    });
    totals.created += importArticles.created.length;
    totals.updated += importArticles.updated.length;
    totals.unchanged += importArticles.unchanged.length;
    totals.problems.push(...importArticles.problems.map((problem) => `${problem.source}: ${problem.message}`));
  }
  return totals;
}

async function ensurePartnerKey(targets: DemoTargets, partner: string): Promise<string | null> {
  const { apiKeys } = await targets.tickets.request<{ apiKeys: { name: string; revokedAt: string | null }[] }>('{ apiKeys { name revokedAt } }');
  if (apiKeys.some((key) => key.name === partner && key.revokedAt === null)) return null;
  const { createApiKey } = await targets.tickets.request<{ createApiKey: { key: string } }>('mutation($n: String!) { createApiKey(name: $n) { key } }', { n: partner });
  return createApiKey.key;
}
