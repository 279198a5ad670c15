import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readChain } from './support/audit-operations.js';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';

const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role active teams { name } } }';
const CREATE_TEAM = 'mutation($name: String!) { createTeam(name: $name) { id name } }';
const ADD_TO_TEAM = 'mutation($u: ID!, $t: ID!) { addUserToTeam(userId: $u, teamId: $t) { id teams { name } } }';
const DEACTIVATE = 'mutation($u: ID!) { deactivateUser(userId: $u) { id active } }';
const CREATE_KEY = 'mutation($name: String!) { createApiKey(name: $name) { key apiKey { id name prefix revokedAt } } }';
const REVOKE_KEY = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const LIST_KEYS = '{ apiKeys { id name prefix revokedAt } }';

/** The partner's persisted "list tickets" operation, by its manifest id, the way a partner calls it. */
function partnerTicketsRequest(): { documentId: string } {
  const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-query-manifest.json', import.meta.url), 'utf8')) as {
    operations: { id: string; name: string; body: string }[];
  };
  const operation = manifest.operations.find((candidate) => candidate.name === 'PartnerTickets');
  if (!operation) throw new Error('PartnerTickets is not in the manifest');
  expect(createHash('sha256').update(operation.body).digest('hex')).toBe(operation.id);
  return { documentId: `sha256:${operation.id}` };
}

async function asPartner(fixture: PlatformFixture, key: string) {
  const response = await fetch(fixture.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ ...partnerTicketsRequest(), variables: { first: 5 } }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

describe('users, teams and partner API keys', () => {
  let fixture: PlatformFixture;
  let admin: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
    admin = await fixture.token('admin', 'root@support.local');
  });
  afterAll(() => fixture.stop());

  it('lets an admin invite users into teams, and nobody else', async () => {
    const team = await fixture.graphql(admin, CREATE_TEAM, { name: 'Billing' });
    expect(team.errors).toBeUndefined();
    const invited = await fixture.graphql(admin, INVITE, { input: { email: 'Kim@Support.local', name: 'Kim', role: 'agent' } });
    expect(invited.data.inviteUser).toMatchObject({ email: 'kim@support.local', role: 'agent', active: true, teams: [] });
    const joined = await fixture.graphql(admin, ADD_TO_TEAM, { u: invited.data.inviteUser.id, t: team.data.createTeam.id });
    expect(joined.data.addUserToTeam.teams).toEqual([{ name: 'Billing' }]);

    const lead = await fixture.token('lead');
    const refused = await fixture.graphql(lead, INVITE, { input: { email: 'x@support.local', name: 'X', role: 'admin' } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.data?.inviteUser ?? null).toBeNull();
    const duplicate = await fixture.graphql(admin, INVITE, { input: { email: 'kim@support.local', name: 'Kim again', role: 'lead' } });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    const badRole = await fixture.graphql(admin, INVITE, { input: { email: 'c@support.local', name: 'C', role: 'customer' } });
    expect(errorCodes(badRole)).toEqual(['BAD_USER_INPUT']);
  });

  it('takes the role from the user record, not from the token, and stops a deactivated user at once', async () => {
    const invited = await fixture.graphql(admin, INVITE, { input: { email: 'lee@support.local', name: 'Lee', role: 'agent' } });
    const userId = invited.data.inviteUser.id;
    // Lee's token claims admin; the record says agent, so admin work is refused.
    const leeClaimingAdmin = await fixture.token('admin', 'lee@support.local');
    const escalation = await fixture.graphql(leeClaimingAdmin, CREATE_TEAM, { name: 'Lee team' });
    expect(errorCodes(escalation)).toEqual(['FORBIDDEN']);
    const works = await fixture.graphql(leeClaimingAdmin, '{ tickets(first: 1) { totalCount } }');
    expect(works.errors).toBeUndefined();

    await fixture.graphql(admin, DEACTIVATE, { u: userId });
    const after = await fixture.graphql(leeClaimingAdmin, '{ tickets(first: 1) { totalCount } }');
    expect(after.status).toBe(401);
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    expect(after.data ?? null).toBeNull();
  });

  it('issues partner keys shown once, stored as hashes, and revoked at once', async () => {
    const created = await fixture.graphql(admin, CREATE_KEY, { name: 'acme' });
    const { key, apiKey } = created.data.createApiKey;
    expect(key).toMatch(/^sgk_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const listed = await fixture.graphql(admin, LIST_KEYS);
    expect(listed.text).not.toContain(key);
    expect(readFileSync(`${fixture.config.DATA_DIR}/directory.sqlite`).includes(Buffer.from(key))).toBe(false);

    const ok = await asPartner(fixture, key);
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const freeForm = await fetch(fixture.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query: '{ tickets(first: 1) { totalCount } }' }),
    });
    expect(((await freeForm.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PERSISTED_QUERY_REQUIRED');

    await fixture.graphql(admin, REVOKE_KEY, { id: apiKey.id });
    const revoked = await asPartner(fixture, key);
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await asPartner(fixture, 'sgk_not-a-real-key');
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('prints a working key from `npm run -s apikey -- --name`', async () => {
    const output = execFileSync(process.execPath, ['scripts/dist/apikey.js', '--name', 'globex'], {
      env: { ...process.env, DATA_DIR: fixture.config.DATA_DIR, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    const key = output.trim();
    expect(key).toMatch(/^sgk_/);
    expect((await asPartner(fixture, key)).status).toBe(200);
    const listed = await fixture.graphql(admin, LIST_KEYS);
    expect(listed.data.apiKeys.map((entry: { name: string }) => entry.name)).toContain('globex');
    // Audited like the createApiKey mutation, with the CLI as actor.
    const created = (await readChain(fixture, admin, 'tickets')).filter((entry) => entry.action === 'directory.api_key_created' && entry.actorRole === 'cli');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ actorSubject: 'cli', targetType: 'api_key' });
    expect(JSON.parse(created[0]!.details)).toMatchObject({ name: 'globex' });
  });

  it("lists a team's queue: the tickets assigned to its members", async () => {
    const team = await fixture.graphql(admin, CREATE_TEAM, { name: 'Returns' });
    const member = await fixture.graphql(admin, INVITE, { input: { email: 'ola@support.local', name: 'Ola', role: 'agent', teamIds: [team.data.createTeam.id] } });
    const outsider = await fixture.graphql(admin, INVITE, { input: { email: 'pat@support.local', name: 'Pat', role: 'agent' } });
    const assignNew = async (subject: string, userId: string) => {
      const created = await fixture.graphql(admin, 'mutation($s: String!) { createTicket(input: { subject: $s, description: "d", customer: { email: "q@example.com" } }) { id } }', { s: subject });
      await fixture.graphql(admin, 'mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { id } }', { id: created.data.createTicket.id, a: userId });
    };
    await assignNew('Team ticket', member.data.inviteUser.id);
    await assignNew('Other ticket', outsider.data.inviteUser.id);
    const queue = await fixture.graphql(admin, 'query($t: ID!) { tickets(filter: { teamId: $t }) { totalCount edges { node { subject } } } }', { t: team.data.createTeam.id });
    expect(queue.data.tickets).toEqual({ totalCount: 1, edges: [{ node: { subject: 'Team ticket' } }] });
    const badTeam = await fixture.graphql(admin, '{ tickets(filter: { teamId: "nope" }) { totalCount } }');
    expect(errorCodes(badTeam)).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves Ticket.assignee to the user', async () => {
    const invited = await fixture.graphql(admin, INVITE, { input: { email: 'max@support.local', name: 'Max', role: 'agent' } });
    const created = await fixture.graphql(admin, 'mutation { createTicket(input: { subject: "Assign me", description: "d", customer: { email: "a@example.com" } }) { id } }');
    const assigned = await fixture.graphql(admin, 'mutation($id: ID!, $a: ID) { assignTicket(id: $id, assigneeId: $a) { assignee { name email } } }', {
      id: created.data.createTicket.id,
      a: invited.data.inviteUser.id,
    });
    expect(assigned.data.assignTicket.assignee).toEqual({ name: 'Max', email: 'max@support.local' });
  });

  it('keeps the internal directory lookups out of the public API', async () => {
    const response = await fixture.graphql(admin, '{ directoryIdentity(email: "kim@support.local") { role } }');
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
