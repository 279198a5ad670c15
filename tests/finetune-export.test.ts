import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PlatformFixture } from './support/platform-fixture.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** What must not survive the export, in any of the shapes the seeded tickets use. */
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)*\.[a-z]{2,}/i;
const PHONE = /\+?\d[\d\s().-]{7,}\d/;
const CARD = /\b(?:\d[ -]?){13,19}\b/;
const SEEDED_NAMES = /Fox Mulder|Mulder|Scully/;

describe('the fine-tuning export, from a running platform', () => {
  let fixture: PlatformFixture;
  let agent: string;
  /** The resolved tickets, in the order their customers are numbered. */
  const resolved: string[] = [];
  const exportTo = (out: string, ...args: string[]) =>
    run(process.execPath, [join(root, 'scripts/dist/export-finetune.js'), '--out', out, '--gateway', fixture.gatewayUrl, ...args], {
      env: { ...process.env, DATA_DIR: fixture.config.DATA_DIR, LOG_LEVEL: 'silent' },
    });
  const gql = async (token: string, query: string, variables: Record<string, unknown>) => {
    const response = await fixture.graphql(token, query, variables);
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', RATE_LIMIT_BURST: '100000' });
    agent = await fixture.token('agent', 'agent@support.local');
    for (let i = 0; i < 12; i += 1) {
      const email = `fox.mulder${i}@example.com`;
      const created = await gql(agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
        i: {
          subject: `Card declined at checkout ${i}`,
          description: `My card 4111 1111 1111 1111 was declined. Reach me at ${email} or +1 415 555 01${String(i).padStart(2, '0')}. Fox Mulder`,
          customer: { email, name: 'Fox Mulder' },
        },
      });
      const id = created.createTicket.id;
      resolved.push(id);
      const customer = await fixture.token('customer', email);
      const say = 'mutation($id: ID!, $b: String!, $n: Boolean) { addMessage(ticketId: $id, input: { body: $b, internal: $n }) { id } }';
      await gql(agent, say, { id, b: 'Hi Fox, we will call you on 415-555-0199 or mail scully@fbi.example.org about it.' });
      await gql(agent, say, { id, b: 'Internal: customer sounded angry, card on file 5500 0000 0000 0004', n: true });
      await gql(customer, say, { id, b: 'My other card is 5500-0000-0000-0004 and my phone (020) 7946 0958' });
      await gql(agent, say, { id, b: 'The block on your card is lifted; pay again and it will go through.' });
      await gql(agent, 'mutation($id: ID!) { changeTicketStatus(id: $id, status: RESOLVED) { status } }', { id });
    }
    // Not resolved: not exported.
    await gql(agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
      i: { subject: 'Open question', description: 'Still waiting', customer: { email: 'open@example.com' } },
    });
  }, 120_000);
  afterAll(() => fixture.stop());

  it.each(['openai', 'anthropic'] as const)('writes %s chat JSONL with a validation split and a datasheet, with no PII in any line', async (format) => {
    const out = join(fixture.config.DATA_DIR, `export-${format}`);
    const { stdout } = await exportTo(out, '--format', format, '--validation', '0.5');
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ format, counts: { resolvedTickets: 12, belowMinCsat: 0, withoutAnswer: 0 }, filters: { minCsat: null, validationShare: 0.5 } });
    expect(summary.counts.train + summary.counts.validation).toBe(12);

    const files = ['train.jsonl', 'validation.jsonl'].map((name) => readFileSync(join(out, name), 'utf8'));
    const lines = files.flatMap((text) => text.split('\n').filter(Boolean));
    expect(files.map((text) => text.split('\n').filter(Boolean).length)).toEqual([summary.counts.train, summary.counts.validation]);
    expect(summary.counts.validation).toBeGreaterThan(0);
    expect(lines).toHaveLength(12);
    for (const line of lines) {
      const record = JSON.parse(line);
      const turns = format === 'openai' ? record.messages.slice(1) : record.messages;
      if (format === 'openai') expect(record.messages[0]).toEqual({ role: 'system', content: expect.any(String) });
      else expect(record.system).toEqual(expect.any(String));
      expect(turns.map((turn: { role: string }) => turn.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      for (const turn of turns) expect(Object.keys(turn).sort()).toEqual(['content', 'role']);
      for (const pattern of [EMAIL, PHONE, CARD, SEEDED_NAMES]) expect(line).not.toMatch(pattern);
      expect(line).not.toContain('Internal:');
      expect(line).toContain('[CARD]');
      expect(line).toContain('The block on your card is lifted');
    }
    const datasheet = readFileSync(join(out, 'datasheet.md'), 'utf8');
    expect(datasheet).toContain(`| validation.jsonl | ${summary.counts.validation} |`);
    expect(datasheet).toContain('card numbers (Luhn checked');
  }, 60_000);

  it('exports only conversations their customer rated at least --min-csat (Ticket.satisfaction, from the feedback subgraph)', async () => {
    const rate = 'mutation($t: ID!, $s: Int!, $k: String!) { rateTicket(ticketId: $t, score: $s, idempotencyKey: $k) { score } }';
    for (const [index, score] of [5, 4, 2].entries()) {
      const customer = await fixture.token('customer', `fox.mulder${index}@example.com`);
      // The survey opens when the feedback subgraph has seen the ticket resolved (a durable consumer).
      for (const deadline = Date.now() + 30_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
        const answer = await fixture.graphql(customer, rate, { t: resolved[index], s: score, k: `finetune-rating-${index}-0001` });
        if (!answer.errors) break;
        if (Date.now() > deadline) throw new Error(`could not rate: ${JSON.stringify(answer.errors)}`);
      }
    }
    const out = join(fixture.config.DATA_DIR, 'export-csat');
    const { stdout } = await exportTo(out, '--format', 'openai', '--min-csat', '4', '--validation', '0');
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ counts: { resolvedTickets: 12, belowMinCsat: 10 }, filters: { minCsat: 4 } });
    const lines = readFileSync(join(out, 'train.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).messages[1].content).sort()).toEqual([expect.stringContaining('Card declined at checkout 0'), expect.stringContaining('Card declined at checkout 1')]);
  }, 90_000);

  it('refuses a format it does not write', async () => {
    const failed = await exportTo(join(fixture.config.DATA_DIR, 'export-bad'), '--format', 'csv').then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('usage: npm run -s export:finetune');
  });
});
