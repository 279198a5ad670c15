import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { SUPERGRAPH_PATH } from '@support-graph/gateway';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { IMPORT_ARTICLES, TICKET_SIMILAR, TICKET_SUGGESTIONS, markdownFile } from './support/knowledge-operations.js';
import { CREATE_TICKET, UPDATE_TICKET } from './support/ticket-operations.js';

/** Ticket events reach the knowledge subgraph asynchronously; poll like a client refreshing a page. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 2_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolveLater) => setTimeout(resolveLater, 50));
  }
}

describe('knowledge fields on tickets, through federation', () => {
  let fixture: PlatformFixture;
  let agent: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start();
    agent = await fixture.token('agent');
    const imported = await fixture.graphql(agent, IMPORT_ARTICLES, {
      files: [
        markdownFile('kb-delivery', { title: 'Tracking a delivery' }, 'Your parcel ships in 2 days; the tracking number is in the confirmation email. Late parcels are usually held at the depot.'),
        markdownFile('kb-password', { title: 'Resetting your password' }, 'Use the "Forgot password" link on the sign-in page to choose a new password.'),
        markdownFile('kb-courier', { title: 'Courier pricing draft', status: 'DRAFT' }, 'Parcel delivery prices for late orders will change next year.'),
      ],
    });
    expect(imported.data.importArticles.created).toHaveLength(3);
  });
  afterAll(() => fixture.stop());

  it('plans subject and description from tickets before knowledge computes the fields that @require them', () => {
    const supergraph = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8'));
    const operation = operationFromDocument(supergraph.schema, parse('query { ticket(id: "t") { suggestedArticles { score } } }'));
    const plan = prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operation));
    const ticketsFetch = plan.indexOf('Fetch(service: "tickets")');
    const knowledgeFetch = plan.indexOf('Fetch(service: "knowledge")');
    expect(ticketsFetch).toBeGreaterThanOrEqual(0);
    expect(knowledgeFetch).toBeGreaterThan(ticketsFetch);
    expect(plan.slice(ticketsFetch, knowledgeFetch)).toMatch(/subject\s+description/);
    expect(plan.slice(knowledgeFetch)).toMatch(/subject\s+description[\s\S]*suggestedArticles/);
  });

  it('suggests published articles for a new ticket in the same query, and similar tickets once both are indexed', async () => {
    const first = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: 'Parcel not here', description: 'My parcel has not arrived after a week, where is the tracking number?', customer: { email: 'ann@example.com' } },
    });
    const firstId = first.data.createTicket.id;
    const suggestions = await fixture.graphql(agent, TICKET_SUGGESTIONS, { id: firstId });
    expect(suggestions.errors).toBeUndefined();
    expect(suggestions.data.ticket.subject).toBe('Parcel not here');
    const suggested = suggestions.data.ticket.suggestedArticles;
    expect(suggested[0].article.title).toBe('Tracking a delivery');
    expect(suggested.every((hit: { article: { status: string } }) => hit.article.status === 'PUBLISHED')).toBe(true);

    const second = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: 'Where is my parcel?', description: 'The parcel still has not arrived and I lost the tracking email', customer: { email: 'bob@example.com' } },
    });
    const secondId = second.data.createTicket.id;
    const similar = await eventually(
      () => fixture.graphql(agent, TICKET_SIMILAR, { id: secondId, first: 3 }),
      (response) => response.data?.ticket?.similarTickets?.some((hit: { ticket: { id: string } }) => hit.ticket.id === firstId) ?? false,
    );
    expect(similar.errors).toBeUndefined();
    const [nearest] = similar.data.ticket.similarTickets;
    expect(nearest).toMatchObject({ ticket: { id: firstId, subject: 'Parcel not here' }, resolvedWithArticles: [] });
    expect(similar.data.ticket.similarTickets.map((hit: { ticket: { id: string } }) => hit.ticket.id)).not.toContain(secondId);
  });

  it('re-indexes a ticket when its subject or description changes', async () => {
    const open = (subject: string, description: string, email: string) =>
      fixture.graphql(agent, CREATE_TICKET, { input: { subject, description, customer: { email } } }).then((response) => response.data.createTicket);
    const login = await open('Login trouble', 'I cannot log in to my account', 'cy@example.com');
    const edited = await open('Question', 'My parcel tracking number does not work', 'di@example.com');
    const probe = await open('Forgot password', 'I forgot my password, how do I sign in?', 'ed@example.com');
    const nearestToProbe = async () => (await fixture.graphql(agent, TICKET_SIMILAR, { id: probe.id, first: 1 })).data?.ticket?.similarTickets?.[0]?.ticket?.id;
    expect(await eventually(nearestToProbe, (id) => id === login.id)).toBe(login.id);

    // The AI pipeline works on the ticket at the same time (an automatic reply is a new version): edit
    // the current version, and read it again if the pipeline got there first.
    let updated: Awaited<ReturnType<typeof fixture.graphql>> | undefined;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = (await fixture.graphql(agent, 'query($id: ID!) { ticket(id: $id) { version } }', { id: edited.id })).data.ticket.version as number;
      updated = await fixture.graphql(agent, UPDATE_TICKET, {
        id: edited.id, input: { version: current, subject: 'Forgot my password', description: 'I forgot my password and cannot sign in' },
      });
      if (!updated.errors?.some((error) => error.extensions?.['code'] === 'CONFLICT')) break;
    }
    updated = updated!;
    expect(updated.errors).toBeUndefined();
    expect(await eventually(nearestToProbe, (id) => id === edited.id)).toBe(edited.id);
  });

  it('accepts a ticket with the longest description the tickets subgraph allows', async () => {
    const created = await fixture.graphql(agent, CREATE_TICKET, {
      input: { subject: 'Parcel late '.repeat(16).trim(), description: 'parcel tracking '.repeat(1250), customer: { email: 'long@example.com' } },
    });
    expect(created.errors).toBeUndefined();
    const suggestions = await fixture.graphql(agent, TICKET_SUGGESTIONS, { id: created.data.createTicket.id });
    expect(errorCodes(suggestions)).toEqual([]);
    expect(suggestions.data.ticket.suggestedArticles[0].article.title).toBe('Tracking a delivery');
  });
});
