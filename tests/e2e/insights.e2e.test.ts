import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PlatformFixture } from '../support/platform-fixture.js';
import { launchChromium, screenshotSteps, signIn } from './support/console-browser.js';

// Feedback in real headless Chromium: a customer rates a resolved ticket on the help page and by
// signed link (not signed in), an agent sends an edited AI draft, and a lead sees it all on
// /insights and drills down to the tickets. Screenshots in test-results/insights/; with
// UPDATE_SCREENSHOTS=1 the README's docs/screenshots/insights.png is refreshed from the run.

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'insights');
const LIVE_TIMEOUT = 30_000;

let platform: PlatformFixture;
let browser: Browser;
let origin: string;
let agent: string;
let customer: string;

const step = screenshotSteps(SHOTS, { fullPage: true });


/** A ticket of the customer's, resolved by an agent; returns its id and number once the survey is open. */
async function resolvedTicket(subject: string): Promise<{ id: string; number: string; surveyLink: string }> {
  const created = await platform.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id number } }', { i: { subject, description: `${subject}, please help` } });
  const { id, number } = created.data.createTicket;
  for (const status of ['OPEN', 'RESOLVED']) {
    const moved = await platform.graphql(agent, 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }', { id, s: status });
    expect(moved.errors).toBeUndefined();
  }
  const deadline = Date.now() + LIVE_TIMEOUT;
  for (;;) {
    const read = await platform.graphql(agent, 'query($id: ID!) { ticket(id: $id) { satisfaction { surveyLink } } }', { id });
    const surveyLink = read.data?.ticket?.satisfaction?.surveyLink as string | null;
    if (surveyLink) return { id, number, surveyLink };
    if (Date.now() > deadline) throw new Error('the survey did not open');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  platform = await PlatformFixture.start();
  origin = new URL(platform.gatewayUrl).origin;
  agent = await platform.token('agent');
  customer = await platform.token('customer', 'rita@example.com');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('feedback and insights end to end', () => {
  it('CSAT on the help page and by signed link, an edited draft, and the lead’s dashboard with drill-down', async () => {
    const onHelpPage = await resolvedTicket('Parcel arrived damaged');
    const byLink = await resolvedTicket('Refund not received');

    const customerPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await step(customerPage, '01-help-page-survey', async () => {
      await signIn(customerPage, origin, `/help/tickets/${onHelpPage.id}`, 'customer', 'rita@example.com');
      const survey = customerPage.getByRole('form', { name: 'Rate our help' });
      await survey.getByText('How satisfied are you with how we handled this?').waitFor({ timeout: LIVE_TIMEOUT });
      await survey.getByLabel(/^4 Happy/).check();
      await survey.getByLabel('Anything to add? (optional)').fill('Quick replacement, thanks');
      await survey.getByRole('button', { name: 'Send' }).click();
      await survey.getByText('Thank you for your answer.').waitFor();
    });

    // The link from the resolution message, opened in a browser that never signed in.
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const linkPage = await visitor.newPage();
    await step(linkPage, '02-survey-by-signed-link', async () => {
      await linkPage.goto(`${origin}${byLink.surveyLink}`);
      await linkPage.getByText(`About your request ${byLink.number}.`).waitFor({ timeout: LIVE_TIMEOUT });
      await linkPage.getByLabel(/^2 Unhappy/).check();
      await linkPage.getByRole('button', { name: 'Send' }).click();
      await linkPage.getByText('Thank you for your answer.').waitFor();
      expect(await linkPage.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    });
    await visitor.close();

    // An agent drafts a reply with the AI, edits it and sends it.
    const draftTicket = await platform.graphql(customer, 'mutation { createTicket(input: { subject: "Card not arrived", description: "My new card has not arrived yet" }) { id number } }', {});
    const { id: draftTicketId, number: draftNumber } = draftTicket.data.createTicket;
    const agentPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await step(agentPage, '03-agent-sends-edited-draft', async () => {
      await signIn(agentPage, origin, `/tickets/${draftTicketId}`, 'agent');
      await agentPage.getByRole('button', { name: 'Draft with AI' }).click();
      await agentPage.getByRole('region', { name: 'AI draft' }).getByText('AI draft ready').waitFor({ timeout: LIVE_TIMEOUT });
      const box = agentPage.getByLabel('Reply to the customer');
      await box.fill(`${await box.inputValue()} We are sorry for the wait.`);
      await agentPage.getByRole('button', { name: 'Send reply' }).click();
      await agentPage.getByText('We are sorry for the wait.', { exact: false }).first().waitFor({ timeout: LIVE_TIMEOUT });
    });

    const leadPage = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
    await step(leadPage, '04-insights-dashboard', async () => {
      await signIn(leadPage, origin, '/insights', 'lead');
      await leadPage.getByRole('heading', { name: 'Insights' }).waitFor();
      const figures = leadPage.getByRole('list', { name: 'Figures' });
      // Two answers, 4 and 2: an average of 3.00 (the figures re-read live as answers arrive).
      await figures.getByRole('button', { name: 'CSAT: 3.00, show tickets' }).waitFor({ timeout: LIVE_TIMEOUT });
      await figures.getByText(/1 edited · \d+ chars changed/).waitFor({ timeout: LIVE_TIMEOUT });
      await leadPage.getByRole('figure', { name: 'Tickets and resolutions' }).locator('svg').first().waitFor();
    });

    await step(leadPage, '05-insights-drill-down', async () => {
      await leadPage.getByRole('list', { name: 'Figures' }).getByRole('button', { name: 'CSAT: 3.00, show tickets' }).click();
      const drill = leadPage.getByRole('region', { name: /Tickets behind “CSAT”/ });
      await drill.getByText('2 ticket(s)').waitFor({ timeout: LIVE_TIMEOUT });
      const numbers = (await drill.getByRole('link').allTextContents()).sort();
      expect(numbers).toEqual([onHelpPage.number, byLink.number].sort());
      await leadPage.getByRole('list', { name: 'Figures' }).getByRole('button', { name: /^Drafts accepted/ }).click();
      const drafts = leadPage.getByRole('region', { name: /Tickets behind “Drafts accepted”/ });
      await drafts.getByRole('link', { name: draftNumber }).waitFor({ timeout: LIVE_TIMEOUT });
    });

    if (process.env['UPDATE_SCREENSHOTS'] === '1') copyFileSync(join(SHOTS, '05-insights-drill-down.png'), join(ROOT, 'docs', 'screenshots', 'insights.png'));

    await step(leadPage, '06-drill-down-lands-on-ticket', async () => {
      await leadPage.getByRole('region', { name: /Tickets behind/ }).getByRole('link', { name: draftNumber }).click();
      await leadPage.waitForURL(new RegExp(`/tickets/${draftTicketId}$`));
      await leadPage.getByText('Card not arrived').first().waitFor({ timeout: LIVE_TIMEOUT });
    });

    const rated = await platform.graphql(await platform.token('lead'), 'query($f: AnalyticsFilter!) { feedbackAnalytics(filter: $f) { totals { draftsEdited averageEditDistance csatResponses } } }', {
      f: { from: new Date().toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) },
    });
    expect(rated.data.feedbackAnalytics.totals).toMatchObject({ draftsEdited: 1, csatResponses: 2 });
    expect(rated.data.feedbackAnalytics.totals.averageEditDistance).toBe(' We are sorry for the wait.'.length);
  }, 180_000);
});
