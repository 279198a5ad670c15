import type { PlatformFixture } from './platform-fixture.js';

/** GraphQL documents of the roadmap tests, as a client would write them. */
export const ISSUE_FIELDS = 'id key type summary description status statusCategory assignee component labels parentKey syncState';
export const CREATE_TICKET = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id number } }';
export const SET_OWNER = 'mutation($c: String!, $t: String!, $o: String!) { setComponentOwner(component: $c, team: $t, owner: $o) { component team owner } }';
export const CREATE_FROM_TICKET = `mutation($t: ID!, $i: CreateIssueFromTicketInput!) { createIssueFromTicket(ticketId: $t, input: $i) { ${ISSUE_FIELDS} } }`;
export const CREATE_ISSUE = `mutation($i: CreateIssueInput!) { createIssue(input: $i) { ${ISSUE_FIELDS} } }`;
export const UPDATE_ISSUE = `mutation($id: ID!, $i: UpdateIssueInput!) { updateIssue(id: $id, input: $i) { ${ISSUE_FIELDS} } }`;
export const GET_ISSUE = `query($id: ID!) { issue(id: $id) { ${ISSUE_FIELDS} owner { team owner } linkedTickets { id subject } customerImpact { linkedTickets distinctCustomers tiers { tier count } negativeSentimentShare } } }`;
export const LINK = 'mutation($t: ID!, $k: String!) { linkTicketToIssue(ticketId: $t, issueKey: $k) { id key } }';
export const UNLINK = 'mutation($t: ID!, $k: String!) { unlinkTicketFromIssue(ticketId: $t, issueKey: $k) { id key } }';
export const TICKET_LINKS = `query($id: ID!) { ticket(id: $id) {
  id messages { body internal authorRole }
  linkedIssues { key summary status assignee sprint { name endDate } fixVersion { name releaseDate released } }
} }`;
export const CUSTOMER_TICKET = 'query($id: ID!) { ticket(id: $id) { id messages { body internal } } }';
export const SUGGESTED = 'query($id: ID!) { ticket(id: $id) { suggestedIssues(first: 3) { score issue { key summary } } } }';
export const DASHBOARD = `{ roadmap {
  mode projectKey
  sprints(first: 5) { id name state startDate endDate progress issues(first: 10) { key summary statusCategory children(first: 5) { key summary statusCategory } } }
  milestones(first: 5) { id name releaseDate released progress issues(first: 10) { key } }
  epics(first: 5) { key summary progress children(first: 10) { key } }
  backlog(first: 20) { key }
  componentOwners { component team owner }
} }`;
export const SYNC_NOW = 'mutation { syncRoadmap }';
export const TICKET_CUSTOMER = 'query($id: ID!) { ticket(id: $id) { customer { id } } }';
export const ERASE_CUSTOMER = 'mutation($c: ID!) { eraseCustomer(customerId: $c) { customerId ticketCount skippedServices } }';

/** Retries `check` (which throws or returns false while not yet true) every 100 ms until it passes. */
export async function eventually<T>(check: () => Promise<T | false | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const result = await check();
      if (result !== false && result !== null && result !== undefined) return result;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Asserts a GraphQL response has no errors and returns its data. */
export async function ok(response: Promise<{ data?: any; errors?: unknown[] }>): Promise<any> {
  const result = await response;
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** What the planning steps of a scenario do: in Jira (the fake, as a Jira user) or offline (the console's mutations). */
export interface RoadmapPlanner {
  /** A sprint with the issue in it, and a fix version (unreleased) on the issue. */
  plan(issue: { id: string; key: string }, sprint: { name: string; endDate: string }, version: { name: string; releaseDate: string }): Promise<void>;
  moveToDone(issue: { id: string; key: string }): Promise<void>;
  releaseFixVersion(name: string): Promise<void>;
}

export function offlinePlanner(fixture: PlatformFixture, token: string): RoadmapPlanner {
  const versions = new Map<string, string>();
  return {
    async plan(issue, sprint, version) {
      const createdSprint = await ok(fixture.graphql(token, 'mutation($i: CreateSprintInput!) { createSprint(input: $i) { id } }', { i: { name: sprint.name, state: 'ACTIVE', startDate: new Date().toISOString(), endDate: sprint.endDate } }));
      const createdVersion = await ok(fixture.graphql(token, 'mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }', { i: version }));
      versions.set(version.name, createdVersion.createMilestone.id);
      await ok(fixture.graphql(token, UPDATE_ISSUE, { id: issue.id, i: { sprintId: createdSprint.createSprint.id, fixVersionId: createdVersion.createMilestone.id } }));
    },
    async moveToDone(issue) {
      await ok(fixture.graphql(token, UPDATE_ISSUE, { id: issue.id, i: { statusCategory: 'DONE' } }));
    },
    async releaseFixVersion(name) {
      await ok(fixture.graphql(token, 'mutation($id: ID!) { releaseMilestone(id: $id) { id released } }', { id: versions.get(name) }));
    },
  };
}
