import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeAnthropicServer, type FakeVendorServer } from '@support-graph/test-kit';
import type { Browser } from 'playwright-core';
import { PlatformFixture } from '../support/platform-fixture.js';
import { isGradingRequest, playgroundVendorAnswer } from '../support/playground-llm-vendor.js';
import { launchChromium, screenshotSteps, signIn } from './support/console-browser.js';

// A support lead runs a version with the configured LLM in /playground (headless Chromium), the
// platform pointed at a fake Anthropic API in this process; the LLM rubric grades the run.
// Screenshots go to test-results/playground-llm/.

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'playground-llm');
const DATASET = [
  { id: 'card', text: 'I lost my card, what should I do?', language: 'en', expectedArticle: 'kb-lost-card' },
  { id: 'laptops', text: 'Do you sell laptops?', language: 'en', expectedArticle: null },
]
  .map((item) => JSON.stringify(item))
  .join('\n');

let anthropic: FakeVendorServer;
let platform: PlatformFixture;
let browser: Browser;
const step = screenshotSteps(SHOTS, { fullPage: true });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  anthropic = await startFakeAnthropicServer();
  anthropic.answerWith(playgroundVendorAnswer);
  platform = await PlatformFixture.start({ AGENTS_AUTOMATION: 'false', ANTHROPIC_API_KEY: 'test-key', ANTHROPIC_BASE_URL: anthropic.url, ANTHROPIC_MODEL: 'claude-haiku-4-5' });
  const lead = await platform.token('lead');
  await platform.graphql(lead, 'mutation($c: String!) { uploadPlaygroundDataset(name: "llm-two", format: "jsonl", content: $c) { version } }', { c: DATASET });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await anthropic?.close();
});

describe('playground with a configured LLM, end to end', () => {
  it('a lead runs a version with the configured LLM and reads the LLM rubric’s score and the grading cost', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const runs = page.getByRole('region', { name: 'Evaluation runs' });

    await step(page, '01-responder-offered', async () => {
      await signIn(page, new URL(platform.gatewayUrl).origin, '/playground', 'lead');
      await page.getByRole('heading', { name: 'Playground: reply template' }).waitFor();
      expect(await runs.getByLabel('Responder').isDisabled()).toBe(false);
      await runs.getByText(/With anthropic\/claude-haiku-4-5 configured, the LLM rubric/).waitFor();
    });

    await step(page, '02-run-with-the-llm', async () => {
      await runs.getByLabel('Dataset to run on').selectOption('llm-two');
      await runs.getByLabel('Responder').selectOption('CONFIGURED_LLM');
      await runs.getByRole('button', { name: 'Run on dataset' }).click();
      const row = runs.locator('tr[data-version="1"]', { hasText: 'anthropic/claude-haiku-4-5' }).first();
      await row.waitFor({ timeout: 60_000 });
      const headers = await runs.locator('thead th').allInnerTexts();
      const cells = await row.locator('td').allInnerTexts();
      expect(cells[headers.indexOf('LLM rubric')]).toBe('75 % (1 ungraded)');
      expect(cells[headers.indexOf('Cost')]).not.toBe('$0.0000');
      expect(cells[headers.indexOf('Grading cost')]).not.toBe('$0.0000');
    });
    expect(anthropic.requests.filter(isGradingRequest)).toHaveLength(2);
  }, 180_000);
});
