import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { eventually } from './support/subscription-client.js';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';

const fixtureFile = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url)), 'utf8');
const root = fileURLToPath(new URL('..', import.meta.url));

const IMPORT = `mutation($format: TicketImportFormat!, $content: String!) {
  importTickets(format: $format, content: $content) { created updated unchanged ticketIds skipped { row externalId reason } warnings { row reason } }
}`;
const TICKET = `query($id: ID!) {
  ticket(id: $id) { subject status priority channel category tags resolvedAt firstResponseAt customer { email name }
    messages { authorRole body internal } history { field to } triage { category decidedBy } }
}`;

describe('importing a help desk history through the gateway', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    admin = await fixture.token('admin', 'admin@support.local');
    agent = await fixture.token('agent', 'agent@support.local');
  });
  afterAll(() => fixture.stop());

  const importFile = async (format: string, content: string) => {
    const response = await fixture.graphql(admin, IMPORT, { format, content });
    expect(response.errors).toBeUndefined();
    return response.data.importTickets;
  };
  const ticket = async (id: string) => (await fixture.graphql(agent, TICKET, { id })).data.ticket;

  it('imports a Zendesk incremental export with comments, side-loaded users and the Category field, and reports the bad row', async () => {
    const summary = await importFile('ZENDESK', fixtureFile('zendesk-incremental-export.json'));
    expect(summary).toMatchObject({ created: 2, updated: 0, unchanged: 0, warnings: [] });
    expect(summary.skipped).toEqual([{ row: 3, externalId: 'zendesk:35438', reason: expect.stringContaining('customer.email') }]);
    const solved = await ticket(summary.ticketIds[0]);
    expect(solved).toMatchObject({
      subject: 'Grinder jammed after two weeks',
      status: 'RESOLVED',
      priority: 'HIGH',
      channel: 'EMAIL',
      category: 'grinder_jammed',
      tags: ['grinder', 'duo-series'],
      customer: { email: 'marta.ruiz@example.com', name: 'Marta Ruiz' },
      firstResponseAt: '2026-09-14T10:01:00.000Z',
      resolvedAt: '2026-09-15T16:02:11.000Z',
    });
    // The first comment is the description; the private one is an internal note.
    expect(solved.messages.map((m: any) => [m.authorRole, m.internal])).toEqual([['AGENT', false], ['AGENT', true], ['CUSTOMER', false]]);
    expect(solved.history).toEqual(expect.arrayContaining([{ field: 'imported', to: 'zendesk:35436' }]));
    // Triage learnt the imported category (a label from a person, as a correction is).
    expect(solved.triage).toMatchObject({ category: 'grinder_jammed', decidedBy: 'human' });
  });

  it('is idempotent by external id: the same file changes nothing, a new comment updates only that ticket', async () => {
    const file = JSON.parse(fixtureFile('zendesk-incremental-export.json'));
    expect(await importFile('ZENDESK', JSON.stringify(file))).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    file.tickets[1].status = 'solved';
    file.tickets[1].comments.push({ id: 1291, author_id: 235323, body: 'With hard water, descale every four weeks.', public: true, created_at: '2026-09-21T08:00:00Z' });
    const summary = await importFile('ZENDESK', JSON.stringify(file));
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const updated = await ticket(summary.ticketIds[0]);
    expect(updated.status).toBe('RESOLVED');
    expect(updated.messages.map((m: any) => m.body)).toContain('With hard water, descale every four weeks.');
    const total = await fixture.graphql(agent, '{ tickets(first: 1, filter: { text: "descale" }) { totalCount } }');
    expect(total.data.tickets.totalCount).toBe(1);
  });

  it('imports a Freshdesk export (conversations, numeric codes, type as category)', async () => {
    const summary = await importFile('FRESHDESK', fixtureFile('freshdesk-tickets.json'));
    expect(summary).toMatchObject({ created: 2 });
    expect(summary.skipped).toEqual([{ row: 3, externalId: 'freshdesk:1044', reason: expect.stringContaining('status') }]);
    const closed = await ticket(summary.ticketIds[0]);
    expect(closed).toMatchObject({ status: 'CLOSED', channel: 'EMAIL', category: 'warranty_claim', resolvedAt: '2026-08-04T15:30:00.000Z' });
    expect(closed.messages.map((m: any) => m.authorRole)).toEqual(['AGENT', 'CUSTOMER', 'AGENT']);
    expect(await ticket(summary.ticketIds[1])).toMatchObject({ status: 'OPEN', priority: 'LOW', channel: 'CHAT', category: 'milk_frothing' });
  });

  it('imports the documented CSV with the resolution as the agent reply, and skips rows it cannot read', async () => {
    const summary = await importFile('CSV', fixtureFile('tickets.csv'));
    expect(summary).toMatchObject({ created: 2 });
    expect(summary.skipped.map((problem: any) => [problem.row, problem.externalId])).toEqual([[3, 'csv-503'], [4, 'csv-504']]);
    expect(summary.skipped[1].reason).toContain('createdAt');
    const resolved = await ticket(summary.ticketIds[0]);
    expect(resolved).toMatchObject({ status: 'RESOLVED', category: 'steam_wand', tags: ['steam', 'leak'] });
    expect(resolved.messages).toEqual([{ authorRole: 'AGENT', internal: false, body: expect.stringContaining('O-ring') }]);
  });

  it('refuses a file it cannot read at all, and anyone but an admin', async () => {
    const unreadable = await fixture.graphql(admin, IMPORT, { format: 'FRESHDESK', content: '{"not": "tickets"' });
    expect(errorCodes(unreadable)).toEqual(['BAD_USER_INPUT']);
    const asAgent = await fixture.graphql(agent, IMPORT, { format: 'CSV', content: fixtureFile('tickets.csv') });
    expect(errorCodes(asAgent)).toContain('FORBIDDEN');
  });

  it('keeps imported conversations encrypted at rest', async () => {
    const files = ['tickets.sqlite', 'tickets.sqlite-wal'].map((name) => join(fixture.config.DATA_DIR, name)).filter((path) => existsSync(path));
    const raw = Buffer.concat(files.map((path) => readFileSync(path))).toString('latin1');
    expect(files.length).toBeGreaterThan(0);
    // Message bodies and the customer's email and name are sealed (subjects are searchable, as for any ticket).
    expect(['Cleaning the burrs worked', 'marta.ruiz@example.com', 'Marta Ruiz'].filter((secret) => raw.includes(secret))).toEqual([]);
  });

  it('gives a team triage in its own taxonomy: imported categories, retrained, decide a new ticket', async () => {
    const summary = await importFile('JSONL', fixtureFile('brewline-history.jsonl'));
    expect(summary.created).toBe(16);
    expect(summary.skipped.map((problem: any) => [problem.row, problem.reason])).toEqual([
      [17, 'is not valid JSON'],
      [18, expect.stringContaining('resolvedAt')],
    ]);
    const retrain = await fixture.graphql(admin, 'mutation { retrainTriage { state } }');
    expect(retrain.errors).toBeUndefined();
    await eventually(async () => {
      const status = await fixture.graphql(admin, '{ triageModelStatus { state examples } }');
      return status.data.triageModelStatus.state === 'READY' && status.data.triageModelStatus.examples > 0;
    }, 60_000);
    const customer = await fixture.token('customer', 'new.owner@example.com');
    const created = await fixture.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
      i: { subject: 'Grinder stopped working', description: 'The grinder hums but no coffee comes out, the burrs seem stuck.' },
    });
    const id = created.data.createTicket.id;
    let triaged: any;
    await eventually(async () => {
      triaged = (await ticket(id)).triage;
      return triaged !== null;
    }, 30_000);
    expect(['grinder_jammed', 'descaling_help', 'milk_frothing', 'warranty_claim']).toContain(triaged.category);
    expect(triaged.category).toBe('grinder_jammed');
    // The imported, resolved history is what similar tickets are found in.
    await eventually(async () => {
      const similar = await fixture.graphql(agent, 'query($id: ID!) { ticket(id: $id) { similarTickets(first: 3) { ticket { subject status } } } }', { id });
      return (similar.data?.ticket?.similarTickets ?? []).some((hit: any) => hit.ticket.status === 'RESOLVED' && /grinder/i.test(hit.ticket.subject));
    }, 10_000);
  }, 120_000);

  it('imports from the command line, with a summary by row', async () => {
    const run = await promisify(execFile)(process.execPath, [join(root, 'scripts/dist/import-tickets.js'), '--format', 'csv', join(root, 'tests/fixtures/import/tickets.csv'), '--json'], {
      env: { ...process.env, DATA_DIR: fixture.config.DATA_DIR, TICKETS_URL: fixture.subgraphUrl('tickets'), LOG_LEVEL: 'silent' },
    });
    const summary = JSON.parse(run.stdout);
    // Imported by the test above through the API already: nothing new, the bad rows reported again.
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(summary.skipped.map((problem: any) => problem.row)).toEqual([3, 4]);
  });
});
