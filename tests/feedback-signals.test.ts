import { PlatformFixture } from './support/platform-fixture.js';

/** Signals through the gateway as their users send them, and the analytics and drill-down built on them. */
let fixture: PlatformFixture;
let agent: string;
let lead: string;
let analyst: string;
let customer: string;
const today = new Date().toISOString().slice(0, 10);

const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
const MOVE = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }';

async function until<T>(what: string, read: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function resolvedTicket(subject: string): Promise<string> {
  const id: string = (await fixture.graphql(customer, CREATE, { i: { subject, description: 'Please help with my card' } })).data.createTicket.id;
  await fixture.graphql(agent, MOVE, { id, s: 'OPEN' });
  await fixture.graphql(agent, MOVE, { id, s: 'RESOLVED' });
  return id;
}

function surveyLink(body: Record<string, unknown>) {
  return fetch(fixture.gatewayUrl.replace(/\/graphql$/, '/survey-link'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'false' });
  agent = await fixture.token('agent');
  lead = await fixture.token('lead');
  analyst = await fixture.token('analyst');
  customer = await fixture.token('customer', 'signals-customer@example.com');
});
afterAll(() => fixture?.stop());

it('a customer rates a resolved ticket by signed link, without signing in', async () => {
  const id = await resolvedTicket('Survey by link');
  const link = await until('the survey link', async () => {
    const read = await fixture.graphql(customer, 'query($id: ID!) { ticket(id: $id) { satisfaction { surveyLink } } }', { id });
    return read.data?.ticket?.satisfaction?.surveyLink as string | null;
  });
  const token = new URL(link, 'http://console').searchParams.get('token') ?? '';
  const opened = await surveyLink({ token });
  expect(opened.status).toBe(200);
  expect(((await opened.json()) as { survey: unknown }).survey).toMatchObject({ ticketNumber: expect.stringMatching(/^SUP-/), satisfaction: { score: null, open: true } });

  const answered = await surveyLink({ token, score: 4, comment: 'Sorted in a day', idempotencyKey: 'link-answer-0001' });
  expect(answered.status).toBe(200);
  expect(((await answered.json()) as { answer: unknown }).answer).toMatchObject({ score: 4, comment: 'Sorted in a day', open: true });
  const seen = await fixture.graphql(agent, 'query($id: ID!) { ticket(id: $id) { satisfaction { score comment } } }', { id });
  expect(seen.data.ticket.satisfaction).toEqual({ score: 4, comment: 'Sorted in a day' });

  const forged = await surveyLink({ token: `${token.split('.')[0]}.AAAA`, score: 1, idempotencyKey: 'link-forged-0001' });
  expect(forged.status).toBe(400);
  expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
  expect((await surveyLink({ token: 'nonsense' })).status).toBe(404);
});

it('records an edited draft with its edit distance, and analytics and drill-down show it', async () => {
  const id: string = (await fixture.graphql(customer, CREATE, { i: { subject: 'Card not arrived', description: 'My new card has not arrived yet' } })).data.createTicket.id;
  const started = await fixture.graphql(agent, 'mutation($t: ID!) { draftReply(ticketId: $t) { id } }', { t: id });
  const runId: string = started.data.draftReply.id;
  const draft = await until('the draft', async () => {
    const run = await fixture.graphql(agent, 'query($id: ID!) { agentRun(id: $id) { status draft { text } } }', { id: runId });
    return run.data?.agentRun?.status === 'SUCCEEDED' ? (run.data.agentRun.draft.text as string) : null;
  });
  const rated = await fixture.graphql(agent, 'mutation($r: ID!, $s: String!, $k: String!) { rateDraft(runId: $r, outcome: EDITED, sentText: $s, idempotencyKey: $k) { outcome editDistance } }', {
    r: runId,
    s: `${draft} Thanks!`,
    k: 'draft-edit-0001',
  });
  expect(rated.errors).toBeUndefined();
  expect(rated.data.rateDraft).toEqual({ outcome: 'EDITED', editDistance: 8 });

  const filter = { from: today, to: today };
  const figures = await until('the edited draft in analytics', async () => {
    const read = await fixture.graphql(lead, 'query($f: AnalyticsFilter!) { feedbackAnalytics(filter: $f, groupBy: MODE) { totals { tickets draftsEdited averageEditDistance draftAcceptanceRate } groups { key } } }', { f: filter });
    return read.data?.feedbackAnalytics?.totals?.draftsEdited >= 1 ? read.data.feedbackAnalytics : null;
  });
  expect(figures.totals).toMatchObject({ draftsEdited: 1, averageEditDistance: 8, draftAcceptanceRate: 1 });
  expect(figures.totals.tickets).toBeGreaterThanOrEqual(1);
  expect(figures.groups.map((group: { key: string }) => group.key)).toContain('HUMAN');

  const drill = await fixture.graphql(analyst, 'query($f: AnalyticsFilter!) { feedbackDrillDown(filter: $f, figure: DRAFTS_EDITED) { total ticketIds tickets { id number } } }', { f: filter });
  expect(drill.errors).toBeUndefined();
  expect(drill.data.feedbackDrillDown).toMatchObject({ total: 1, ticketIds: [id], tickets: [{ id, number: expect.stringMatching(/^SUP-/) }] });

  const bad = await fixture.graphql(lead, 'query { feedbackAnalytics(filter: { from: "2026-13-01", to: "x" }) { totals { tickets } } }');
  expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  const refused = await fixture.graphql(agent, 'query($f: AnalyticsFilter!) { feedbackAnalytics(filter: $f) { totals { tickets } } }', { f: filter });
  expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
});

it('counts help-page visits and votes once per visit, and deflection', async () => {
  const visit = 'mutation($v: ID!, $o: HelpVisitOutcome!) { recordHelpVisit(visitId: $v, outcome: $o, articlesRead: 2, language: "en") }';
  for (const [visitId, outcome] of [['visit-aaaa-0001', 'DEFLECTED'], ['visit-aaaa-0001', 'DEFLECTED'], ['visit-aaaa-0002', 'TICKET_OPENED']] as const) {
    const sent = await fixture.graphql(customer, visit, { v: visitId, o: outcome });
    expect(sent.errors).toBeUndefined();
  }
  await fixture.graphql(customer, 'mutation { voteArticle(visitId: "visit-aaaa-0001", articleId: "article-1", helpful: true, language: "en") }');
  const read = await fixture.graphql(lead, 'query($f: AnalyticsFilter!) { feedbackAnalytics(filter: $f) { totals { helpVisits deflectionRate articleHelpfulRate } } }', { f: { from: today, to: today } });
  expect(read.data.feedbackAnalytics.totals).toEqual({ helpVisits: 2, deflectionRate: 0.5, articleHelpfulRate: 1 });
});
