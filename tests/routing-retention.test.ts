import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_AGENT } from './support/agents-operations.js';
import { errorCodes, PlatformFixture } from './support/platform-fixture.js';
import { eventually } from './support/platform-process.js';

/**
 * Retention through the gateway, run by the scheduled job on the durable queue: the text of a closed
 * ticket older than the policy is gone from every file of every store (the proof of erasure), while a
 * ticket under legal hold and an open ticket keep theirs, and the run is reported.
 */
const PURGED = 'QUOKKA-HARBOUR-9931';
const HELD = 'PELICAN-VAULT-2218';
const OPEN = 'MARMOT-CANYON-5120';
const RUNS = '{ retentionRuns(first: 20) { ranAt cutoff actor purgedTicketCount purgedTicketIds heldTicketIds } }';
const TICKET = 'query($id: ID!) { ticket(id: $id) { subject description status tags messages { body } } }';

let fixture: PlatformFixture;
let dataDir: string;
let admin: string;
const ids: Record<string, string> = {};

async function openTicket(secret: string, email: string, tags: string[] = []): Promise<string> {
  const agent = await fixture.token('agent', 'retention-agent@support.local');
  const created = await fixture.graphql(agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id customer { id } } }', {
    i: { subject: `Lost parcel ${secret}`, description: `The parcel code is ${secret}`, tags, customer: { email, name: 'Kept Apart' } },
  });
  const id = created.data.createTicket.id as string;
  await fixture.graphql(agent, 'mutation($id: ID!, $b: String!) { addMessage(ticketId: $id, input: { body: $b }) { id } }', { id, b: `We found ${secret} in the depot` });
  await fixture.graphql(agent, RUN_AGENT, { ticketId: id, agent: 'triage' });
  // The knowledge subgraph indexes the ticket from its events: wait until it holds it, so there is something to purge there.
  const customerId = created.data.createTicket.customer.id;
  await eventually('the ticket to be indexed', async () => {
    const exported = await fixture.graphql(admin, 'query($c: ID!) { exportCustomerData(customerId: $c) }', { c: customerId });
    return JSON.parse(exported.data.exportCustomerData).knowledge[0]?.graph ? true : undefined;
  }, 15_000, 100);
  return id;
}

beforeAll(async () => {
  // Text is kept 0.0001 days (8.6 s); the job is queued every 0.0005 hours (1.8 s).
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', RETENTION_TEXT_DAYS: '0.0001', RETENTION_RUN_EVERY_HOURS: '0.0005' });
  dataDir = fixture.config.DATA_DIR;
  admin = await fixture.token('admin', 'retention-admin@support.local');
  ids['purged'] = await openTicket(PURGED, 'old@example.com');
  ids['held'] = await openTicket(HELD, 'held@example.com', ['legal-hold']);
  ids['open'] = await openTicket(OPEN, 'open@example.com');
  for (const id of [ids['purged'], ids['held']]) {
    for (const status of ['OPEN', 'RESOLVED']) await fixture.graphql(admin, 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }', { id, s: status });
  }
}, 90_000);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('is refused to everyone but admins', async () => {
  const lead = await fixture.token('lead');
  expect(errorCodes(await fixture.graphql(lead, 'mutation { runRetention { purgedTicketCount } }'))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await fixture.graphql(lead, RUNS))).toEqual(['FORBIDDEN']);
});

it('purges the old closed ticket on schedule and reports it, leaving the held and the open ones', async () => {
  const run = await eventually('a scheduled run to purge the old ticket', async () => {
    const runs = (await fixture.graphql(admin, RUNS)).data.retentionRuns as { actor: string; purgedTicketIds: string[]; heldTicketIds: string[] }[];
    return runs.find((candidate) => candidate.purgedTicketIds.includes(ids['purged']!));
  }, 30_000, 250);
  expect(run.actor).toBe('retention');
  expect(run.purgedTicketIds).toEqual([ids['purged']]);
  expect(run.heldTicketIds).toEqual([ids['held']]);

  const purged = (await fixture.graphql(admin, TICKET, { id: ids['purged'] })).data.ticket;
  expect(purged).toMatchObject({ subject: '[purged by retention]', description: '[purged by retention]', status: 'RESOLVED' });
  expect(purged.tags).toContain('retention-purged');
  expect(purged.messages.map((message: { body: string }) => message.body)).toEqual(['[purged by retention]']);
  for (const [key, secret] of [['held', HELD], ['open', OPEN]] as const) {
    const kept = (await fixture.graphql(admin, TICKET, { id: ids[key] })).data.ticket;
    expect(kept.description).toBe(`The parcel code is ${secret}`);
    expect(kept.messages[0].body).toBe(`We found ${secret} in the depot`);
  }
  // Running it again by hand purges nothing more: the ticket is already purged.
  const again = await fixture.graphql(admin, 'mutation { runRetention { actor purgedTicketCount heldTicketIds } }');
  expect(again.data.runRetention).toMatchObject({ actor: 'retention-admin@support.local', purgedTicketCount: 0, heldTicketIds: [ids['held']] });
}, 60_000);

it('leaves the purged text in no file of any store, and the rest where it was', async () => {
  await fixture.platform.stop();
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  })(dataDir);
  const holding = (secret: string) => files.filter((file) => readFileSync(file).toString('latin1').includes(secret));
  expect(holding(PURGED)).toEqual([]);
  // The knowledge index keeps the texts retention did not touch (the ticket store encrypts them).
  expect(holding(HELD).length).toBeGreaterThan(0);
  expect(holding(OPEN).length).toBeGreaterThan(0);
});
