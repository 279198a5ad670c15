import { getIntrospectionQuery } from 'graphql';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { CREATE_TICKET } from './support/ticket-operations.js';

/** A subject that must never appear in a refused response. */
const SECRET_SUBJECT = 'Secret refund for order 4711';

interface RawResponse {
  readonly status: number;
  readonly text: string;
  readonly headers: Headers;
}

async function post(url: string, token: string | undefined, body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

function codesOf(text: string): unknown[] {
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
  return (body.errors ?? []).map((error) => error.extensions?.code);
}

describe('operation limits at the gateway', () => {
  let fixture: PlatformFixture;
  let agent: string;
  let ticketId: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    agent = await fixture.token('agent');
    const created = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: SECRET_SUBJECT, description: 'Refund due', customer: { email: 'limits@example.com', name: 'Lim' } },
    });
    ticketId = created.data.createTicket.id;
  });
  afterAll(() => fixture.stop());

  async function expectRefused(query: string, code: string, variables: Record<string, unknown> = {}): Promise<void> {
    const response = await fixture.graphql(agent, query, { id: ticketId, ...variables });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual([code]);
    expect(response.data ?? null).toBeNull();
    expect(response.text).not.toContain(SECRET_SUBJECT);
  }

  it('still answers an ordinary operation', async () => {
    const response = await fixture.graphql(agent, 'query($id: ID!) { ticket(id: $id) { subject messages { body } } }', { id: ticketId });
    expect(response.data.ticket.subject).toBe(SECRET_SUBJECT);
  });

  it('refuses a depth bomb with QUERY_TOO_DEEP', async () => {
    const nested = 'similarTickets(first: 1) { ticket { '.repeat(6);
    await expectRefused(`query($id: ID!) { ticket(id: $id) { ${nested} subject ${'} } '.repeat(6)} } }`, 'QUERY_TOO_DEEP');
  });

  it('refuses an alias bomb with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 200 }, (_, index) => `a${index}: subject`).join(' ');
    await expectRefused(`query($id: ID!) { ticket(id: $id) { ${aliases} } }`, 'TOO_MANY_ALIASES');
  });

  it('refuses a cost bomb with QUERY_TOO_COSTLY, also when the page size comes in a variable', async () => {
    await expectRefused(
      'query($id: ID!) { tickets(first: 100) { edges { node { messages { body } history { field } similarTickets(first: 50) { ticket { subject } } } } } ticket(id: $id) { id } }',
      'QUERY_TOO_COSTLY',
    );
    await expectRefused('query($id: ID!, $n: Int!) { ticket(id: $id) { id } tickets(first: $n) { edges { node { subject messages { body } } } } }', 'QUERY_TOO_COSTLY', { n: 1000 });
  });

  it('refuses too many root fields with TOO_MANY_ROOT_FIELDS', async () => {
    const roots = Array.from({ length: 11 }, (_, index) => `t${index}: ticket(id: $id) { id }`).join(' ');
    const elevenRoots = `query($id: ID!) { ${roots} }`;
    // Root fields are checked before aliases: eleven aliased roots are refused for being eleven roots.
    await expectRefused(elevenRoots, 'TOO_MANY_ROOT_FIELDS');
  });

  it('refuses a token bomb while parsing, before validation', async () => {
    const response = await fixture.graphql(agent, `query($id: ID!) { ticket(id: $id) { ${'id '.repeat(6000)} } }`, { id: ticketId });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(response.text).not.toContain(SECRET_SUBJECT);
  });

  it('runs a small batch and refuses an oversized one with BATCH_TOO_LARGE', async () => {
    const query = { query: 'query($id: ID!) { ticket(id: $id) { number } }', variables: { id: ticketId } };
    const small = await post(fixture.gatewayUrl, agent, [query, query]);
    expect(small.status).toBe(200);
    expect((JSON.parse(small.text) as unknown[]).length).toBe(2);

    const oversized = await post(fixture.gatewayUrl, agent, Array.from({ length: 11 }, () => ({ ...query, query: 'query($id: ID!) { ticket(id: $id) { subject } }' })));
    expect(oversized.status).toBe(400);
    expect(codesOf(oversized.text)).toEqual(['BATCH_TOO_LARGE']);
    expect(oversized.text).not.toContain(SECRET_SUBJECT);
  });

  it('keeps CSRF prevention on: a simple GET or text/plain POST without a preflight header is refused', async () => {
    const query = encodeURIComponent(`{ ticket(id: "${ticketId}") { subject } }`);
    const simpleGet = await fetch(`${fixture.gatewayUrl}?query=${query}`, { headers: { authorization: `Bearer ${agent}` } });
    const getText = await simpleGet.text();
    expect(simpleGet.status).toBe(400);
    expect(getText).toContain('Cross-Site Request Forgery');
    expect(getText).not.toContain(SECRET_SUBJECT);

    const textPlain = await post(fixture.gatewayUrl, agent, JSON.stringify({ query: `{ ticket(id: "${ticketId}") { subject } }` }), { 'content-type': 'text/plain' });
    expect(textPlain.status).toBe(400);
    expect(codesOf(textPlain.text)).toEqual(['BAD_REQUEST']);
    expect(textPlain.text).not.toContain(SECRET_SUBJECT);

    const preflighted = await fetch(`${fixture.gatewayUrl}?query=${query}`, { headers: { authorization: `Bearer ${agent}`, 'apollo-require-preflight': 'true' } });
    expect(await preflighted.text()).toContain(SECRET_SUBJECT);
  });
});

describe('introspection and suggestions in production', () => {
  let fixture: PlatformFixture;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ NODE_ENV: 'production' });
  });
  afterAll(() => fixture.stop());

  const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

  it('refuses introspection to an agent with INTROSPECTION_DISABLED, also hidden in a fragment', async () => {
    const agent = await fixture.token('agent');
    for (const query of [INTROSPECTION, '{ ...Q } fragment Q on Query { __type(name: "Ticket") { fields { name } } }']) {
      const response = await fixture.graphql(agent, query);
      expect(response.status).toBe(400);
      expect(errorCodes(response)).toEqual(['INTROSPECTION_DISABLED']);
      expect(response.data ?? null).toBeNull();
      expect(response.text).not.toContain('TicketConnection');
    }
    expect((await fixture.graphql(agent, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('lets an analyst and an admin introspect', async () => {
    for (const role of ['analyst', 'admin'] as const) {
      const response = await fixture.graphql(await fixture.token(role), INTROSPECTION);
      expect(response.status).toBe(200);
      expect(response.data.__schema.types.map((type: { name: string }) => type.name)).toContain('TicketConnection');
    }
  });

  it('answers the full introspection query GraphiQL sends (15 levels deep) to an analyst, and still refuses an ofType bomb', async () => {
    const analyst = await fixture.token('analyst');
    const full = await fixture.graphql(analyst, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(full.status).toBe(200);
    expect(full.errors).toBeUndefined();
    expect(full.data.__schema.types.map((type: { name: string }) => type.name)).toContain('TicketConnection');

    const bomb = `{ __type(name: "Ticket") { ${'ofType { '.repeat(30)} name ${'} '.repeat(30)} } }`;
    const refused = await fixture.graphql(analyst, bomb);
    expect(refused.status).toBe(400);
    expect(errorCodes(refused)).toEqual(['QUERY_TOO_DEEP']);
  });

  it('gives no "Did you mean" hints', async () => {
    const response = await fixture.graphql(await fixture.token('agent'), '{ tickts { totalCount } }');
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.text).not.toMatch(/did you mean/i);
  });
});
