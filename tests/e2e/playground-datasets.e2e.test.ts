import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { OVERRIDE_TRIAGE, RUN_AGENT } from '../support/agents-operations.js';
import { PlatformFixture } from '../support/platform-fixture.js';
import { launchChromium, screenshotSteps, signIn } from './support/console-browser.js';

// A support lead in the playground (/playground) in headless Chromium: the "try it" draft grows on
// screen while it is written (streamed over the gateway's WebSocket), and datasets are built from
// resolved tickets and captured from the waiting queue through the form, errors in the lead's words.
// Screenshots of each step go to test-results/playground-datasets/.

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'playground-datasets');
const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
const MOVE = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }';
const REPLY = 'mutation($id: ID!, $b: String!) { addMessage(ticketId: $id, input: { body: $b }) { id } }';

let platform: PlatformFixture;
let browser: Browser;
let origin: string;

const step = screenshotSteps(SHOTS, { fullPage: true });

/** A ticket an agent opened for a customer, triaged with `category` (an agent's correction). */
async function ticket(agent: string, description: string, category: string, priority = 'NORMAL'): Promise<string> {
  const id: string = (await platform.graphql(agent, CREATE, { i: { subject: 'Help', description, priority, customer: { email: `e2e-${category}@example.com`, name: 'Walter White' } } })).data.createTicket.id;
  for (const name of ['language', 'triage']) await platform.graphql(agent, RUN_AGENT, { ticketId: id, agent: name });
  await platform.graphql(agent, OVERRIDE_TRIAGE, { ticketId: id, category });
  return id;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  platform = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none', AGENTS_AUTOMATION: 'false' });
  origin = new URL(platform.gatewayUrl).origin;
  const agent = await platform.token('agent');
  // One resolved ticket with a sent reply (history) and one urgent ticket still waiting (the queue).
  const resolved = await ticket(agent, 'How do I reset my password? Write to walter.white@example.com.', 'passcode_forgotten');
  await platform.graphql(agent, REPLY, { id: resolved, b: 'Tap Forgot password on the sign-in screen and we email you a reset link.' });
  for (const status of ['OPEN', 'RESOLVED']) await platform.graphql(agent, MOVE, { id: resolved, s: status });
  await ticket(agent, 'My card was declined twice, call me on +1 415 555 0199.', 'declined_card_payment', 'URGENT');
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('playground: streamed try and datasets from tickets', () => {
  it('a lead watches the draft being written, then builds a dataset from history and captures one from the queue', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

    await step(page, '01-playground', async () => {
      await signIn(page, origin, '/playground', 'lead');
      await page.getByRole('heading', { name: 'Playground: reply template' }).waitFor();
    });

    await step(page, '02-draft-grows', async () => {
      // Every text the draft shows while it is written, until the scores arrive with the whole reply.
      // Runs in the page (a string: this file is compiled without the DOM library).
      await page.evaluate(`(() => {
        const seen = [];
        window.draftTexts = seen;
        new MutationObserver(() => {
          const shown = document.querySelector('[aria-label="Draft"] pre')?.textContent ?? '';
          if (!document.querySelector('[aria-label="Draft scores"]') && shown !== '' && seen.at(-1) !== shown) seen.push(shown);
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      })()`);
      const editor = page.getByRole('region', { name: 'Editor' });
      await editor.getByLabel('Ticket text').fill('I lost my card on the bus this morning, what should I do?');
      await editor.getByRole('button', { name: 'Try it' }).click();
      await editor.getByLabel('Draft scores').getByText(/Faithfulness/).waitFor({ timeout: 60_000 });
      const final = await editor.getByLabel('Draft').locator('pre').innerText();
      const partial = (await page.evaluate('window.draftTexts')) as string[];
      // Shown before the answer: at least one text that is the start of the reply and not all of it.
      expect(partial.some((text) => text.length < final.length && final.startsWith(text.trim()))).toBe(true);
      expect(final).toMatch(/Robin/);
    });

    const section = page.getByRole('region', { name: 'Dataset from tickets' });

    await step(page, '03-build-from-history', async () => {
      await section.getByLabel('Dataset name').fill('e2e-history');
      await section.getByLabel('Category').fill('passcode_forgotten');
      await section.getByRole('button', { name: 'Build from history' }).click();
      await section.getByRole('status').getByText('Built e2e-history version 1 (1 item)').waitFor();
      await page.getByRole('region', { name: 'Evaluation runs' }).getByLabel('Dataset to run on').locator('option', { hasText: 'e2e-history' }).waitFor({ state: 'attached' });
    });

    await step(page, '04-capture-the-queue', async () => {
      await section.getByLabel('Tickets to build from').selectOption('queue');
      await section.getByLabel('Dataset name').fill('e2e-queue');
      await section.getByLabel('Category').fill('');
      await section.getByLabel('Priority').selectOption(['URGENT', 'HIGH']);
      await section.getByRole('button', { name: 'Capture the queue' }).click();
      await section.getByRole('status').getByText('Captured e2e-queue version 1 (1 item)').waitFor();
    });

    await step(page, '05-errors-a-lead-can-act-on', async () => {
      await section.getByLabel('Status').selectOption(['ESCALATED']);
      await section.getByRole('button', { name: 'Capture the queue' }).click();
      await section.getByRole('alert').getByText(/No waiting ticket matches these conditions/).waitFor();
      await section.getByLabel('Language').fill('german');
      await section.getByRole('button', { name: 'Capture the queue' }).click();
      await section.getByRole('alert').getByText('Language: a two-letter language code').waitFor();
    });
  }, 180_000);
});
