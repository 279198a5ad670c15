import { SUBGRAPHS } from '@support-graph/gateway';
import { ConfigError, createDomainEvent, loadConfig } from '@support-graph/runtime';
import { FIXTURE_PING, fixtureSubgraph } from './fixture-subgraph/fixture-subgraph.js';
import { errorCodes, PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, type SubscriptionClient } from './support/subscription-client.js';

/**
 * "A new subgraph is a folder plus one line": a fixture subgraph's descriptor added to the list,
 * and nothing else, is validated by the configuration, started and composed by `npm start`'s
 * launcher, served by the gateway (query and subscription), and reached by customer erasure.
 */
const { descriptor, recorder } = fixtureSubgraph();
const WITH_FIXTURE = [...SUBGRAPHS, descriptor];

const ERASE = 'mutation($c: ID!) { eraseCustomer(customerId: $c) { customerId subgraphs { subgraph recordsErased } } }';
const EXPORT = 'query($c: ID!) { exportCustomerData(customerId: $c) }';

describe('the configuration', () => {
  it('validates the new subgraph’s port variable and names it when it is wrong', () => {
    expect(() => loadConfig({ FIXTURE_PORT: 'not-a-port' }, WITH_FIXTURE)).toThrow(ConfigError);
    expect(() => loadConfig({ FIXTURE_PORT: 'not-a-port' }, WITH_FIXTURE)).toThrow(/FIXTURE_PORT/);
    expect(() => loadConfig({ FIXTURE_URL: 'nowhere' }, WITH_FIXTURE)).toThrow(/FIXTURE_URL/);
  });

  it('refuses a subgraph name that cannot prefix a variable', () => {
    expect(() => loadConfig({}, [...WITH_FIXTURE, { name: 'help-desk', defaultPort: 4100 }])).toThrow(/help-desk/);
  });

  it('derives every subgraph’s port and URL from the list, the existing variable names included', () => {
    const config = loadConfig({ FIXTURE_PORT: '4555', FIXTURE_URL: 'http://fixture.internal:4555/graphql', TICKETS_PORT: '5001' }, WITH_FIXTURE);
    expect(config.SUBGRAPH_ENDPOINTS['fixture']).toEqual({ port: 4555, url: 'http://fixture.internal:4555/graphql' });
    expect(config.SUBGRAPH_ENDPOINTS['tickets']).toEqual({ port: 5001, url: undefined });
    expect(config.SUBGRAPH_ENDPOINTS['agents']).toEqual({ port: 4003, url: undefined });
    expect(loadConfig({}, WITH_FIXTURE).SUBGRAPH_ENDPOINTS['fixture']).toEqual({ port: 4099, url: undefined });
  });
});

describe('the platform with one more subgraph in its list', () => {
  let fixture: PlatformFixture;
  const clients: SubscriptionClient[] = [];
  let admin: string;
  let agent: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off' }, WITH_FIXTURE);
    admin = await fixture.token('admin', 'descriptor-admin@support.local');
    agent = await fixture.token('agent', 'descriptor-agent@support.local');
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await fixture?.stop();
  });

  /** A customer with one ticket, which the fixture subgraph holds data about. */
  async function customerWithTicket(email: string): Promise<{ customerId: string; ticketId: string }> {
    const customer = await fixture.token('customer', email);
    const opened = await fixture.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id customer { id } } }', {
      i: { subject: 'Descriptor test', description: 'A ticket for the fixture subgraph', customer: { email, name: 'Fixture Customer' } },
    });
    expect(opened.errors).toBeUndefined();
    const ticketId: string = opened.data.createTicket.id;
    recorder.hold(ticketId);
    return { customerId: opened.data.createTicket.customer.id, ticketId };
  }

  it('starts it beside the others and reports it in /ready', async () => {
    expect([...fixture.platform.subgraphs.keys()]).toEqual([...SUBGRAPHS.map((subgraph) => subgraph.name), 'fixture']);
    const ready = await fetch(fixture.gatewayUrl.replace(/\/graphql$/, '/ready'));
    expect(((await ready.json()) as { subgraphs: Record<string, boolean> }).subgraphs).toMatchObject({ fixture: true });
  });

  it('answers its field through the gateway, with its own field rules', async () => {
    const response = await fixture.graphql(agent, '{ fixtureGreeting }');
    expect(response.errors).toBeUndefined();
    expect(response.data.fixtureGreeting).toBe('hello from the fixture subgraph');
    const customer = await fixture.token('customer', 'descriptor-reader@example.com');
    expect(errorCodes(await fixture.graphql(customer, '{ fixtureGreeting }'))).toContain('FORBIDDEN');
  });

  it('keeps its privacy fields out of the public API', async () => {
    const response = await fixture.graphql(admin, 'mutation { fixtureForgetTickets(ticketIds: []) }');
    expect(errorCodes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves its subscription source over the gateway’s WebSocket', async () => {
    const client = connectSubscriptions(fixture.gatewayUrl, { authorization: `Bearer ${agent}` });
    clients.push(client);
    const live = client.subscribe('subscription { fixturePings { message } }');
    // The stream is open once the subscriber was admitted; publish until the first ping arrives.
    for (let attempt = 0; attempt < 100 && live.results.length === 0 && !live.error; attempt += 1) {
      await fixture.platform.bus.publish(createDomainEvent(FIXTURE_PING, 'fixture', { message: 'ping' }));
      await new Promise((resolveLater) => setTimeout(resolveLater, 50));
    }
    const [first] = await live.waitFor(1);
    expect(live.error).toBeUndefined();
    expect(first).toEqual({ data: { fixturePings: { message: 'ping' } } });
  });

  it('is reached by customer export and erasure, with what it erased reported per subgraph', async () => {
    const { customerId, ticketId } = await customerWithTicket('descriptor-erasable@example.com');
    const exported = await fixture.graphql(admin, EXPORT, { c: customerId });
    expect(exported.errors).toBeUndefined();
    expect(JSON.parse(exported.data.exportCustomerData).fixture).toEqual([{ ticketId }]);

    const erased = await fixture.graphql(admin, ERASE, { c: customerId });
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseCustomer.subgraphs).toEqual(
      expect.arrayContaining([{ subgraph: 'fixture', recordsErased: 1 }, { subgraph: 'knowledge', recordsErased: expect.any(Number) }, { subgraph: 'agents', recordsErased: expect.any(Number) }]),
    );
    expect(recorder.eraseCalls.at(-1)).toEqual([ticketId]);
    expect(recorder.holds(ticketId)).toBe(false);
  });

  it('retries a subgraph that is briefly unavailable', async () => {
    const { customerId, ticketId } = await customerWithTicket('descriptor-retried@example.com');
    recorder.unavailableFor = 1;
    const erased = await fixture.graphql(admin, ERASE, { c: customerId });
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseCustomer.subgraphs).toContainEqual({ subgraph: 'fixture', recordsErased: 1 });
    expect(recorder.unavailableFor).toBe(0);
    expect(recorder.holds(ticketId)).toBe(false);
  });

  it('says which subgraph did not finish, and a second run finishes it', async () => {
    const { customerId, ticketId } = await customerWithTicket('descriptor-incomplete@example.com');
    recorder.unavailableFor = 1_000;
    const failed = await fixture.graphql(admin, ERASE, { c: customerId });
    expect(errorCodes(failed)).toEqual(['ERASURE_INCOMPLETE']);
    expect(failed.errors?.[0]?.extensions?.['pendingSubgraphs']).toEqual(['fixture']);
    expect(recorder.holds(ticketId)).toBe(true);

    recorder.unavailableFor = 0;
    const finished = await fixture.graphql(admin, ERASE, { c: customerId });
    expect(finished.errors).toBeUndefined();
    expect(finished.data.eraseCustomer.subgraphs).toContainEqual({ subgraph: 'fixture', recordsErased: 1 });
    expect(recorder.holds(ticketId)).toBe(false);
  });
});
