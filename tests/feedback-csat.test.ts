import { createDomainEvent, createEventStream, createLogger } from '@support-graph/runtime';
import { PlatformFixture } from './support/platform-fixture.js';
import { connectSubscriptions, eventually } from './support/subscription-client.js';

/** CSAT through the gateway, as the customer answers it on the help page. */
let fixture: PlatformFixture;
let agent: string;
let customer: string;
let otherCustomer: string;

const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
const MOVE = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }';
const SATISFACTION = 'query($id: ID!) { ticket(id: $id) { satisfaction { score comment open changeableUntil surveyLink } } }';
const RATE = 'mutation($t: ID!, $s: Int!, $c: String, $k: String!) { rateTicket(ticketId: $t, score: $s, comment: $c, idempotencyKey: $k) { score comment open } }';

async function resolvedTicket(): Promise<string> {
  const created = await fixture.graphql(customer, CREATE, { i: { subject: 'Card declined', description: 'My card was declined at checkout' } });
  const id: string = created.data.createTicket.id;
  await fixture.graphql(agent, MOVE, { id, s: 'OPEN' });
  await fixture.graphql(agent, MOVE, { id, s: 'RESOLVED' });
  return id;
}

/** The feedback subgraph learns of the resolution through the durable event stream: wait for the survey to open. */
async function surveyOpen(id: string, token = customer): Promise<Record<string, any>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const read = await fixture.graphql(token, SATISFACTION, { id });
    if (read.data?.ticket?.satisfaction?.open) return read.data.ticket.satisfaction;
    if (Date.now() > deadline) throw new Error(`survey did not open: ${read.text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'false' });
  agent = await fixture.token('agent');
  customer = await fixture.token('customer', 'csat-customer@example.com');
  otherCustomer = await fixture.token('customer', 'someone-else@example.com');
});
afterAll(() => fixture?.stop());

describe('CSAT on the help page', () => {
  it('opens when the ticket is resolved, takes one answer the customer may change, and shows it to the team', async () => {
    const id = await resolvedTicket();
    const survey = await surveyOpen(id);
    expect(survey).toMatchObject({ score: null, open: true });
    expect(new Date(survey.changeableUntil).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const first = await fixture.graphql(customer, RATE, { t: id, s: 2, c: 'Took a while', k: 'answer-0001' });
    expect(first.errors).toBeUndefined();
    expect(first.data.rateTicket).toMatchObject({ score: 2, comment: 'Took a while', open: true });
    const changed = await fixture.graphql(customer, RATE, { t: id, s: 5, c: null, k: 'answer-0002' });
    expect(changed.data.rateTicket).toMatchObject({ score: 5, comment: null });
    // A retried request with the first key changes nothing.
    const retried = await fixture.graphql(customer, RATE, { t: id, s: 2, c: 'Took a while', k: 'answer-0001' });
    expect(retried.data.rateTicket.score).toBe(5);

    const seen = await fixture.graphql(agent, SATISFACTION, { id });
    expect(seen.data.ticket.satisfaction).toMatchObject({ score: 5, open: true });
  });

  it('refuses another customer’s ticket, an open ticket and a bad score with stable codes', async () => {
    const id = await resolvedTicket();
    await surveyOpen(id);
    const foreign = await fixture.graphql(otherCustomer, RATE, { t: id, s: 5, c: null, k: 'foreign-0001' });
    expect(foreign.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const bad = await fixture.graphql(customer, RATE, { t: id, s: 9, c: null, k: 'bad-score-0001' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const created = await fixture.graphql(customer, CREATE, { i: { subject: 'Still open', description: 'not resolved yet' } });
    const open = await fixture.graphql(customer, RATE, { t: created.data.createTicket.id, s: 4, c: null, k: 'open-0001' });
    expect(open.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    const byAgent = await fixture.graphql(agent, RATE, { t: id, s: 4, c: null, k: 'agent-0001' });
    expect(byAgent.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('live', () => {
  it('tells the dashboard about a new answer over feedbackEvents, with ids and the score only', async () => {
    const id = await resolvedTicket();
    await surveyOpen(id);
    const client = connectSubscriptions(fixture.gatewayUrl, { token: await fixture.token('lead') });
    try {
      const live = client.subscribe('subscription { feedbackEvents { kind ticketId score gapId } }');
      await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners >= 1);
      await fixture.graphql(customer, RATE, { t: id, s: 3, c: 'Okay in the end', k: 'live-answer-0001' });
      const [event] = await live.waitFor(1);
      expect(event?.data.feedbackEvents).toEqual({ kind: 'CSAT_RECEIVED', ticketId: id, score: 3, gapId: null });
    } finally {
      await client.dispose();
    }
  });

  it('relays a content gap the knowledge subgraph found (durable stream) to feedbackEvents', async () => {
    // The previous test's subscriber may still be counted: wait until it is gone, so `listeners >= 1` below means this one.
    await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners === 0);
    const client = connectSubscriptions(fixture.gatewayUrl, { token: await fixture.token('analyst') });
    const stream = createEventStream(fixture.config, createLogger('feedback-test', 'silent'));
    try {
      const live = client.subscribe('subscription { feedbackEvents { kind ticketId score gapId } }');
      await eventually(() => fixture.platform.gateway.subscriptions!.stats().listeners >= 1);
      await stream.append([createDomainEvent('knowledge.content_gap.detected', 'gap-42', { gapId: 'gap-42', tickets: 4, coverage: 0.1, exampleTicketIds: [] })]);
      const [event] = await live.waitFor(1, 10_000);
      expect(event?.data.feedbackEvents).toEqual({ kind: 'CONTENT_GAP_FOUND', ticketId: null, score: null, gapId: 'gap-42' });
    } finally {
      await stream.close();
      await client.dispose();
    }
  });
});
