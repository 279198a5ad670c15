import { readFileSync } from 'node:fs';
import type { PlatformFixture } from './platform-fixture.js';
import { errorCodes } from './platform-fixture.js';
import {
  CREATE_FROM_TICKET,
  CREATE_ISSUE,
  CREATE_TICKET,
  CUSTOMER_TICKET,
  DASHBOARD,
  ERASE_CUSTOMER,
  eventually,
  GET_ISSUE,
  LINK,
  ok,
  SET_OWNER,
  SUGGESTED,
  TICKET_CUSTOMER,
  TICKET_LINKS,
  UNLINK,
  type RoadmapPlanner,
} from './roadmap-operations.js';

export interface RoadmapSetup {
  readonly fixture: PlatformFixture;
  readonly planner: RoadmapPlanner;
  /** Waits until the issue is numbered (at once offline; once Jira answered otherwise); returns its key. */
  keyOf(issueId: string): Promise<string>;
  /** What Jira holds as the issue's description (offline: what the platform holds). */
  storedDescription(key: string): Promise<string>;
}

const CUSTOMER = 'dana.roadmap@example.com';

/**
 * The roadmap as a support team uses it, the same steps offline and with Jira: an agent files a bug
 * from a ticket, it is planned into a sprint and a fix version, finished, released; the ticket and
 * the customer hear about it; the dashboard shows it all.
 */
export function describeRoadmapScenario(mode: string, start: () => Promise<RoadmapSetup>, stop: () => Promise<void>): void {
  describe(`the roadmap (${mode})`, () => {
    let setup: RoadmapSetup;
    let agent: string;
    let customer: string;
    let ticket: { id: string; number: number };
    let issue: { id: string; key: string };

    beforeAll(async () => {
      setup = await start();
      agent = await setup.fixture.token('agent');
      customer = await setup.fixture.token('customer', CUSTOMER);
      ticket = (
        await ok(
          setup.fixture.graphql(agent, CREATE_TICKET, {
            i: { subject: 'Invoice PDF export crashes', description: `The invoice PDF export crashes every time. Reach me at ${CUSTOMER} or 415 555 0100.`, customer: { email: CUSTOMER, name: 'Dana' } },
          }),
        )
      ).createTicket;
    }, 60_000);
    afterAll(() => stop());

    it('creates an issue from a ticket: redacted, linked, assigned to the component owner', async () => {
      const { fixture } = setup;
      await ok(fixture.graphql(agent, SET_OWNER, { c: 'billing', t: 'Payments', o: 'acc-payments-lead' }));
      const created = await ok(fixture.graphql(agent, CREATE_FROM_TICKET, { t: ticket.id, i: { summary: 'Invoice PDF export crashes', description: 'Seen by several customers.', component: 'billing' } }));
      const made = created.createIssueFromTicket;
      expect(made).toMatchObject({ type: 'BUG', summary: 'Invoice PDF export crashes', component: 'billing', assignee: 'acc-payments-lead', statusCategory: 'TO_DO' });
      expect(made.labels).toContain('support-ticket');
      issue = { id: made.id, key: await setup.keyOf(made.id) };
      expect(issue.key).toMatch(/^SUP-\d+$/);

      const stored = await setup.storedDescription(issue.key);
      expect(stored).toContain('Seen by several customers.');
      expect(stored).toContain(`From support ticket #${ticket.number}.`);
      expect(stored).toContain('The invoice PDF export crashes every time.');
      // The conversation leaves the platform redacted.
      expect(stored).not.toContain(CUSTOMER);
      expect(stored).not.toContain('415 555 0100');

      const linked = await ok(fixture.graphql(agent, TICKET_LINKS, { id: ticket.id }));
      expect(linked.ticket.linkedIssues).toEqual([{ key: issue.key, summary: 'Invoice PDF export crashes', status: 'To Do', assignee: 'acc-payments-lead', sprint: null, fixVersion: null }]);
      const read = await ok(fixture.graphql(agent, GET_ISSUE, { id: issue.key }));
      expect(read.issue.owner).toEqual({ team: 'Payments', owner: 'acc-payments-lead' });
      expect(read.issue.linkedTickets).toEqual([{ id: ticket.id, subject: 'Invoice PDF export crashes' }]);
      expect(read.issue.customerImpact).toMatchObject({ linkedTickets: 1, distinctCustomers: 1, negativeSentimentShare: 0 });
    });

    it('links many tickets to one issue and one ticket to many issues, each link once', async () => {
      const { fixture } = setup;
      const other = (await ok(fixture.graphql(agent, CREATE_TICKET, { i: { subject: 'PDF export broken', description: 'Export of invoices to PDF fails.', customer: { email: 'lee.roadmap@example.com' } } }))).createTicket;
      const suggested = await ok(fixture.graphql(agent, SUGGESTED, { id: other.id }));
      expect(suggested.ticket.suggestedIssues[0]?.issue.key).toBe(issue.key);

      await ok(fixture.graphql(agent, LINK, { t: other.id, k: issue.key }));
      await ok(fixture.graphql(agent, LINK, { t: other.id, k: issue.key }));
      const second = (await ok(fixture.graphql(agent, CREATE_ISSUE, { i: { summary: 'Retry PDF rendering on timeout' } }))).createIssue;
      const secondKey = await setup.keyOf(second.id);
      await ok(fixture.graphql(agent, LINK, { t: other.id, k: secondKey }));

      const impact = await ok(fixture.graphql(agent, GET_ISSUE, { id: issue.key }));
      expect(impact.issue.customerImpact).toMatchObject({ linkedTickets: 2, distinctCustomers: 2 });
      const links = await ok(fixture.graphql(agent, TICKET_LINKS, { id: other.id }));
      expect(links.ticket.linkedIssues.map((linked: { key: string }) => linked.key).sort()).toEqual([issue.key, secondKey].sort());

      await ok(fixture.graphql(agent, UNLINK, { t: other.id, k: secondKey }));
      const after = await ok(fixture.graphql(agent, TICKET_LINKS, { id: other.id }));
      expect(after.ticket.linkedIssues.map((linked: { key: string }) => linked.key)).toEqual([issue.key]);
      expect(errorCodes(await fixture.graphql(agent, LINK, { t: other.id, k: 'SUP-99999' }))).toEqual(['NOT_FOUND']);
      expect(errorCodes(await fixture.graphql(agent, CREATE_ISSUE, { i: { summary: '   ' } }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await fixture.graphql(customer, CREATE_ISSUE, { i: { summary: 'Customer wish' } }))).toEqual(['FORBIDDEN']);
    });

    it('tells the ticket when the issue is done and the customer, in their language, when its fix version is released', async () => {
      const { fixture, planner } = setup;
      await planner.plan(issue, { name: 'Sprint 7', endDate: '2027-01-15T00:00:00.000Z' }, { name: '2.4.0', releaseDate: '2027-01-20' });
      const planned = await eventually(async () => {
        const read = await ok(fixture.graphql(agent, TICKET_LINKS, { id: ticket.id }));
        const linked = read.ticket.linkedIssues[0];
        return linked?.sprint && linked.fixVersion ? linked : null;
      }, 'the issue planned into a sprint and a fix version');
      expect(planned).toMatchObject({ sprint: { name: 'Sprint 7', endDate: '2027-01-15T00:00:00.000Z' }, fixVersion: { name: '2.4.0', releaseDate: '2027-01-20', released: false } });

      await planner.moveToDone(issue);
      const note = await eventually(async () => {
        const read = await ok(fixture.graphql(agent, TICKET_LINKS, { id: ticket.id }));
        return read.ticket.messages.find((message: { internal: boolean; body: string }) => message.internal && message.body.includes(`${issue.key} is done`));
      }, 'the internal note that the issue is done');
      expect(note.body).toContain('2.4.0');
      // Not yet released: the customer has heard nothing.
      const before = await ok(fixture.graphql(customer, CUSTOMER_TICKET, { id: ticket.id }));
      expect(before.ticket.messages.some((message: { body: string }) => message.body.includes('has shipped'))).toBe(false);

      await planner.releaseFixVersion('2.4.0');
      const told = await eventually(async () => {
        const read = await ok(fixture.graphql(customer, CUSTOMER_TICKET, { id: ticket.id }));
        return read.ticket.messages.find((message: { body: string }) => message.body.includes('has shipped in 2.4.0'));
      }, 'the customer told the fix shipped');
      expect(told.internal).toBe(false);
      const read = await ok(fixture.graphql(agent, TICKET_LINKS, { id: ticket.id }));
      expect(read.ticket.linkedIssues[0]).toMatchObject({ status: 'Done', fixVersion: { released: true } });
      expect(read.ticket.messages.filter((message: { internal: boolean; body: string }) => message.internal && message.body.includes('was released'))).toHaveLength(1);
      // Told once: the customer message is not repeated.
      expect(read.ticket.messages.filter((message: { body: string }) => message.body.includes('has shipped'))).toHaveLength(1);
    });

    it('shows sprints with issues, subtasks and progress, milestones and epics on the dashboard', async () => {
      const { fixture } = setup;
      const epic = (await ok(fixture.graphql(agent, CREATE_ISSUE, { i: { summary: 'Billing exports', type: 'EPIC' } }))).createIssue;
      const epicKey = await setup.keyOf(epic.id);
      const story = (await ok(fixture.graphql(agent, CREATE_ISSUE, { i: { summary: 'CSV export', type: 'STORY', parentKey: epicKey } }))).createIssue;
      await setup.keyOf(story.id);
      const subtask = (await ok(fixture.graphql(agent, CREATE_ISSUE, { i: { summary: 'Fix PDF fonts', type: 'SUBTASK', parentKey: issue.key } }))).createIssue;
      const subtaskKey = await setup.keyOf(subtask.id);

      const dashboard = await eventually(async () => {
        const data = await ok(fixture.graphql(agent, DASHBOARD));
        const sprint = data.roadmap.sprints.find((candidate: { name: string }) => candidate.name === 'Sprint 7');
        return sprint?.issues[0]?.children.length === 1 ? data.roadmap : null;
      }, 'the dashboard with the subtask');
      const sprint = dashboard.sprints.find((candidate: { name: string }) => candidate.name === 'Sprint 7');
      expect(sprint).toMatchObject({ state: 'ACTIVE', progress: 1, issues: [{ key: issue.key, statusCategory: 'DONE', children: [{ key: subtaskKey, summary: 'Fix PDF fonts' }] }] });
      expect(dashboard.milestones).toEqual([expect.objectContaining({ name: '2.4.0', releaseDate: '2027-01-20', released: true, progress: 1, issues: [{ key: issue.key }] })]);
      expect(dashboard.epics).toEqual([expect.objectContaining({ key: epicKey, summary: 'Billing exports', progress: 0, children: [expect.objectContaining({})] })]);
      expect(dashboard.componentOwners).toEqual([{ component: 'billing', team: 'Payments', owner: 'acc-payments-lead' }]);
    });

    it('lets a partner read the public roadmap by persisted operation, without descriptions or tickets', async () => {
      const { fixture } = setup;
      const admin = await fixture.token('admin');
      const { key } = (await ok(fixture.graphql(admin, 'mutation { createApiKey(name: "roadmap-partner") { key } }'))).createApiKey;
      const manifest = JSON.parse(readFileSync(new URL('../../schema/persisted-query-manifest.json', import.meta.url), 'utf8')) as { operations: { id: string; name: string }[] };
      const operation = manifest.operations.find((candidate) => candidate.name === 'PartnerRoadmap');
      const response = await fetch(fixture.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ documentId: `sha256:${operation?.id}` }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      expect(body.errors).toBeUndefined();
      const sprint = body.data.roadmap.sprints.find((candidate: { name: string }) => candidate.name === 'Sprint 7');
      expect(sprint.issues[0]).toEqual({ key: issue.key, summary: 'Invoice PDF export crashes', status: 'Done', statusCategory: 'DONE' });
      expect(JSON.stringify(body.data)).not.toContain('Customer report');
      // Anything beyond the persisted set is refused to a partner.
      const freeForm = await fetch(fixture.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: '{ roadmap { backlog { description } } }' }),
      });
      expect(((await freeForm.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    });

    it("erases the customer's words from the issue made from their ticket, here and in the tracker", async () => {
      const { fixture } = setup;
      const admin = await fixture.token('admin');
      const customerId = (await ok(fixture.graphql(agent, TICKET_CUSTOMER, { id: ticket.id }))).ticket.customer.id;
      expect((await ok(fixture.graphql(admin, ERASE_CUSTOMER, { c: customerId }))).eraseCustomer).toMatchObject({ customerId, skippedServices: [] });

      const local = (await ok(fixture.graphql(agent, GET_ISSUE, { id: issue.key }))).issue;
      expect(local.description).not.toContain('The invoice PDF export crashes every time.');
      expect(local.description).toContain("Customer report: removed at the customer's request.");
      // The agent's words stay, and so does the issue in its sprint; the erased ticket's link is gone.
      expect(local.description).toContain('Seen by several customers.');
      expect(local.linkedTickets.map((linked: { id: string }) => linked.id)).not.toContain(ticket.id);
      const tracked = await eventually(async () => {
        const stored = await setup.storedDescription(issue.key);
        return stored.includes('removed at the customer') ? stored : null;
      }, 'the rewritten description in the tracker');
      expect(tracked).not.toContain('The invoice PDF export crashes every time.');
      expect(tracked).toContain(`From support ticket #${ticket.number}.`);

      // Erasing again changes nothing and fails nothing.
      expect((await ok(fixture.graphql(admin, ERASE_CUSTOMER, { c: customerId }))).eraseCustomer).toMatchObject({ skippedServices: [] });
      expect((await ok(fixture.graphql(agent, GET_ISSUE, { id: issue.key }))).issue.description).toBe(local.description);
    });
  });
}
