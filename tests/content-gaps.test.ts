import { createEventStream, createLogger } from '@support-graph/runtime';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';

const GAPS = `{ contentGaps(days: 30) { id ticketCount coverage keywords outline { title sections } exampleTickets { id subject } nearestArticle { id title } } }`;

/** Asked again and again, answered by no article. */
const UNANSWERED = [
  'Crypto wallet withdrawal stuck pending',
  'My crypto withdrawal to an external wallet is stuck',
  'Withdrawal of bitcoin to my wallet has been pending for days',
  'Crypto wallet transfer pending, withdrawal not received',
];
/** Answered by the published article below. */
const ANSWERED = ['How do I reset my card PIN?', 'I forgot my card PIN, how can I reset it?'];

/** Polls every half second (indexing runs in the background). */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in time: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('content gaps through the gateway', () => {
  let fixture: PlatformFixture;
  let lead: string;
  const ticketIds: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ AGENTS_AUTOMATION: 'off', RATE_LIMIT_BURST: '100000' });
    lead = await fixture.token('lead', 'lead@support.local');
    const admin = await fixture.token('admin', 'admin@support.local');
    const article = await fixture.graphql(admin, 'mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', {
      i: { title: 'Reset your card PIN', body: 'To reset your card PIN, open the app, choose Card, then Reset PIN, and confirm the new PIN with your passcode. Forgot your PIN? Reset it the same way.' },
    });
    await fixture.graphql(admin, 'mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: article.data.createArticle.id });
    for (const [i, subject] of [...UNANSWERED, ...ANSWERED].entries()) {
      const created = await fixture.graphql(admin, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', {
        i: { subject, description: `${subject}. Please help, write to me at gap${i}@example.com`, customer: { email: `gap${i}@example.com` } },
      });
      ticketIds[subject] = created.data.createTicket.id;
    }
  }, 60_000);
  afterAll(() => fixture.stop());

  it('finds the cluster no article answers, with example tickets and an outline, and leaves answered tickets out', async () => {
    const response = await eventually(
      () => fixture.graphql(lead, GAPS),
      (answer) => (answer.data?.contentGaps ?? []).some((gap: any) => gap.ticketCount === UNANSWERED.length),
    );
    expect(response.errors).toBeUndefined();
    const [gap] = response.data.contentGaps;
    expect(gap.ticketCount).toBe(UNANSWERED.length);
    expect(gap.coverage).toBeLessThan(0.3);
    expect(gap.keywords).toEqual(expect.arrayContaining(['wallet', 'withdrawal']));
    expect(gap.exampleTickets).toHaveLength(3);
    expect(gap.exampleTickets.every((ticket: any) => UNANSWERED.includes(ticket.subject))).toBe(true);
    expect(gap.outline.title).toMatch(/^Help with /);
    expect(gap.outline.sections[0]).toContain('What customers ask');
    expect(JSON.stringify(gap.outline)).not.toMatch(/@example\.com/);
    const inGaps = response.data.contentGaps.flatMap((each: any) => each.exampleTickets.map((ticket: any) => ticket.id));
    for (const subject of ANSWERED) expect(inGaps).not.toContain(ticketIds[subject]);
  }, 60_000);

  it('announces each new gap once on the durable stream, with ids and counts only', async () => {
    const [gap] = (await fixture.graphql(lead, GAPS)).data.contentGaps;
    await fixture.graphql(lead, GAPS);
    const stream = createEventStream(fixture.config, createLogger('content-gaps-test', 'silent'));
    try {
      const events = (await stream.read(`content-gap-test-${Date.now()}`, 1000, 0)).map((streamed) => streamed.event).filter((event) => event.type === 'knowledge.content_gap.detected');
      expect(events).toHaveLength(1);
      const [event] = events;
      // Announced when first found (the cluster may have been smaller then), and not again as it grew or was asked for again.
      expect(event).toMatchObject({ id: `knowledge.content_gap.detected:${gap.id}`, aggregateId: gap.id });
      expect(event!.payload).toEqual({ gapId: gap.id, tickets: expect.any(Number), coverage: expect.any(Number), exampleTicketIds: expect.any(Array) });
      expect((event!.payload as { tickets: number }).tickets).toBeGreaterThanOrEqual(2);
      const text = JSON.stringify(event);
      for (const word of ['wallet', 'crypto', 'withdrawal', 'example.com']) expect(text.toLowerCase()).not.toContain(word);
    } finally {
      await stream.close();
    }
  }, 30_000);

  it('is for leads and admins, with checked arguments', async () => {
    for (const role of ['agent', 'analyst', 'customer'] as const) {
      const token = await fixture.token(role, role === 'customer' ? 'gap0@example.com' : `${role}@support.local`);
      expect(errorCodes(await fixture.graphql(token, '{ contentGaps { id } }'))).toContain('FORBIDDEN');
    }
    expect(errorCodes(await fixture.graphql(lead, '{ contentGaps(days: 0) { id } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await fixture.graphql(lead, '{ contentGaps(first: 51) { id } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
