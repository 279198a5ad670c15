import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PlatformFixture } from '../support/platform-fixture.js';
import { launchChromium, screenshotSteps, signIn } from './support/console-browser.js';

// The console in real headless Chromium against the platform as `npm start` runs it (embedded
// defaults, in-process), served by the gateway. Each step leaves a screenshot in test-results/console/;
// a failing step leaves FAILED-<step>.png. With UPDATE_SCREENSHOTS=1 the README's screenshots in
// docs/screenshots/ are refreshed from the run (not by default, so a test run leaves the tree clean).

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'console');
const README_SHOTS = join(ROOT, 'docs', 'screenshots');
const UPDATE_README_SHOTS = process.env['UPDATE_SCREENSHOTS'] === '1';

function refreshReadmeShot(step: string, name: string): void {
  if (UPDATE_README_SHOTS) copyFileSync(join(SHOTS, step), join(README_SHOTS, name));
}
const LIVE_TIMEOUT = 30_000;

const ARTICLES = [
  { title: 'Why was my card declined?', summary: 'The usual reasons a card payment is declined at checkout, and what to do.', body: 'A card is declined at checkout when the bank blocks the payment, the card has expired, or the billing address does not match. Check the card details, then try again or use another card.' },
  { title: 'How refunds work', summary: 'When a refund reaches your account after a return.', body: 'Refunds are issued when the returned item arrives at our warehouse. The money reaches your card within 5 to 10 business days.' },
  { title: 'Resetting your password', summary: 'Get back into your account.', body: 'Use "Forgot password" on the sign-in page; the reset link in the email is valid for one hour.' },
];

let platform: PlatformFixture;
let browser: Browser;
let origin: string;

const step = screenshotSteps(SHOTS, { fullPage: false });


beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (UPDATE_README_SHOTS) mkdirSync(README_SHOTS, { recursive: true });
  // What `npm start` does first: transpile, and bundle the console when its build is missing or stale.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  platform = await PlatformFixture.start();
  origin = new URL(platform.gatewayUrl).origin;
  const agent = await platform.token('agent');
  for (const article of ARTICLES) {
    const created = await platform.graphql(agent, 'mutation($i: CreateArticleInput!){ createArticle(input: $i){ id } }', { i: article });
    expect(created.errors).toBeUndefined();
    const published = await platform.graphql(agent, 'mutation($id: ID!){ publishArticle(id: $id){ status } }', { id: created.data.createArticle.id });
    expect(published.data?.publishArticle.status).toBe('PUBLISHED');
  }
  // Teammates in the directory, so assignment offers real people by team.
  const admin = await platform.token('admin');
  const team = await platform.graphql(admin, 'mutation($n: String!){ createTeam(name: $n){ id } }', { n: 'Cards' });
  expect(team.errors).toBeUndefined();
  const invited = await platform.graphql(admin, 'mutation($i: InviteUserInput!){ inviteUser(input: $i){ id } }', {
    i: { email: 'sam@support.local', name: 'Sam Reyes', role: 'agent', teamIds: [team.data.createTeam.id] },
  });
  expect(invited.errors).toBeUndefined();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('console end to end', () => {
  it('a customer asks for help, an agent answers with an AI draft, the customer sees the reply', async () => {
    const agentPage = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const customerPage = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const problem = 'My card was declined at checkout twice today. Order 5521, I need this fixed.';

    await step(agentPage, '01-agent-queue-before', async () => {
      await signIn(agentPage, origin, '/', 'agent');
      await agentPage.getByRole('heading', { name: /Queue/ }).waitFor();
      await agentPage.getByText('No tickets match these filters.').waitFor();
    });

    await step(customerPage, '02-help-suggestions', async () => {
      await signIn(customerPage, origin, '/help', 'customer', 'dana@example.com');
      await customerPage.getByLabel('What can we help you with?').fill(problem);
      await customerPage.getByRole('region', { name: 'Suggested articles' }).getByText('Why was my card declined?').waitFor({ timeout: LIVE_TIMEOUT });
    });
    refreshReadmeShot('02-help-suggestions.png', 'help-page.png');

    await step(customerPage, '03a-help-confirm-request', async () => {
      // Nothing is opened yet: the customer checks the subject and description first.
      await customerPage.getByRole('button', { name: 'Still need help? Contact support' }).click();
      const confirm = customerPage.getByRole('form', { name: 'Check your request' });
      expect(await confirm.getByLabel('Subject').inputValue()).toBe('My card was declined at checkout twice today.');
      expect(await confirm.getByLabel('Description').inputValue()).toBe(problem);
      await confirm.getByLabel('Description').fill(`${problem} Card ending 0042.`);
    });

    await step(customerPage, '03-help-ticket-opened', async () => {
      await customerPage.getByRole('button', { name: 'Open the request' }).click();
      await customerPage.waitForURL(/\/help\/tickets\//);
      await customerPage.getByText('Card ending 0042.', { exact: false }).waitFor();
      await customerPage.getByRole('heading', { name: /My card was declined at checkout twice today\./ }).waitFor();
    });

    await step(agentPage, '04-agent-queue-live', async () => {
      // No reload: the queue picks the new ticket up by itself.
      await agentPage.getByRole('list', { name: 'Tickets' }).getByText('My card was declined at checkout twice today.').waitFor({ timeout: LIVE_TIMEOUT });
    });
    refreshReadmeShot('04-agent-queue-live.png', 'console-queue.png');

    await step(agentPage, '05-agent-ticket-triage', async () => {
      await agentPage.getByRole('list', { name: 'Tickets' }).getByText('My card was declined at checkout twice today.').click();
      await agentPage.waitForURL(/\/tickets\//);
      await agentPage.getByText(/Decided by /).waitFor({ timeout: LIVE_TIMEOUT });
      await agentPage.getByRole('complementary', { name: 'Knowledge' }).getByText('Why was my card declined?').waitFor({ timeout: LIVE_TIMEOUT });
    });

    await step(agentPage, '05a-agent-assigns-teammate', async () => {
      // Display names, not dataset labels or team keys.
      await agentPage.getByText(/^Team /).first().waitFor();
      expect(await agentPage.getByRole('region', { name: 'AI triage' }).textContent()).not.toMatch(/general-support|card-security|[a-z]+_[a-z]+/);
      await agentPage.getByRole('region', { name: 'Ticket' }).getByLabel('Assignee').selectOption({ label: 'Sam Reyes' });
      await agentPage.getByText('Change history').click();
      await agentPage.getByRole('list', { name: 'Change history' }).getByText('nobody → Sam Reyes').waitFor({ timeout: LIVE_TIMEOUT });
    });

    const draft = await step(agentPage, '06-agent-ai-draft', async () => {
      await agentPage.getByRole('button', { name: 'Draft with AI' }).click();
      const panel = agentPage.getByRole('region', { name: 'AI draft' });
      await panel.getByText('AI draft ready').waitFor({ timeout: LIVE_TIMEOUT });
      const text = await agentPage.getByLabel('Reply to the customer').inputValue();
      expect(text.length).toBeGreaterThan(10);
      // Shown once (in the reply box), and its sources are links to the articles, never ids.
      expect(await panel.textContent()).not.toContain(text);
      const source = panel.getByRole('link', { name: 'Why was my card declined?' });
      expect(await source.getAttribute('href')).toMatch(/^\/knowledge\/articles\/[^/#]+$/);
      expect(text).not.toMatch(/\[art-/);
      return text;
    });

    await step(agentPage, '06a-agent-reads-cited-article', async () => {
      await agentPage.getByRole('region', { name: 'AI draft' }).getByRole('link', { name: 'Why was my card declined?' }).click();
      await agentPage.getByRole('heading', { name: 'Why was my card declined?' }).waitFor();
      await agentPage.getByText('the billing address does not match', { exact: false }).waitFor();
      await agentPage.goBack();
      await agentPage.getByLabel('Reply to the customer').waitFor();
    });
    refreshReadmeShot('06-agent-ai-draft.png', 'console-ticket-draft.png');

    const sent = `${draft}\n\n— Sam from support`;
    await step(agentPage, '07-agent-reply-sent', async () => {
      await agentPage.getByLabel('Reply to the customer').fill(sent);
      await agentPage.getByRole('button', { name: 'Send reply' }).click();
      await agentPage.getByRole('list', { name: 'Conversation' }).getByText('— Sam from support', { exact: false }).waitFor({ timeout: LIVE_TIMEOUT });
    });

    await step(customerPage, '08-customer-sees-reply', async () => {
      await customerPage.getByRole('list', { name: 'Conversation' }).getByText('— Sam from support', { exact: false }).waitFor({ timeout: LIVE_TIMEOUT });
    });

    await step(agentPage, '08a-agent-corrects-triage-and-escalates', async () => {
      await agentPage.getByRole('button', { name: 'Correct triage' }).click();
      const correction = agentPage.getByRole('form', { name: 'Correct the triage' });
      // Picking a category proposes the team that owns it.
      await correction.getByLabel('Category').selectOption({ label: 'Card payment not recognised' });
      expect(await correction.getByLabel('Team').locator('option:checked').textContent()).toBe('Fraud');
      await correction.getByRole('button', { name: 'Save correction' }).click();
      const triage = agentPage.getByRole('region', { name: 'AI triage' });
      await triage.getByText('Category Card payment not recognised').waitFor({ timeout: LIVE_TIMEOUT });
      await triage.getByText('Team Fraud').waitFor();

      await agentPage.getByRole('button', { name: 'Escalate…' }).click();
      await agentPage.getByLabel('Why escalate? (an internal note for the specialist)').fill('Customer disputes two card payments');
      await agentPage.getByRole('form', { name: 'Escalate the ticket' }).getByRole('button', { name: 'Escalate' }).click();
      await agentPage.getByRole('list', { name: 'Conversation' }).getByText('Escalated: Customer disputes two card payments').waitFor({ timeout: LIVE_TIMEOUT });
      await agentPage.getByRole('region', { name: 'Ticket' }).getByText('Escalated', { exact: true }).first().waitFor();
    });

    await step(agentPage, '09-agent-ticket-phone-width', async () => {
      await agentPage.setViewportSize({ width: 390, height: 844 });
      await agentPage.getByRole('button', { name: '← Queue' }).waitFor();
    });
  }, 180_000);

  it('an agent goes online, is assigned a ticket live, and answers it with a macro', async () => {
    const admin = await platform.token('admin');
    const teams = await platform.graphql(admin, '{ teams { id name members { id email } } }');
    const cards = teams.data.teams.find((team: { name: string }) => team.name === 'Cards');
    const sam = cards.members.find((member: { email: string }) => member.email === 'sam@support.local');
    const configured = await platform.graphql(admin, 'mutation($a: ID!) { setAgentRouting(input: { agentId: $a, capacity: [{ channel: "*", limit: 3 }], skills: { languages: ["en"] } }) { agentId } }', { a: sam.id });
    expect(configured.errors).toBeUndefined();
    const macro = await platform.graphql(admin, 'mutation($t: ID!) { saveMacro(input: { name: "Thanks for waiting", shortcut: "thanks", teamId: $t, bodies: [{ language: "en", text: "Hi {{customer.name}}, thanks for your patience with {{ticket.number}}. {{agent.name}}" }, { language: "de", text: "Hallo {{customer.name}}, danke für Ihre Geduld mit {{ticket.number}}. {{agent.name}}" }] }) { id } }', { t: cards.id });
    expect(macro.errors).toBeUndefined();

    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await step(page, '20-agent-goes-online', async () => {
      await page.goto(`${origin}/`);
      await page.getByLabel('Role').selectOption('agent');
      await page.getByLabel('Email (optional)').fill('sam@support.local');
      await page.getByRole('button', { name: 'Sign in' }).click();
      const presence = page.getByLabel('Presence');
      await presence.waitFor();
      expect(await presence.inputValue()).toBe('OFFLINE');
      await presence.selectOption('ONLINE');
      await page.locator('select[data-presence="ONLINE"]').waitFor();
      const routing = await platform.graphql(admin, 'query($id: ID!) { user(id: $id) { routing { presence } } }', { id: sam.id });
      expect(routing.data.user.routing.presence).toBe('ONLINE');
    });

    const number = await step(page, '21-agent-notified-of-assignment', async () => {
      // The console's subscriptions open with the page; give them a moment before the ticket is routed.
      await page.waitForTimeout(1500);
      const created = await platform.graphql(admin, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id number } }', {
        i: { subject: 'Replacement card has not arrived', description: 'Ordered a new card two weeks ago.', customer: { email: 'noor@example.com', name: 'Noor Haddad' } },
      });
      const routed = await platform.graphql(admin, 'mutation($t: ID!, $team: ID!) { routeTicket(ticketId: $t, teamId: $team, language: "en") { assigneeId } }', { t: created.data.createTicket.id, team: cards.id });
      expect(routed.data.routeTicket.assigneeId).toBe(sam.id);
      const notice = page.getByRole('status', { name: 'Notifications' }).getByText(`Assigned to you: ${created.data.createTicket.number} Replacement card has not arrived`);
      await notice.waitFor({ timeout: LIVE_TIMEOUT });
      await notice.click();
      await page.waitForURL(/\/tickets\//);
      return created.data.createTicket.number as string;
    });
    refreshReadmeShot('21-agent-notified-of-assignment.png', 'console-routing.png');

    await step(page, '22-agent-answers-with-macro', async () => {
      const box = page.getByLabel('Reply to the customer');
      await box.fill('/thanks');
      await box.press('Tab');
      const expected = `Hi Noor Haddad, thanks for your patience with ${number}. Sam Reyes`;
      for (let waited = 0; (await box.inputValue()) !== expected && waited < LIVE_TIMEOUT; waited += 100) await page.waitForTimeout(100);
      expect(await box.inputValue()).toBe(expected);
      await page.getByRole('button', { name: 'Send reply' }).click();
      await page.getByRole('list', { name: 'Conversation' }).getByText(expected).waitFor({ timeout: LIVE_TIMEOUT });
    });
    await page.close();
  }, 120_000);

  it('a lead writes an article with a preview, publishes it, edits it and rolls it back; a customer reads it in full', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await step(page, '11-lead-new-article', async () => {
      await signIn(page, origin, '/knowledge', 'lead');
      await page.getByRole('heading', { name: 'Knowledge' }).waitFor();
      await page.getByRole('button', { name: 'New article' }).click();
      await page.getByLabel('Title').fill('Changing your delivery address');
      await page.getByLabel('Summary').fill('Before the parcel ships, from your account.');
      await page.getByLabel('Body (Markdown)').fill('## Before shipping\n\nOpen **Orders**, pick the order and choose *Change address*.\n\n- Works until the label is printed\n- Free of charge');
      await page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Before shipping' }).waitFor();
    });
    refreshReadmeShot('11-lead-new-article.png', 'console-knowledge-editor.png');

    await step(page, '12-lead-article-published', async () => {
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.waitForURL(/\/knowledge\/articles\//);
      await page.getByText('Draft', { exact: true }).first().waitFor();
      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Published', { exact: true }).first().waitFor();
    });
    const articlePath = new URL(page.url()).pathname;

    await step(page, '13-lead-article-edited', async () => {
      await page.getByRole('button', { name: 'Edit' }).click();
      await page.getByLabel('Body (Markdown)').fill('## Before shipping\n\nAsk us in chat: we change it for you.');
      await page.getByRole('button', { name: 'Save as a new version' }).click();
      await page.locator('.article-body').getByText('Ask us in chat: we change it for you.').waitFor();
      await page.getByRole('region', { name: 'Versions' }).getByText('Version 3', { exact: true }).waitFor();
    });

    await step(page, '14-lead-article-rolled-back', async () => {
      await page.getByRole('button', { name: 'Roll back to version 2' }).click();
      await page.getByRole('region', { name: 'Versions' }).getByText('Version 4', { exact: true }).waitFor();
      await page.locator('.article-body').getByText('Open', { exact: false }).first().waitFor();
      expect(await page.locator('.article-body strong').first().textContent()).toBe('Orders');
    });

    await step(page, '15-lead-imports-articles', async () => {
      await page.getByRole('link', { name: '← Knowledge' }).click();
      await page.getByRole('button', { name: 'Import files' }).click();
      const md = '---\nid: kb-returns-window\ntitle: Our returns window\nstatus: published\n---\nYou can return an item within **30 days** of delivery.\n';
      await page.getByLabel(/^Files/).setInputFiles([
        { name: 'returns-window.md', mimeType: 'text/markdown', buffer: Buffer.from(md) },
        { name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: [unclosed\n---\nbody\n') },
      ]);
      await page.getByRole('button', { name: 'Import 2 files' }).click();
      const report = page.getByRole('status').filter({ hasText: 'created' });
      await report.getByText('1 created, 0 updated, 0 unchanged, 1 refused.').waitFor({ timeout: LIVE_TIMEOUT });
      await report.getByText('broken.md', { exact: false }).waitFor();
      await page.getByRole('list', { name: 'Articles' }).getByText('Our returns window').waitFor({ timeout: LIVE_TIMEOUT });
    });

    await step(page, '15a-lead-searches-articles', async () => {
      await page.getByLabel('Search articles').fill('delivery address');
      await page.getByRole('list', { name: 'Articles' }).getByText('Changing your delivery address').waitFor({ timeout: LIVE_TIMEOUT });
    });
    await page.close();

    const customer = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await step(customer, '16-customer-reads-article', async () => {
      await signIn(customer, origin, '/help', 'customer', 'lee@example.com');
      await customer.getByLabel('What can we help you with?').fill('How do I change the delivery address of my order?');
      const suggestions = customer.getByRole('region', { name: 'Suggested articles' });
      await suggestions.getByText('Changing your delivery address').click({ timeout: LIVE_TIMEOUT });
      await suggestions.getByRole('link', { name: 'Read the full article' }).first().click();
      await customer.waitForURL(/\/help\/articles\//);
      await customer.getByRole('heading', { name: 'Changing your delivery address' }).waitFor();
      await customer.getByRole('heading', { name: 'Before shipping' }).waitFor();
    });
    expect(articlePath.split('/').at(-1)).toBe(new URL(customer.url()).pathname.split('/').at(-1));
    await customer.close();
  }, 180_000);

  it('serves the console with the right content types and caching, and refuses the explorer to agents', async () => {
    const index = await fetch(`${origin}/tickets/anything`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    const asset = await fetch(`${origin}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
    const favicon = await fetch(`${origin}/favicon.ico`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('content-type')).toBe('image/x-icon');
    const token = await fetch(`${origin}/dev/token`, { method: 'POST', body: JSON.stringify({ role: 'analyst' }) });
    expect(typeof ((await token.json()) as { token?: string }).token).toBe('string');

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, origin, '/explorer', 'agent');
    await page.getByText('The explorer is for analysts and admins').waitFor();
    await page.close();
  }, 60_000);

  it('an analyst runs an operation in GraphiQL with the session token, nothing loaded from another origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) elsewhere.push(request.url());
    });
    await step(page, '10-analyst-graphiql', async () => {
      await signIn(page, origin, '/explorer', 'analyst');
      await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
      await page.getByRole('region', { name: 'Result Window' }).getByText('"totalCount"').waitFor({ timeout: LIVE_TIMEOUT });
    });
    expect(await page.getByRole('region', { name: 'Result Window' }).textContent()).not.toContain('"errors"');
    await step(page, '10a-analyst-graphiql-docs', async () => {
      // The docs pane needs the schema from introspection (15 levels deep: within the depth limit's introspection allowance).
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.getByText('Root Types').waitFor({ timeout: LIVE_TIMEOUT });
      await page.getByRole('link', { name: 'Query' }).first().click();
      await page.getByText('triageCategories').first().waitFor({ timeout: LIVE_TIMEOUT });
    });
    refreshReadmeShot('10a-analyst-graphiql-docs.png', 'explorer-docs.png');
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 60_000);
});
