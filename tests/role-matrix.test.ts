import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType } from 'graphql';
import { IDENTITY_HEADER, resolveInternalSigningKey, ROLES, signIdentityHeader, type Role } from '@support-graph/runtime';
import { PlatformFixture, type GraphQLResponse } from './support/platform-fixture.js';
import { readRoleMatrix, type MatrixRow } from './support/role-matrix.js';

/**
 * Generated from the role matrix in docs/security.md: every cell is checked through the gateway,
 * as that role, and every field of the covered subgraphs must have a row.
 */
const matrix = readRoleMatrix();
const COVERED_SUBGRAPHS = ['tickets'];
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

const CUSTOMER_EMAIL = 'matrix-customer@example.com';
/** Personal data the fixtures put into tickets; a masked field must show none of it. */
const PII_LITERALS = [CUSTOMER_EMAIL, 'agent@support.local', 'matrix-user@support.local', '"Matrix User"', '4111 1111 1111 1111', '415 555 0100', '"matrix-customer"'];
const PARTNER = 'acme-integration';

interface Fixtures {
  ownTicket: string;
  partnerTicket: string;
  customerId: string;
  userId: string;
  teamId: string;
}

let fixture: PlatformFixture;
let signingKey: Buffer;
const tokens = {} as Record<Role, string>;

/**
 * Sends a document as `role`. Partners may only run persisted operations at the gateway (tested in
 * tests/persisted-operations*.test.ts), so their field rules are checked at the subgraph itself,
 * with the identity the gateway would forward.
 */
function send(role: Role, query: string, variables: Record<string, unknown> = {}, atSubgraph = false): Promise<GraphQLResponse> {
  if (role !== 'partner' && !atSubgraph) return fixture.graphql(tokens[role], query, variables);
  const header = signIdentityHeader({ subject: subjectFor(role), role }, signingKey);
  return fixture.graphql(undefined, query, variables, { url: fixture.subgraphUrl('tickets'), headers: { [IDENTITY_HEADER]: header } });
}
const fixtures = {} as Fixtures;

function subjectFor(role: Role): string {
  if (role === 'customer') return CUSTOMER_EMAIL;
  if (role === 'partner') return PARTNER;
  return `${role}@support.local`;
}

/** Selection of an object field: the smallest sub-selection that reaches it. */
const OBJECT_SELECTION: Record<string, string> = {
  'Ticket.customer': '{ id }',
  'Ticket.messages': '{ id }',
  'Ticket.history': '{ field }',
  'TicketConnection.edges': '{ cursor }',
  'TicketConnection.pageInfo': '{ hasNextPage }',
  'TicketEdge.node': '{ id }',
  'Ticket.assignee': '{ id }',
  'User.teams': '{ id }',
  'Team.members': '{ id }',
  'CreatedApiKey.apiKey': '{ id }',
};

let uniqueName = 0;
/** A name no earlier case used, for mutations that create something unique. */
function unique(prefix: string): string {
  uniqueName += 1;
  return `${prefix}-${uniqueName}`;
}

/** Where each type is reached from a root field, as a query wrapping `inner`, and the path to it. */
function reach(row: MatrixRow, ticketId: string): { query: string; variables: Record<string, unknown>; path: string[] } {
  const leaf = `${row.field} ${OBJECT_SELECTION[`${row.type}.${row.field}`] ?? ''}`;
  const byTicket = (inner: string, path: string[]) => ({ query: `query($id: ID!) { ticket(id: $id) { ${inner} } }`, variables: { id: ticketId }, path: ['ticket', ...path] });
  switch (row.type) {
    case 'Ticket':
      return byTicket(leaf, [row.field]);
    case 'Customer':
      return byTicket(`customer { ${leaf} }`, ['customer', row.field]);
    case 'TicketMessage':
      return byTicket(`messages { ${leaf} }`, ['messages', '*', row.field]);
    case 'TicketHistoryEntry':
      return byTicket(`history { ${leaf} }`, ['history', '*', row.field]);
    case 'TicketConnection':
      return { query: `{ tickets(first: 2) { ${leaf} } }`, variables: {}, path: ['tickets', row.field] };
    case 'TicketEdge':
      return { query: `{ tickets(first: 2) { edges { ${leaf} } } }`, variables: {}, path: ['tickets', 'edges', '*', row.field] };
    case 'PageInfo':
      return { query: `{ tickets(first: 2) { pageInfo { ${leaf} } } }`, variables: {}, path: ['tickets', 'pageInfo', row.field] };
    case 'User':
      return byTicket(`assignee { ${leaf} }`, ['assignee', row.field]);
    case 'Team':
      return { query: `{ teams { ${leaf} } }`, variables: {}, path: ['teams', '*', row.field] };
    case 'ApiKey':
      return { query: `{ apiKeys { ${leaf} } }`, variables: {}, path: ['apiKeys', '*', row.field] };
    case 'CreatedApiKey':
      return { query: `mutation($n: String!) { createApiKey(name: $n) { ${leaf} } }`, variables: { n: unique('matrix-key') }, path: ['createApiKey', row.field] };
    case 'DirectoryIdentity':
      return { query: `query($e: String!) { directoryIdentity(email: $e) { ${leaf} } }`, variables: { e: 'matrix-user@support.local' }, path: ['directoryIdentity', row.field] };
    default:
      throw new Error(`the role matrix test does not know how to reach ${row.type}`);
  }
}

/** True when an error's path starts with `path` (`*` matches a list index) or with a prefix of it (a denied parent). */
function errorAt(response: GraphQLResponse, path: string[], code: string): boolean {
  return (response.errors ?? []).some((error) => {
    if (error.extensions?.['code'] !== code || !error.path) return false;
    const errorPath = error.path.map(String);
    const length = Math.min(errorPath.length, path.length);
    return errorPath.slice(0, length).every((segment, index) => path[index] === '*' || path[index] === segment);
  });
}

function valuesAt(data: unknown, path: string[]): unknown[] {
  let current: unknown[] = [data];
  for (const segment of path) {
    current = current.flatMap((value) => {
      if (value === null || value === undefined) return [];
      if (segment === '*') return Array.isArray(value) ? value : [];
      return [(value as Record<string, unknown>)[segment]];
    });
  }
  return current;
}

/** A user no other case touches, created by the admin, for mutations that change a user. */
async function freshUser(): Promise<string> {
  const invited = await fixture.graphql(tokens.admin, 'mutation($e: String!) { inviteUser(input: { email: $e, name: "Fresh", role: "agent" }) { id } }', {
    e: `${unique('fresh')}@support.local`,
  });
  return invited.data.inviteUser.id;
}

async function freshTicketFor(customerEmail: string): Promise<{ id: string }> {
  const created = await fixture.graphql(tokens.agent, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
    i: { subject: 'Matrix mutation target', description: 'fresh ticket', customer: { email: customerEmail } },
  });
  return created.data.createTicket;
}

/** The mutation a row names, made legal for the data so that only the role decides. */
async function mutationFor(row: MatrixRow, role: Role): Promise<{ query: string; variables: Record<string, unknown> }> {
  const ticket = role === 'partner' ? { id: fixtures.partnerTicket } : await freshTicketFor(CUSTOMER_EMAIL);
  switch (row.field) {
    case 'createTicket':
      return {
        query: 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }',
        variables: { i: { subject: 'Matrix create', description: 'by role', ...(role === 'customer' ? {} : { customer: { email: 'someone@example.com' } }) } },
      };
    case 'addMessage':
      return { query: 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "matrix hello" }) { id } }', variables: { id: ticket.id } };
    case 'changeTicketStatus':
      return { query: 'mutation($id: ID!) { changeTicketStatus(id: $id, status: OPEN) { id } }', variables: { id: ticket.id } };
    case 'assignTicket':
      return { query: 'mutation($id: ID!) { assignTicket(id: $id, assigneeId: "agent-1") { id } }', variables: { id: ticket.id } };
    case 'updateTicket':
      return { query: 'mutation($id: ID!) { updateTicket(id: $id, input: { version: 1, category: "matrix" }) { id } }', variables: { id: ticket.id } };
    case 'inviteUser':
      return { query: 'mutation($e: String!) { inviteUser(input: { email: $e, name: "Invitee", role: "agent" }) { id } }', variables: { e: `${unique('invitee')}@support.local` } };
    case 'changeUserRole':
      return { query: 'mutation($u: ID!) { changeUserRole(userId: $u, role: "lead") { id } }', variables: { u: await freshUser() } };
    case 'addUserToTeam':
      return { query: 'mutation($u: ID!, $t: ID!) { addUserToTeam(userId: $u, teamId: $t) { id } }', variables: { u: await freshUser(), t: fixtures.teamId } };
    case 'deactivateUser':
      return { query: 'mutation($u: ID!) { deactivateUser(userId: $u) { id } }', variables: { u: await freshUser() } };
    case 'createTeam':
      return { query: 'mutation($n: String!) { createTeam(name: $n) { id } }', variables: { n: unique('team') } };
    case 'createApiKey':
      return { query: 'mutation($n: String!) { createApiKey(name: $n) { key } }', variables: { n: unique('key') } };
    case 'revokeApiKey': {
      const created = await fixture.graphql(tokens.admin, 'mutation($n: String!) { createApiKey(name: $n) { apiKey { id } } }', { n: unique('revocable') });
      return { query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', variables: { id: created.data.createApiKey.apiKey.id } };
    }
    default:
      throw new Error(`the role matrix test has no mutation for ${row.field}`);
  }
}

/** Rows with an `internal` cell are not in the public API: every cell is checked at the subgraph. */
function isInternal(row: MatrixRow): boolean {
  return Object.values(row.cells).includes('internal');
}

async function request(row: MatrixRow, role: Role, ticketId: string) {
  if (isInternal(row)) {
    const internal: Record<string, string> = {
      'Query.directoryIdentity': 'query($e: String!) { directoryIdentity(email: $e) { role } }',
      'Query.apiKeyPartner': 'query($e: String!) { apiKeyPartner(key: $e) }',
    };
    const { query, variables, path } = internal[`${row.type}.${row.field}`]
      ? { query: internal[`${row.type}.${row.field}`] ?? '', variables: { e: 'matrix-user@support.local' }, path: [row.field] }
      : reach(row, ticketId);
    return { response: await send(role, query, variables, true), path };
  }
  if (row.type === 'Mutation') {
    const { query, variables } = await mutationFor(row, role);
    return { response: await send(role, query, variables), path: [row.field] };
  }
  if (row.type === 'Query') {
    const queries: Record<string, { query: string; variables: Record<string, unknown> }> = {
      ticket: { query: 'query($id: ID!) { ticket(id: $id) { id } }', variables: { id: ticketId } },
      tickets: { query: '{ tickets(first: 1) { totalCount } }', variables: {} },
      customer: { query: 'query($id: ID!) { customer(id: $id) { id } }', variables: { id: fixtures.customerId } },
      users: { query: '{ users { id } }', variables: {} },
      user: { query: 'query($id: ID!) { user(id: $id) { id } }', variables: { id: fixtures.userId } },
      teams: { query: '{ teams { id } }', variables: {} },
      apiKeys: { query: '{ apiKeys { id } }', variables: {} },
    };
    const entry = queries[row.field];
    if (!entry) throw new Error(`the role matrix test has no query for ${row.field}`);
    return { response: await send(role, entry.query, entry.variables), path: [row.field] };
  }
  const { query, variables, path } = reach(row, ticketId);
  return { response: await send(role, query, variables), path };
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' });
  signingKey = await resolveInternalSigningKey(fixture.config);
  for (const role of ROLES) tokens[role] = await fixture.token(role, subjectFor(role));
  const own = await fixture.graphql(tokens.customer, 'mutation { createTicket(input: { subject: "Matrix own", description: "Call me at +1 415 555 0100" }) { id customer { id } } }');
  fixtures.ownTicket = own.data.createTicket.id;
  fixtures.customerId = own.data.createTicket.customer.id;
  await fixture.graphql(tokens.agent, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "Reply to matrix-customer@example.com" }) { id } }', { id: fixtures.ownTicket });
  await fixture.graphql(tokens.agent, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "internal note", internal: true }) { id } }', { id: fixtures.ownTicket });
  await fixture.graphql(tokens.customer, 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "my card is 4111 1111 1111 1111" }) { id } }', { id: fixtures.ownTicket });
  const partner = await send('partner', 'mutation { createTicket(input: { subject: "From acme", description: "sync", customer: { email: "acme-user@example.com", name: "Acme User" } }) { id } }');
  fixtures.partnerTicket = partner.data.createTicket.id;
  const team = await fixture.graphql(tokens.admin, 'mutation { createTeam(name: "Matrix team") { id } }');
  fixtures.teamId = team.data.createTeam.id;
  const user = await fixture.graphql(tokens.admin, 'mutation($t: [ID!]) { inviteUser(input: { email: "matrix-user@support.local", name: "Matrix User", role: "agent", teamIds: $t }) { id } }', { t: [fixtures.teamId] });
  fixtures.userId = user.data.inviteUser.id;
  for (const id of [fixtures.ownTicket]) {
    await fixture.graphql(tokens.admin, 'mutation($id: ID!, $u: ID) { assignTicket(id: $id, assigneeId: $u) { id } }', { id, u: fixtures.userId });
  }
  await fixture.graphql(tokens.admin, 'mutation($id: ID!, $u: ID) { assignTicket(id: $id, assigneeId: $u) { id } }', { id: fixtures.partnerTicket, u: fixtures.userId });
  await fixture.graphql(tokens.admin, 'mutation { createApiKey(name: "matrix-listed") { key } }');
  await send('partner', 'mutation($id: ID!) { addMessage(ticketId: $id, input: { body: "partner message" }) { id } }', { id: fixtures.partnerTicket });
});
afterAll(() => fixture?.stop());

describe('internal fields are not in the public API', () => {
  it.each(matrix.filter(isInternal).filter((row) => row.type === 'Query'))('$type.$field is refused by the gateway for every role', async (row) => {
    for (const role of ROLES.filter((candidate) => candidate !== 'partner')) {
      const response = await fixture.graphql(tokens[role], `{ ${row.field}(${row.field === 'apiKeyPartner' ? 'key' : 'email'}: "x") ${row.field === 'apiKeyPartner' ? '' : '{ role }'} }`);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('the role matrix covers every field', () => {
  it.each(COVERED_SUBGRAPHS)('every field of the %s subgraph has a row', (name) => {
    const sdl = readFileSync(new URL(`../schema/${name}.graphql`, import.meta.url), 'utf8');
    const schema = buildSchema(sdl, { assumeValidSDL: true });
    const documented = new Set(matrix.map((row) => `${row.type}.${row.field}`));
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('_') || type.name.startsWith('__')) continue;
      for (const field of Object.keys(type.getFields())) {
        if (!FEDERATION_FIELDS.has(field) && !documented.has(`${type.name}.${field}`)) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

const cases = matrix.flatMap((row) => ROLES.map((role) => [`${row.type}.${row.field}`, role, row.cells[role], row] as const));

describe.each(cases)('%s as %s is %s', (_name, role, cell, row) => {
  it('behaves as documented', async () => {
    const ticketId = role === 'partner' ? fixtures.partnerTicket : fixtures.ownTicket;
    const { response, path } = await request(row, role, ticketId);
    if (cell === 'deny') {
      expect(errorAt(response, path, 'FORBIDDEN')).toBe(true);
      expect(valuesAt(response.data, path).filter((value) => value !== null && value !== undefined)).toEqual([]);
      return;
    }
    const forbidden = (response.errors ?? []).filter((error) => error.extensions?.['code'] === 'FORBIDDEN');
    expect(forbidden).toEqual([]);
    expect(response.errors ?? []).toEqual([]);
    const values = valuesAt(response.data, path);
    expect(values.length).toBeGreaterThan(0);
    if (cell === 'mask') {
      const body = JSON.stringify(values);
      for (const literal of PII_LITERALS) expect(body).not.toContain(literal);
      expect(values.some((value) => typeof value === 'string' && /\*\*\*|\[[A-Z]+\]/.test(value))).toBe(true);
    }
    if (cell === 'integration') {
      // Allowed on the partner's own ticket (above); refused on anyone else's.
      const elsewhere = reach(row, fixtures.ownTicket);
      const other = await send('partner', elsewhere.query, elsewhere.variables);
      expect(errorAt(other, elsewhere.path, 'FORBIDDEN')).toBe(true);
    }
  });
});
