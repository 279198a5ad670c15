import { storedDataset } from './support/playground-datasets.js';
import { PlatformFixture } from './support/platform-fixture.js';
import { OVERRIDE_TRIAGE, RUN_AGENT, TICKET_INSIGHTS } from './support/agents-operations.js';

/** A lead builds playground datasets from resolved tickets through the gateway, filtered by CSAT, language, category and date. */
const CREATE = 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }';
const MOVE = 'mutation($id: ID!, $s: TicketStatus!) { changeTicketStatus(id: $id, status: $s) { id } }';
const REPLY = 'mutation($id: ID!, $b: String!, $internal: Boolean) { addMessage(ticketId: $id, input: { body: $b, internal: $internal }) { id } }';
const SURVEY = 'query($id: ID!) { ticket(id: $id) { satisfaction { open } } }';
const RATE = 'mutation($t: ID!, $s: Int!, $k: String!) { rateTicket(ticketId: $t, score: $s, idempotencyKey: $k) { score } }';
const BUILD = 'mutation($n: String!, $f: HistoryDatasetFilter!) { buildPlaygroundDatasetFromHistory(name: $n, filter: $f) { name version source itemCount createdBy } }';
const RUN = 'mutation($d: String!) { runEvaluation(kind: "reply-template", version: 1, dataset: $d) { itemCount graders { grader items } } }';

const PII_DESCRIPTION = 'Hi, I am Walter White, my email is walter.white@example.com and my phone is +1 415 555 0199. How do I reset my password?';
const AGENT_REPLY = 'Hello Walter, tap Forgot password on the sign-in screen and we email you a reset link that is valid for 30 minutes.';
const INTERNAL_NOTE = 'Internal: customer called twice already.';

let fixture: PlatformFixture;
let lead: string;
let agent: string;

beforeAll(async () => {
  fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'false' });
  [lead, agent] = await Promise.all([fixture.token('lead'), fixture.token('agent')]);
});
afterAll(() => fixture?.stop());

/** A ticket the customer opened, the agents triaged (an agent corrected the category), an agent answered and resolved, and the customer rated `score`. */
async function ratedTicket(email: string, description: string, category: string, score: number | null): Promise<{ id: string; category: string; language: string }> {
  const customer = await fixture.token('customer', email);
  // Opened by an agent on the customer's behalf, with the name the customer record keeps (masked wherever it appears).
  const id: string = (await fixture.graphql(agent, CREATE, { i: { subject: 'Password reset', description, customer: { email, name: 'Walter White' } } })).data.createTicket.id;
  for (const name of ['language', 'triage']) expect((await fixture.graphql(agent, RUN_AGENT, { ticketId: id, agent: name })).data.runAgent.status).toBe('SUCCEEDED');
  expect((await fixture.graphql(agent, OVERRIDE_TRIAGE, { ticketId: id, category })).errors).toBeUndefined();
  await fixture.graphql(agent, REPLY, { id, b: INTERNAL_NOTE, internal: true });
  await fixture.graphql(agent, REPLY, { id, b: AGENT_REPLY, internal: false });
  await fixture.graphql(agent, MOVE, { id, s: 'RESOLVED' });
  // The feedback subgraph learns of the resolution through the durable event stream.
  for (const deadline = Date.now() + 10_000; ; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if ((await fixture.graphql(customer, SURVEY, { id })).data?.ticket?.satisfaction?.open) break;
    if (Date.now() > deadline) throw new Error('the survey did not open');
  }
  if (score !== null) expect((await fixture.graphql(customer, RATE, { t: id, s: score, k: `history-${id}` })).errors).toBeUndefined();
  const insights = (await fixture.graphql(agent, TICKET_INSIGHTS, { id })).data.ticket;
  return { id, category: insights.triage.category, language: insights.language.code };
}

describe('datasets from ticket history', () => {
  let happy: { id: string; category: string; language: string };
  let unhappy: { id: string; category: string; language: string };

  beforeAll(async () => {
    happy = await ratedTicket('history-happy@example.com', PII_DESCRIPTION, 'passcode_forgotten', 5);
    unhappy = await ratedTicket('history-unhappy@example.com', 'Where can I change my password? The reset link never came.', 'card_arrival', 2);
  }, 60_000);

  it('builds a version from the well-rated resolved tickets: PII masked, the sent reply as reference, the triage category expected', async () => {
    const built = await fixture.graphql(lead, BUILD, { n: 'history-happy', f: { minCsat: 4, language: happy.language } });
    expect(built.errors).toBeUndefined();
    expect(built.data.buildPlaygroundDatasetFromHistory).toEqual({ name: 'history-happy', version: 1, source: 'history', itemCount: 1, createdBy: expect.any(String) });

    const dataset = await storedDataset(fixture.config.DATA_DIR, 'history-happy');
    expect(dataset.items).toHaveLength(1);
    const [item] = dataset.items;
    expect(item).toMatchObject({ id: happy.id, language: happy.language, expectedCategory: happy.category });
    expect(item!.text).toContain('How do I reset my password?');
    expect(item!.reference).toContain('tap Forgot password on the sign-in screen');
    const kept = JSON.stringify(item);
    for (const personal of ['Walter', 'White', 'walter.white@example.com', '415 555 0199', INTERNAL_NOTE]) expect(kept).not.toContain(personal);
    expect(item!.text).toContain('[EMAIL]');

    // The dataset is usable at once: a run grades completeness against the reference and the category.
    const run = await fixture.graphql(lead, RUN, { d: 'history-happy' });
    expect(run.errors).toBeUndefined();
    const graded = Object.fromEntries(run.data.runEvaluation.graders.map((grader: { grader: string; items: number }) => [grader.grader, grader.items]));
    expect(graded).toMatchObject({ completeness: 1, category: 1, language: 1 });
  });

  it('filters by CSAT, category and resolution day; a new build under the same name is its next version', async () => {
    const all = await fixture.graphql(lead, BUILD, { n: 'history-happy', f: {} });
    expect(all.data.buildPlaygroundDatasetFromHistory).toMatchObject({ version: 2, itemCount: 2 });
    const ids = (await storedDataset(fixture.config.DATA_DIR, 'history-happy')).items.map((item) => item.id).sort();
    expect(ids).toEqual([happy.id, unhappy.id].sort());

    const today = new Date().toISOString().slice(0, 10);
    const byCategory = await fixture.graphql(lead, BUILD, { n: 'history-category', f: { category: unhappy.category, resolvedFrom: today, resolvedTo: today } });
    expect(byCategory.data.buildPlaygroundDatasetFromHistory.itemCount).toBe(1);
    expect((await storedDataset(fixture.config.DATA_DIR, 'history-category')).items.map((item) => item.id)).toEqual([unhappy.id]);

    const lastYear = await fixture.graphql(lead, BUILD, { n: 'history-old', f: { resolvedTo: '2000-01-01' } });
    expect(lastYear.errors?.[0]).toMatchObject({ message: expect.stringMatching(/no resolved ticket/), extensions: { code: 'BAD_USER_INPUT' } });
    const limited = await fixture.graphql(lead, BUILD, { n: 'history-one', f: { limit: 1 } });
    expect(limited.data.buildPlaygroundDatasetFromHistory.itemCount).toBe(1);
  });

  it('refuses bad filters with BAD_USER_INPUT naming the field, and every role but leads and admins', async () => {
    for (const [filter, field] of [
      [{ minCsat: 9 }, 'minCsat'],
      [{ language: 'english' }, 'language'],
      [{ resolvedFrom: '2026-02-30' }, 'resolvedFrom'],
      [{ resolvedFrom: '2026-03-02', resolvedTo: '2026-03-01' }, 'resolvedTo'],
      [{ limit: 0 }, 'limit'],
    ] as const) {
      const refused = await fixture.graphql(lead, BUILD, { n: 'history-bad', f: filter });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toContain(field);
    }
    expect((await fixture.graphql(lead, BUILD, { n: 'Bad Name', f: {} })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect((await fixture.graphql(agent, BUILD, { n: 'history-agent', f: {} })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await fixture.graphql(await fixture.token('admin'), BUILD, { n: 'history-admin', f: { minCsat: 1 } })).errors).toBeUndefined();
  });
});
