import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { PlatformFixture } from '../support/platform-fixture.js';
import { launchChromium, signIn } from './support/console-browser.js';

// Files on a ticket in real headless Chromium: the customer adds a screenshot on the help page,
// and both the customer and the agent see it previewed (decoded by the browser, not just listed).

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'test-results', 'console');
const CUSTOMER = 'lea@example.fr';

/** A valid 8×8 red PNG (signature, IHDR, IDAT, IEND with their CRCs), so the browser can decode it. */
function redSquarePng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: 8 }, () => [255, 0, 0]).flat())])));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

let platform: PlatformFixture;
let browser: Browser;
let origin: string;


/** The preview's decoded width once loaded: 0 when the browser could not decode the image. */
async function previewWidth(page: Page, name: string): Promise<number> {
  const preview = page.getByRole('region', { name: 'Attachments' }).getByRole('img', { name });
  await preview.waitFor({ timeout: 20_000 });
  for (;;) {
    // Runs in the page: an HTMLImageElement, typed here without the DOM library.
    const width = await preview.evaluate((img) => {
      const image = img as unknown as { complete: boolean; naturalWidth: number };
      return image.complete ? image.naturalWidth : -1;
    });
    if (width >= 0) return width;
    await page.waitForTimeout(50);
  }
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  platform = await PlatformFixture.start({ AGENTS_AUTO_REPLY: 'off' });
  origin = new URL(platform.gatewayUrl).origin;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('attachments in the console', () => {
  it('a screenshot the customer adds on the help page is previewed for them and for the agent', async () => {
    const customer = await platform.token('customer', CUSTOMER);
    const created = await platform.graphql(customer, 'mutation($i: CreateTicketInput!){ createTicket(input: $i){ id } }', {
      i: { subject: 'Transfer missing', description: 'My transfer of 150 EUR has not arrived.' },
    });
    expect(created.errors).toBeUndefined();
    const ticketId = created.data.createTicket.id;

    const customerPage = await (await browser.newContext()).newPage();
    await signIn(customerPage, origin, `/help/tickets/${ticketId}`, 'customer', CUSTOMER);
    await customerPage.getByRole('region', { name: 'Attachments' }).getByText('No files on this ticket.').waitFor({ timeout: 20_000 });
    await customerPage.getByLabel('Add a file').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: redSquarePng() });
    expect(await previewWidth(customerPage, 'screenshot.png')).toBe(8);
    await customerPage.getByRole('region', { name: 'Attachments' }).scrollIntoViewIfNeeded();
    await customerPage.screenshot({ path: join(SHOTS, 'attachments-help-page.png') });

    const agentPage = await (await browser.newContext()).newPage();
    await signIn(agentPage, origin, `/tickets/${ticketId}`, 'agent');
    expect(await previewWidth(agentPage, 'screenshot.png')).toBe(8);
    await agentPage.getByRole('region', { name: 'Attachments' }).getByRole('link', { name: 'screenshot.png' }).scrollIntoViewIfNeeded();
    await agentPage.screenshot({ path: join(SHOTS, 'attachments-console.png') });
  }, 90_000);
});
