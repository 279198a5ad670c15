import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PlatformFixture } from '../support/platform-fixture.js';

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
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const LIVE_TIMEOUT = 30_000;

const ARTICLES = [
  { title: 'Why was my card declined?', summary: 'The usual reasons a card payment is declined at checkout, and what to do.', body: 'A card is declined at checkout when the bank blocks the payment, the card has expired, or the billing address does not match. Check the card details, then try again or use another card.' },
  { title: 'How refunds work', summary: 'When a refund reaches your account after a return.', body: 'Refunds are issued when the returned item arrives at our warehouse. The money reaches your card within 5 to 10 business days.' },
  { title: 'Resetting your password', summary: 'Get back into your account.', body: 'Use "Forgot password" on the sign-in page; the reset link in the email is valid for one hour.' },
];

let platform: PlatformFixture;
let browser: Browser;
let origin: string;

async function step<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  try {
    const result = await action();
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
    return result;
  } catch (error) {
    await page.screenshot({ path: join(SHOTS, `FAILED-${name}.png`), fullPage: false }).catch(() => undefined);
    throw error;
  }
}

async function signIn(page: Page, path: string, role: string, email?: string): Promise<void> {
  await page.goto(`${origin}${path}`);
  await page.getByLabel('Role').selectOption(role);
  if (email) await page.getByLabel('Your email').fill(email);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

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
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
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
      await signIn(agentPage, '/', 'agent');
      await agentPage.getByRole('heading', { name: /Queue/ }).waitFor();
      await agentPage.getByText('No tickets match these filters.').waitFor();
    });

    await step(customerPage, '02-help-suggestions', async () => {
      await signIn(customerPage, '/help', 'customer', 'dana@example.com');
      await customerPage.getByLabel('What can we help you with?').fill(problem);
      await customerPage.getByRole('region', { name: 'Suggested articles' }).getByText('Why was my card declined?').waitFor({ timeout: LIVE_TIMEOUT });
    });
    refreshReadmeShot('02-help-suggestions.png', 'help-page.png');

    await step(customerPage, '03-help-ticket-opened', async () => {
      await customerPage.getByRole('button', { name: 'Still need help? Contact support' }).click();
      await customerPage.waitForURL(/\/help\/tickets\//);
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

    const draft = await step(agentPage, '06-agent-ai-draft', async () => {
      await agentPage.getByRole('button', { name: 'Draft with AI' }).click();
      await agentPage.getByText('AI draft ready').waitFor({ timeout: LIVE_TIMEOUT });
      const text = await agentPage.getByLabel('Reply to the customer').inputValue();
      expect(text.length).toBeGreaterThan(10);
      return text;
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

    await step(agentPage, '09-agent-ticket-phone-width', async () => {
      await agentPage.setViewportSize({ width: 390, height: 844 });
      await agentPage.getByRole('button', { name: '← Queue' }).waitFor();
    });
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
    const token = await fetch(`${origin}/dev/token`, { method: 'POST', body: JSON.stringify({ role: 'analyst' }) });
    expect(typeof ((await token.json()) as { token?: string }).token).toBe('string');

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(page, '/explorer', 'agent');
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
      await signIn(page, '/explorer', 'analyst');
      await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
      await page.getByRole('region', { name: 'Result Window' }).getByText('"totalCount"').waitFor({ timeout: LIVE_TIMEOUT });
    });
    expect(await page.getByRole('region', { name: 'Result Window' }).textContent()).not.toContain('"errors"');
    expect(elsewhere).toEqual([]);
    await page.close();
  }, 60_000);
});
