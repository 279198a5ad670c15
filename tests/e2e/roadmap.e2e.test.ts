import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { PlatformFixture } from '../support/platform-fixture.js';
import { launchChromium } from './support/console-browser.js';
import { ok } from '../support/roadmap-operations.js';

// The roadmap dashboard (/roadmap) in headless Chromium, on the offline roadmap store: sprints with
// issues, subtasks and progress, the milestone timeline, and a release arriving while the page is open.

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'roadmap');

let platform: PlatformFixture;
let browser: Browser;
let milestoneId: string;
let openTicketId: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  platform = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  const lead = await platform.token('lead');
  const ticket = (await ok(platform.graphql(lead, 'mutation { createTicket(input: { subject: "Export fails", description: "The CSV export fails.", customer: { email: "e2e.roadmap@example.com" } }) { id } }'))).createTicket;
  await ok(platform.graphql(lead, 'mutation { setComponentOwner(component: "exports", team: "Data", owner: "kim") { component } }'));
  const sprint = (await ok(platform.graphql(lead, 'mutation { createSprint(input: { name: "Sprint 9", state: ACTIVE, startDate: "2027-01-04T00:00:00.000Z", endDate: "2027-01-18T00:00:00.000Z" }) { id } }'))).createSprint;
  milestoneId = (await ok(platform.graphql(lead, 'mutation { createMilestone(input: { name: "2.5.0", releaseDate: "2027-01-20" }) { id } }'))).createMilestone.id;
  const issue = (await ok(platform.graphql(lead, 'mutation($t: ID!) { createIssueFromTicket(ticketId: $t, input: { summary: "CSV export fails", component: "exports" }) { id key } }', { t: ticket.id }))).createIssueFromTicket;
  await ok(platform.graphql(lead, 'mutation($id: ID!, $s: ID!, $m: ID!) { updateIssue(id: $id, input: { sprintId: $s, fixVersionId: $m }) { id } }', { id: issue.id, s: sprint.id, m: milestoneId }));
  const subtask = (await ok(platform.graphql(lead, 'mutation($p: String!) { createIssue(input: { summary: "Quote commas in CSV", type: SUBTASK, parentKey: $p }) { id } }', { p: issue.key }))).createIssue;
  await ok(platform.graphql(lead, 'mutation($id: ID!) { updateIssue(id: $id, input: { statusCategory: DONE }) { id } }', { id: subtask.id }));
  openTicketId = (await ok(platform.graphql(lead, 'mutation { createTicket(input: { subject: "Dark mode resets", description: "Dark mode turns off after every login.", customer: { email: "e2e.dark@example.com" } }) { id } }'))).createTicket.id;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

it('renders sprints with issues, subtasks and progress, and the milestone timeline, live', async () => {
  const page = await browser.newPage();
  const origin = new URL(platform.gatewayUrl).origin;
  await page.goto(`${origin}/roadmap`);
  await page.getByLabel('Role').selectOption('agent');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const sprint = page.getByRole('region', { name: 'Sprint Sprint 9' });
  await sprint.getByText('CSV export fails').waitFor();
  await sprint.getByRole('list', { name: /Subtasks of SUP-/ }).getByText('Quote commas in CSV').waitFor();
  await sprint.getByText('Data (kim)').first().waitFor();
  await sprint.getByLabel('customer impact').getByText('1 ticket, 1 customer').waitFor();
  // One issue, not done: 0 % of the sprint; its subtask is done.
  expect(await sprint.getByRole('progressbar', { name: 'Sprint 9 progress' }).getAttribute('aria-valuenow')).toBe('0');

  const timeline = page.getByRole('list', { name: 'Milestones' });
  await timeline.getByText('2.5.0').waitFor();
  await timeline.getByText('planned').waitFor();
  await page.screenshot({ path: join(SHOTS, 'roadmap-dashboard.png'), fullPage: true });

  // Released while the page is open: the timeline follows without a reload.
  const lead = await platform.token('lead');
  await ok(platform.graphql(lead, 'mutation($id: ID!) { releaseMilestone(id: $id) { released } }', { id: milestoneId }));
  await timeline.getByText('released').waitFor({ timeout: 15_000 });
  await page.screenshot({ path: join(SHOTS, 'roadmap-released.png'), fullPage: true });
}, 60_000);

it('files an issue from a ticket in the console: linked, owned, on the roadmap', async () => {
  const page = await browser.newPage();
  const origin = new URL(platform.gatewayUrl).origin;
  await page.goto(`${origin}/tickets/${openTicketId}`);
  await page.getByLabel('Role').selectOption('agent');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const issues = page.getByRole('complementary', { name: 'Issues' });
  await issues.getByText('Not linked to an issue.').waitFor();
  await issues.getByLabel('Issue summary').fill('Dark mode does not persist');
  await issues.getByLabel('Component').fill('exports');
  await issues.getByRole('button', { name: 'Create issue' }).click();
  await issues.getByRole('list', { name: 'Linked issues' }).getByText('Dark mode does not persist').waitFor();
  await page.screenshot({ path: join(SHOTS, 'ticket-issue-created.png'), fullPage: true });

  const lead = await platform.token('lead');
  const linked = await ok(platform.graphql(lead, 'query($id: ID!) { ticket(id: $id) { linkedIssues { key assignee type description } } }', { id: openTicketId }));
  expect(linked.ticket.linkedIssues).toEqual([expect.objectContaining({ assignee: 'kim', type: 'BUG' })]);
  expect(linked.ticket.linkedIssues[0].description).toContain('Dark mode turns off after every login.');
  expect(linked.ticket.linkedIssues[0].description).not.toContain('e2e.dark@example.com');
}, 60_000);
