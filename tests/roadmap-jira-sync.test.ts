import { FakeJiraServer } from '@support-graph/test-kit';
import { PlatformFixture } from './support/platform-fixture.js';
import { CREATE_ISSUE, eventually, ok, SYNC_NOW, UPDATE_ISSUE, type RoadmapPlanner } from './support/roadmap-operations.js';
import { describeRoadmapScenario, type RoadmapSetup } from './support/roadmap-scenario.js';

const SECRET = 'roadmap-webhook-secret-for-tests';
const JIRA = { email: 'sync@example.com', apiToken: 'jira-test-token', webhookSecret: SECRET };

/** Jira on the fake: the sync through jira.js, webhooks to the gateway's /webhooks/jira, polling on demand. */
async function startWithJira(env: Record<string, string> = {}): Promise<{ fixture: PlatformFixture; jira: FakeJiraServer }> {
  const jira = await FakeJiraServer.start(JIRA);
  const fixture = await PlatformFixture.start({
    AGENTS_AUTOMATION: 'off',
    JIRA_BASE_URL: jira.url,
    JIRA_EMAIL: JIRA.email,
    JIRA_API_TOKEN: JIRA.apiToken,
    JIRA_WEBHOOK_SECRET: SECRET,
    // Polling only when a test asks (syncRoadmap), so webhooks are what the scenario relies on.
    ROADMAP_POLL_INTERVAL_MS: '0',
    ...env,
  });
  jira.webhookUrl = `http://127.0.0.1:${fixture.platform.gateway.port}/webhooks/jira`;
  return { fixture, jira };
}

function jiraPlanner(jira: FakeJiraServer): RoadmapPlanner {
  const versions = new Map<string, string>();
  return {
    async plan(issue, sprint, version) {
      const sprintId = jira.createSprint(sprint.name, 'active', new Date().toISOString(), sprint.endDate);
      const versionId = jira.createVersion(version.name, version.releaseDate);
      versions.set(version.name, versionId);
      jira.editIssue(issue.key, { sprintId, fixVersionId: versionId });
    },
    async moveToDone(issue) {
      jira.editIssue(issue.key, { category: 'done' });
    },
    async releaseFixVersion(name) {
      jira.releaseVersion(versions.get(name)!);
    },
  };
}

function jiraText(description: unknown): string {
  const blocks = (description as { content?: { content?: { text?: string }[] }[] })?.content ?? [];
  return blocks.map((block) => (block.content ?? []).map((node) => node.text ?? '').join('')).join('\n');
}

let scenario: { fixture: PlatformFixture; jira: FakeJiraServer };

describeRoadmapScenario(
  'Jira Cloud, on the fake',
  async (): Promise<RoadmapSetup> => {
    scenario = await startWithJira();
    const { fixture, jira } = scenario;
    const lead = await fixture.token('lead');
    return {
      fixture,
      planner: jiraPlanner(jira),
      keyOf: (id) =>
        eventually(async () => {
          const read = await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { key syncState } }', { id }));
          return read.issue.syncState === 'SYNCED' ? (read.issue.key as string) : null;
        }, 'the issue numbered by Jira'),
      storedDescription: async (key) => {
        const stored = jira.issues.get(key);
        if (!stored) throw new Error(`${key} is not in Jira`);
        // Rich text reaches Jira as Atlassian Document Format, never as a plain string.
        expect(stored.fields['description']).toMatchObject({ type: 'doc', version: 1 });
        return jiraText(stored.fields['description']);
      },
    };
  },
  async () => {
    // Every request and response the platform exchanged with the fake matched Atlassian's definitions.
    expect(scenario.jira.contractViolations).toEqual([]);
    await scenario.fixture.stop();
    await scenario.jira.stop();
  },
);

describe('Jira sync that loses nothing', () => {
  let fixture: PlatformFixture;
  let jira: FakeJiraServer;
  let lead: string;

  beforeAll(async () => {
    // The burst comes from one lead: lift the per-person rate limit so the gateway passes all 200 at once.
    ({ fixture, jira } = await startWithJira({ RATE_LIMIT_BURST: '1000', RATE_LIMIT_PER_SECOND: '1000' }));
    lead = await fixture.token('lead');
  }, 60_000);
  afterAll(async () => {
    await fixture.stop();
    await jira.stop();
  });

  it('keeps a burst of 200 changes made during a Jira outage, and creates none twice', async () => {
    jira.outage = { status: 503 };
    const created = await Promise.all(
      Array.from({ length: 200 }, async (_, index) => (await ok(fixture.graphql(lead, CREATE_ISSUE, { i: { summary: `Burst change ${index}` } }))).createIssue),
    );
    expect(created.every((issue: { syncState: string; key: string | null }) => issue.syncState === 'PENDING' && issue.key === null)).toBe(true);
    // Throttled, then back: Retry-After is honoured, and some creates land in Jira with their answer lost.
    jira.outage = { status: 429, retryAfterSeconds: 1 };
    await new Promise((resolve) => setTimeout(resolve, 1500));
    jira.outage = null;
    jira.failAfterCreating = 5;

    await eventually(async () => jira.issues.size >= 200 && [...jira.issues.values()].length, 'all 200 issues in Jira', 90_000);
    for (let index = 0; index < 200; index += 1) expect(jira.issuesWithSummary(`Burst change ${index}`)).toHaveLength(1);
    await eventually(async () => {
      const { roadmap } = await ok(fixture.graphql(lead, '{ roadmap { backlog { key syncState } } }'));
      return roadmap.backlog.length === 200 && roadmap.backlog.every((issue: { syncState: string }) => issue.syncState === 'SYNCED');
    }, 'every issue synced', 60_000);
    expect(jira.issues.size).toBe(200);
    expect(jira.contractViolations).toEqual([]);
  }, 180_000);

  it('pushes edits in order after an outage: Jira ends with the last one', async () => {
    const issue = (await ok(fixture.graphql(lead, CREATE_ISSUE, { i: { summary: 'Edited while Jira is down' } }))).createIssue;
    const key = await eventually(async () => (await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { key } }', { id: issue.id }))).issue.key, 'numbered');
    jira.outage = { status: 500 };
    for (let edit = 1; edit <= 5; edit += 1) await ok(fixture.graphql(lead, UPDATE_ISSUE, { id: issue.id, i: { summary: `Edit ${edit}` } }));
    jira.outage = null;
    await eventually(async () => jira.issues.get(key)?.fields['summary'] === 'Edit 5', 'the last edit in Jira', 60_000);
    // Jira owns the workflow: a status change through the platform is refused with a code.
    const refused = await fixture.graphql(lead, UPDATE_ISSUE, { id: issue.id, i: { statusCategory: 'DONE' } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('OWNED_BY_JIRA');
  }, 90_000);

  it('catches up by polling when webhooks are lost', async () => {
    const issue = (await ok(fixture.graphql(lead, CREATE_ISSUE, { i: { summary: 'Changed in Jira, webhook lost' } }))).createIssue;
    const key = await eventually(async () => (await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { key } }', { id: issue.id }))).issue.key, 'numbered');
    // Let the creation's own webhook be delivered and its pull run (it reads Jira as it is then), so
    // nothing but the poll can bring the change below.
    await jira.settled();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    jira.dropWebhooks = true;
    const versionId = jira.createVersion('3.0.0', '2027-03-01');
    jira.editIssue(key, { category: 'indeterminate', fixVersionId: versionId });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stale = await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { statusCategory fixVersion { name } } }', { id: key }));
    expect(stale.issue).toEqual({ statusCategory: 'TO_DO', fixVersion: null });

    expect(await ok(fixture.graphql(lead, SYNC_NOW))).toEqual({ syncRoadmap: true });
    const caught = await ok(fixture.graphql(lead, 'query($id: ID!) { issue(id: $id) { statusCategory status fixVersion { name releaseDate } } }', { id: key }));
    expect(caught.issue).toEqual({ statusCategory: 'IN_PROGRESS', status: 'In Progress', fixVersion: { name: '3.0.0', releaseDate: '2027-03-01' } });
    jira.dropWebhooks = false;
  }, 60_000);

  it('refuses webhooks without a valid signature', async () => {
    const url = `http://127.0.0.1:${fixture.platform.gateway.port}/webhooks/jira`;
    const body = JSON.stringify({ webhookEvent: 'jira:issue_deleted', timestamp: Date.now(), issue: { id: '10001', key: 'SUP-1' } });
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    const forged = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature': `sha256=${'0'.repeat(64)}` }, body });
    expect(forged.status).toBe(401);
    expect(jira.issues.has('SUP-1')).toBe(true);
    const stillThere = await ok(fixture.graphql(lead, 'query { issue(id: "SUP-1") { key } }'));
    expect(stillThere.issue.key).toBe('SUP-1');
  });
});
