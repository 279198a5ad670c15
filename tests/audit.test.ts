import { rmSync } from 'node:fs';
import { DRAFT_REPLY, RUN_AGENT } from './support/agents-operations.js';
import { readFileSync, rmSync as removeFile, writeFileSync } from 'node:fs';
import { auditVerify, copyChain, readChain, rewriteAndRehash, tamper, AUDIT_LOG } from './support/audit-operations.js';
import { errorCodes, PlatformFixture } from './support/platform-fixture.js';

/**
 * The audit log (DESIGN.md §4): hash-chained per service, written for admin actions, AI runs and
 * LLM calls, and non-owner reads of personal data; readable by admins only; `audit:verify` names
 * the first entry that was altered, removed or reordered. Needs `node scripts/build.mjs` (the CLI).
 */
let fixture: PlatformFixture;
let admin: string;
const copies: string[] = [];

const OPEN = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id customer { id } } }';
const LIST = `query($c: String!) { tickets(first: 10, filter: { customerId: $c }) { edges { node { id customer { email name } messages { body authorId } } } } }`;

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  admin = await fixture.token('admin', 'audit-admin@support.local');
});
afterAll(async () => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  await fixture?.stop();
});

async function entriesBy(service: string, predicate: (entry: Awaited<ReturnType<typeof readChain>>[number]) => boolean) {
  return (await readChain(fixture, admin, service)).filter(predicate);
}

describe('what is audited', () => {
  it('records admin actions on the directory, with ids rather than personal data', async () => {
    const team = await fixture.graphql(admin, 'mutation { createTeam(name: "Audit team") { id } }');
    const user = await fixture.graphql(admin, 'mutation { inviteUser(input: { email: "audited.user@support.local", name: "Audited User", role: "agent" }) { id } }');
    const key = await fixture.graphql(admin, 'mutation { createApiKey(name: "audit-partner") { apiKey { id } } }');
    await fixture.graphql(admin, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: key.data.createApiKey.apiKey.id });
    const entries = await entriesBy('tickets', (entry) => entry.actorSubject === 'audit-admin@support.local');
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['directory.team_created', 'directory.user_invited', 'directory.api_key_created', 'directory.api_key_revoked']),
    );
    const invited = entries.find((entry) => entry.action === 'directory.user_invited');
    expect(invited?.targetId).toBe(user.data.inviteUser.id);
    expect(entries.find((entry) => entry.action === 'directory.team_created')?.targetId).toBe(team.data.createTeam.id);
    expect(JSON.stringify(entries)).not.toContain('audited.user@support.local');
  });

  it('records one entry per request and ticket when staff read personal data, none when customers read their own', async () => {
    const customer = await fixture.token('customer', 'reader.subject@example.com');
    let customerId = '';
    for (const subject of ['Parcel one', 'Parcel two', 'Parcel three']) {
      const opened = await fixture.graphql(customer, OPEN, { i: { subject, description: 'Where is it?' } });
      customerId = opened.data.createTicket.customer.id;
      await fixture.graphql(customer, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "first" }) { id } }', { id: opened.data.createTicket.id });
      await fixture.graphql(customer, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "second" }) { id } }', { id: opened.data.createTicket.id });
    }
    const reader = await fixture.token('agent', 'pii-reader@support.local');
    const listed = await fixture.graphql(reader, LIST, { c: customerId });
    expect(listed.errors).toBeUndefined();
    await fixture.graphql(customer, LIST, { c: customerId });

    const reads = await entriesBy('tickets', (entry) => entry.action === 'pii.read' && entry.actorSubject === 'pii-reader@support.local');
    expect(reads).toHaveLength(3);
    const ticketIds = listed.data.tickets.edges.map((edge: { node: { id: string } }) => edge.node.id).sort();
    expect(reads.map((entry) => entry.targetId).sort()).toEqual(ticketIds);
    for (const entry of reads) {
      expect(entry.targetType).toBe('ticket');
      expect(JSON.parse(entry.details)).toEqual({ customerId, fields: ['customer.email', 'customer.name', 'messages.authorId', 'messages.body'], masked: false });
    }
    expect(JSON.stringify(reads)).not.toContain('reader.subject@example.com');
    expect(await entriesBy('tickets', (entry) => entry.action === 'pii.read' && entry.actorRole === 'customer')).toEqual([]);
  });

  it('records an analyst reading a customer on its own, marked masked', async () => {
    const customer = await fixture.token('customer', 'masked.subject@example.com');
    const opened = await fixture.graphql(customer, OPEN, { i: { subject: 'Masked', description: 'read me' } });
    const analyst = await fixture.token('analyst', 'audit-analyst@support.local');
    await fixture.graphql(analyst, 'query($id: ID!) { customer(id: $id) { email name tier } }', { id: opened.data.createTicket.customer.id });
    const reads = await entriesBy('tickets', (entry) => entry.action === 'pii.read' && entry.actorSubject === 'audit-analyst@support.local');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ targetType: 'customer', targetId: opened.data.createTicket.customer.id });
    expect(JSON.parse(reads[0]!.details)).toMatchObject({ fields: ['customer.email', 'customer.name'], masked: true });
  });

  it('records every AI run and LLM call in the agents chain: agent, version, model, hashes, cost, decision', async () => {
    const agent = await fixture.token('agent', 'audit-agent@support.local');
    // An article to ground the draft in: without one the reply agent answers with a holding reply and no LLM call.
    const article = await fixture.graphql(admin, 'mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', {
      i: { title: 'Card declined at checkout', body: 'When your card is declined at checkout, check the expiry date and the billing address, then try again.' },
    });
    await fixture.graphql(admin, 'mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: article.data.createArticle.id });
    const customer = await fixture.token('customer', 'ai.subject@example.com');
    const opened = await fixture.graphql(customer, OPEN, { i: { subject: 'Card declined at checkout', description: 'My card was declined twice, please help' } });
    const ticketId = opened.data.createTicket.id;
    const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId, agent: 'triage' });
    expect(ran.data.runAgent.status).toBe('SUCCEEDED');
    await fixture.graphql(agent, DRAFT_REPLY, { ticketId });

    const deadline = Date.now() + 10_000;
    let runs: Awaited<ReturnType<typeof readChain>> = [];
    let calls: typeof runs = [];
    while (Date.now() < deadline) {
      const chain = await readChain(fixture, admin, 'agents');
      runs = chain.filter((entry) => entry.action.startsWith('agent_run.') && JSON.parse(entry.details).ticketId === ticketId);
      calls = chain.filter((entry) => entry.action === 'llm.call');
      if (runs.some((entry) => JSON.parse(entry.details).agent === 'reply-drafting') && calls.length > 0) break;
      await new Promise((resolveLater) => setTimeout(resolveLater, 50));
    }
    const triage = runs.find((entry) => entry.targetId === ran.data.runAgent.id);
    expect(triage?.action).toBe('agent_run.succeeded');
    expect(JSON.parse(triage!.details)).toMatchObject({ agent: 'triage', inputSha256: expect.stringMatching(/^[0-9a-f]{64}$/), outputSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.parse(triage!.details)).toHaveProperty('costUsd');
    expect(JSON.parse(triage!.details)).toHaveProperty('decision');
    expect(calls.length).toBeGreaterThan(0);
    expect(JSON.parse(calls[0]!.details)).toMatchObject({ purpose: expect.any(String), model: expect.any(String), inputSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const text = JSON.stringify([...runs, ...calls]);
    expect(text).not.toContain('declined twice');
    expect(text).not.toContain('ai.subject@example.com');
  });
});

describe('who may read the audit log', () => {
  it.each(['agent', 'lead', 'analyst', 'customer', 'service'] as const)('%s gets FORBIDDEN', async (role) => {
    const response = await fixture.graphql(await fixture.token(role), AUDIT_LOG, { service: 'tickets', first: 5 });
    expect(errorCodes(response)).toContain('FORBIDDEN');
    expect(response.data?.auditLog ?? null).toBeNull();
  });

  it('an admin pages through a chain whose links hold together', async () => {
    const entries = await readChain(fixture, admin, 'tickets');
    expect(entries.map((entry) => entry.sequence)).toEqual(entries.map((_entry, index) => index + 1));
  });
});

describe('npm run audit:verify', () => {
  async function copyOfTicketsChain(): Promise<{ dataDir: string; file: string; anchor: string }> {
    // Enough entries to tamper with in the middle.
    for (let i = 0; i < 5; i += 1) await fixture.graphql(admin, 'mutation($n: String!) { createTeam(name: $n) { id } }', { n: `verify-team-${Date.now()}-${i}` });
    const copy = copyChain(fixture.config.DATA_DIR, 'tickets');
    copies.push(copy.dataDir);
    return copy;
  }

  it('exits 0 with a JSON summary when nothing was touched', async () => {
    const { dataDir } = await copyOfTicketsChain();
    const result = await auditVerify(dataDir);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.ok).toBe(true);
    expect(summary.chains[0]).toMatchObject({ ok: true, service: 'tickets', entries: expect.any(Number) });
  });

  it('names the first altered entry and exits non-zero', async () => {
    const { dataDir, file } = await copyOfTicketsChain();
    tamper(file, `update audit_entries set details = '{"name":"Someone else"}' where sequence = 3`);
    const result = await auditVerify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/tickets is broken at sequence 3: hash does not match the contents/);
  });

  it('names a removed entry', async () => {
    const { dataDir, file } = await copyOfTicketsChain();
    tamper(file, 'delete from audit_entries where sequence = 4');
    const result = await auditVerify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/tickets is broken at sequence 4: entry 4 is missing/);
  });

  it('names the first of two swapped entries', async () => {
    const { dataDir, file } = await copyOfTicketsChain();
    // Swap the contents of entries 2 and 3, keeping their sequence numbers (and so their position).
    const columns = ['time', 'service', 'actor_subject', 'actor_role', 'action', 'target_type', 'target_id', 'details', 'previous_hash', 'hash'];
    const swap = columns.map((column) => `${column} = (select ${column} from audit_entries other where other.sequence = 5 - audit_entries.sequence)`).join(', ');
    tamper(file, `update audit_entries set ${swap} where sequence in (2, 3)`);
    const result = await auditVerify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/tickets is broken at sequence 2: previous hash does not link/);
  });

  it('names reordered sequence numbers', async () => {
    const { dataDir, file } = await copyOfTicketsChain();
    tamper(file, 'update audit_entries set sequence = -sequence where sequence in (2, 3); update audit_entries set sequence = 3 where sequence = -2; update audit_entries set sequence = 2 where sequence = -3;');
    const result = await auditVerify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/tickets is broken at sequence 2/);
  });

  it('catches a rewrite whose every later hash was recomputed: the entry no longer matches the signed anchor (issue 11, finding 10)', async () => {
    const { dataDir, file } = await copyOfTicketsChain();
    rewriteAndRehash(file, 3, { name: 'Someone else' });
    const result = await auditVerify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/tickets is broken at sequence \d+: entry \d+ does not match its signed anchor/);
  });

  it('catches a cut tail: fewer entries than the signed anchor names', async () => {
    const { dataDir, file, anchor } = await copyOfTicketsChain();
    const anchored = (JSON.parse(readFileSync(anchor, 'utf8')) as { sequence: number }).sequence;
    tamper(file, `delete from audit_entries where sequence > ${anchored - 2}`);
    const result = await auditVerify(dataDir);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`tickets is broken at sequence ${anchored - 1}: entries after ${anchored - 2} were removed`));
  });

  it('refuses an anchor that was edited to match, and a chain whose anchor was deleted', async () => {
    const forged = await copyOfTicketsChain();
    const anchor = JSON.parse(readFileSync(forged.anchor, 'utf8')) as { sequence: number };
    tamper(forged.file, `delete from audit_entries where sequence > ${anchor.sequence - 2}`);
    writeFileSync(forged.anchor, JSON.stringify({ ...anchor, sequence: anchor.sequence - 2 }));
    const forgedResult = await auditVerify(forged.dataDir);
    expect(forgedResult.code).not.toBe(0);
    expect(forgedResult.stderr).toMatch(/the signed anchor of this chain is not authentic/);

    const deleted = await copyOfTicketsChain();
    removeFile(deleted.anchor);
    const deletedResult = await auditVerify(deleted.dataDir);
    expect(deletedResult.code).not.toBe(0);
    expect(deletedResult.stderr).toMatch(/no signed anchor for this chain/);
  });
});
