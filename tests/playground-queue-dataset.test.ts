import { storedDataset } from './support/playground-datasets.js';
import { readChain } from './support/audit-operations.js';
import { PlatformFixture } from './support/platform-fixture.js';
import { OVERRIDE_TRIAGE, RUN_AGENT, TICKET_INSIGHTS } from './support/agents-operations.js';

/** A lead captures playground datasets from the tickets waiting now, through the gateway. */
const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
const MOVE = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }';
const CAPTURE = 'mutation($n: String!, $f: QueueDatasetFilter!) { capturePlaygroundDatasetFromQueue(name: $n, filter: $f) { name version source itemCount } }';

const PII_DESCRIPTION = 'Hi, I am Walter White, my email is walter.white@example.com and my phone is +1 415 555 0199. How do I reset my password?';

let fixture: PlatformFixture;
let lead: string;
let agent: string;
let admin: string;

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'false' });
  [lead, agent, admin] = await Promise.all([fixture.token('lead'), fixture.token('agent'), fixture.token('admin')]);
});
afterAll(() => fixture?.stop());

/** A ticket opened for a named customer, with language detection and triage run on it (an agent set the category). */
async function triagedTicket(email: string, subject: string, description: string, category: string, priority = 'NORMAL'): Promise<{ id: string; category: string; language: string }> {
  const created = await fixture.graphql(agent, CREATE, { i: { subject, description, priority, customer: { email, name: 'Walter White' } } });
  const id: string = created.data.createTicket.id;
  for (const name of ['language', 'triage']) expect((await fixture.graphql(agent, RUN_AGENT, { ticketId: id, agent: name })).data.runAgent.status).toBe('SUCCEEDED');
  expect((await fixture.graphql(agent, OVERRIDE_TRIAGE, { ticketId: id, category })).errors).toBeUndefined();
  const insights = (await fixture.graphql(agent, TICKET_INSIGHTS, { id })).data.ticket;
  return { id, category: insights.triage.category, language: insights.language.code };
}

describe('datasets captured from the live queue', () => {
  let waiting: { id: string; category: string; language: string };
  let urgent: { id: string; category: string; language: string };
  let german: { id: string; category: string; language: string };
  let resolved: string;

  beforeAll(async () => {
    waiting = await triagedTicket('queue-waiting@example.com', 'Password reset', PII_DESCRIPTION, 'passcode_forgotten');
    urgent = await triagedTicket('queue-urgent@example.com', 'Card declined', 'My card payment was declined twice at checkout, please help.', 'declined_card_payment', 'URGENT');
    german = await triagedTicket('queue-german@example.com', 'Karte abgelehnt', 'Meine Kartenzahlung wurde zweimal abgelehnt. Was kann ich tun?', 'declined_card_payment');
    const done = await triagedTicket('queue-done@example.com', 'Refund question', 'I forgot my passcode and cannot sign in.', 'passcode_forgotten');
    resolved = done.id;
    for (const status of ['OPEN', 'RESOLVED']) expect((await fixture.graphql(agent, MOVE, { id: resolved, s: status })).errors).toBeUndefined();
  }, 60_000);

  it('captures the waiting tickets only, newest first, PII masked, without reference; source queue; audited without text', async () => {
    const captured = await fixture.graphql(lead, CAPTURE, { n: 'queue-now', f: {} });
    expect(captured.errors).toBeUndefined();
    expect(captured.data.capturePlaygroundDatasetFromQueue).toEqual({ name: 'queue-now', version: 1, source: 'queue', itemCount: 3 });

    const dataset = await storedDataset(fixture.config.DATA_DIR, 'queue-now');
    expect(dataset.items.map((item) => item.id)).toEqual([german.id, urgent.id, waiting.id]);
    expect(dataset.items.map((item) => item.id)).not.toContain(resolved);
    const item = dataset.items.find((candidate) => candidate.id === waiting.id)!;
    expect(item).toMatchObject({ language: waiting.language, expectedCategory: waiting.category });
    expect(item.reference).toBeUndefined();
    expect(item.customerName).toBeUndefined();
    expect(item.text).toContain('How do I reset my password?');
    expect(item.text).toContain('[EMAIL]');
    const kept = JSON.stringify(dataset.items);
    for (const personal of ['Walter', 'White', 'walter.white@example.com', '415 555 0199']) expect(kept).not.toContain(personal);

    const entry = (await readChain(fixture, admin, 'playground')).find((candidate) => candidate.action === 'playground.dataset_captured' && candidate.targetId === 'queue-now');
    expect(entry).toBeDefined();
    expect(JSON.parse(entry!.details)).toEqual({ version: 1, items: 3, limit: 100 });
    expect(entry!.details).not.toContain('password');
  });

  it('filters by priority, language, category and status, and keeps to the limit', async () => {
    const byPriority = await fixture.graphql(lead, CAPTURE, { n: 'queue-urgent', f: { priority: ['URGENT', 'HIGH'] } });
    expect(byPriority.data.capturePlaygroundDatasetFromQueue.itemCount).toBe(1);
    expect((await storedDataset(fixture.config.DATA_DIR, 'queue-urgent')).items.map((item) => item.id)).toEqual([urgent.id]);

    const byLanguage = await fixture.graphql(lead, CAPTURE, { n: 'queue-de', f: { language: german.language } });
    expect(byLanguage.errors).toBeUndefined();
    expect((await storedDataset(fixture.config.DATA_DIR, 'queue-de')).items.map((item) => item.id)).toEqual([german.id]);

    // The resolved ticket has the same category: the queue holds only the waiting one.
    const byCategory = await fixture.graphql(lead, CAPTURE, { n: 'queue-category', f: { category: 'passcode_forgotten' } });
    expect(byCategory.errors).toBeUndefined();
    expect((await storedDataset(fixture.config.DATA_DIR, 'queue-category')).items.map((item) => item.id)).toEqual([waiting.id]);
    const cards = await fixture.graphql(lead, CAPTURE, { n: 'queue-cards', f: { category: 'declined_card_payment', status: ['NEW', 'OPEN'] } });
    expect(cards.errors).toBeUndefined();
    expect((await storedDataset(fixture.config.DATA_DIR, 'queue-cards')).items.map((item) => [item.id, item.expectedCategory])).toEqual([
      [german.id, 'declined_card_payment'],
      [urgent.id, 'declined_card_payment'],
    ]);

    const limited = await fixture.graphql(lead, CAPTURE, { n: 'queue-now', f: { limit: 1 } });
    expect(limited.data.capturePlaygroundDatasetFromQueue).toMatchObject({ version: 2, itemCount: 1 });
    expect((await storedDataset(fixture.config.DATA_DIR, 'queue-now')).items.map((item) => item.id)).toEqual([german.id]);

    const entry = (await readChain(fixture, admin, 'playground')).find((candidate) => candidate.action === 'playground.dataset_captured' && candidate.targetId === 'queue-urgent');
    expect(JSON.parse(entry!.details)).toEqual({ version: 1, items: 1, limit: 100, priority: ['URGENT', 'HIGH'] });
  });

  it('refuses an empty capture and bad filters with BAD_USER_INPUT, storing nothing; only leads and admins capture', async () => {
    const none = await fixture.graphql(lead, CAPTURE, { n: 'queue-none', f: { status: ['ESCALATED'] } });
    expect(none.errors?.[0]).toMatchObject({ message: expect.stringMatching(/no waiting ticket/), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await fixture.graphql(lead, 'query { playgroundDatasets { name } }')).data.playgroundDatasets.map((dataset: { name: string }) => dataset.name)).not.toContain('queue-none');

    for (const [filter, field] of [
      [{ status: ['RESOLVED'] }, 'status'],
      [{ priority: ['SOON'] }, 'priority'],
      [{ language: 'german' }, 'language'],
      [{ limit: 1001 }, 'limit'],
      [{ limit: 0 }, 'limit'],
    ] as const) {
      const refused = await fixture.graphql(lead, CAPTURE, { n: 'queue-bad', f: filter });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toContain(field);
    }
    expect((await fixture.graphql(agent, CAPTURE, { n: 'queue-agent', f: {} })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await fixture.graphql(admin, CAPTURE, { n: 'queue-admin', f: {} })).errors).toBeUndefined();
  });
});
