import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createRoadmapStore } from '../subgraphs/roadmap/src/store/create-roadmap-store.js';
import { PlatformFixture } from './support/platform-fixture.js';
import { CREATE_FROM_TICKET, ERASE_CUSTOMER, ok } from './support/roadmap-operations.js';

/**
 * Encryption at rest of the roadmap store (docs/security.md, issue 11): an issue made from a ticket
 * quotes the customer, so the description is an envelope in the SQLite file and its WAL; erasure
 * rewrites it and compacts, so not even the old envelope stays on disk.
 */
const KEPT_PHRASE = 'periwinkle asteroid invoices vanish at midnight';
const ERASED_PHRASE = 'tangerine lighthouse exports print upside down';

const CREATE_TICKET = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id customer { id } } }';

let fixture: PlatformFixture;
let dataDir: string;
let stopped = false;
let agent: string;
let kept: { issueId: string };
let erased: { issueId: string; customerId: string };

function roadmapFiles(): string[] {
  return ['roadmap.sqlite', 'roadmap.sqlite-wal'].map((name) => join(dataDir, name)).filter((path) => existsSync(path));
}

function onDisk(needle: string): string[] {
  return roadmapFiles().filter((file) => readFileSync(file).toString('latin1').includes(needle));
}

/** The description column as stored, read beside the running subgraph (WAL lets a reader in). */
function storedDescription(issueId: string): string {
  const database = new DatabaseSync(join(dataDir, 'roadmap.sqlite'), { readOnly: true });
  try {
    return (database.prepare('select description from roadmap_issues where id = ?').get(issueId) as { description: string }).description;
  } finally {
    database.close();
  }
}

async function issueFromTicket(email: string, words: string): Promise<{ issueId: string; customerId: string }> {
  const ticket = (await ok(fixture.graphql(agent, CREATE_TICKET, { i: { subject: 'Invoice export', description: `Hello, ${words}.`, customer: { email } } }))).createTicket;
  const issue = (await ok(fixture.graphql(agent, CREATE_FROM_TICKET, { t: ticket.id, i: { summary: 'Invoice export misbehaves', component: 'billing' } }))).createIssueFromTicket;
  expect(issue.description).toContain(words);
  return { issueId: issue.id, customerId: ticket.customer.id };
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  dataDir = fixture.config.DATA_DIR;
  agent = await fixture.token('agent');
  kept = await issueFromTicket('kim.kept@example.com', KEPT_PHRASE);
  erased = await issueFromTicket('lee.erased@example.com', ERASED_PHRASE);
}, 60_000);

afterAll(async () => {
  if (!stopped) await fixture.platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps issue descriptions as envelopes: no plaintext in the SQLite file or its WAL', () => {
  expect(roadmapFiles().length).toBeGreaterThan(0);
  expect(onDisk(KEPT_PHRASE)).toEqual([]);
  expect(onDisk(ERASED_PHRASE)).toEqual([]);
  expect(storedDescription(kept.issueId)).toMatch(/^enc:v1:/);
  expect(onDisk('enc:v1:').length).toBeGreaterThan(0);
});

it('reads the descriptions back through the API', async () => {
  const read = await ok(fixture.graphql(agent, 'query($id: ID!) { issue(id: $id) { description } }', { id: kept.issueId }));
  expect(read.issue.description).toContain(KEPT_PHRASE);
});

it('on erasure rewrites the description and compacts: the old envelope is in no file', async () => {
  const before = storedDescription(erased.issueId);
  const admin = await fixture.token('admin');
  expect((await ok(fixture.graphql(admin, ERASE_CUSTOMER, { c: erased.customerId }))).eraseCustomer).toMatchObject({ skippedServices: [] });
  const after = storedDescription(erased.issueId);
  expect(after).toMatch(/^enc:v1:/);
  expect(after).not.toBe(before);
  expect(onDisk(before)).toEqual([]);
  const read = await ok(fixture.graphql(agent, 'query($id: ID!) { issue(id: $id) { description } }', { id: erased.issueId }));
  expect(read.issue.description).not.toContain(ERASED_PHRASE);
});

it('reads back after the platform restarts, with the data keys beside the store', async () => {
  await fixture.platform.stop();
  stopped = true;
  const store = await createRoadmapStore({ DATA_DIR: dataDir });
  try {
    expect((await store.findIssue(kept.issueId))?.description).toContain(KEPT_PHRASE);
    const rewritten = (await store.findIssue(erased.issueId))?.description;
    expect(rewritten).toContain("Customer report: removed at the customer's request.");
    expect(rewritten).not.toContain(ERASED_PHRASE);
  } finally {
    await store.close();
  }
});
