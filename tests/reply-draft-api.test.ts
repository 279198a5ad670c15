import { PlatformFixture } from './support/platform-fixture.js';
import { OPEN_TICKET, RUN_AGENT } from './support/agents-operations.js';

const DRAFT = `query Draft($id: ID!) {
  agentRun(id: $id) {
    draft { text language grounded confidence citations { chunkId quote article { id externalId title } } }
  }
}`;

/** The typed reply draft through the gateway: the prose a customer would read, citations as data the console links. */
describe('AgentRun.draft through the gateway', () => {
  let fixture: PlatformFixture;
  let admin: string;
  let agent: string;
  let analyst: string;

  beforeAll(async () => {
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none' });
    [admin, agent, analyst] = await Promise.all([fixture.token('admin'), fixture.token('agent'), fixture.token('analyst')]);
    const article = {
      title: 'Reset your password',
      body:
        'Tap Forgot password on the sign-in screen. We email you a reset link that is valid for 30 minutes.\n\n' +
        '## The reset email does not arrive\nCheck your spam folder. If the email has not arrived after 10 minutes, request a new reset link.',
      locale: 'en',
    };
    const created = await fixture.graphql(admin, 'mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', { i: article });
    expect(created.errors).toBeUndefined();
    await fixture.graphql(admin, 'mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: created.data.createArticle.id });
    const unrelated = await fixture.graphql(admin, 'mutation($i: CreateArticleInput!) { createArticle(input: $i) { id } }', {
      i: { title: 'Shipping times', body: 'Standard shipping takes 3 to 5 business days. Express shipping arrives the next day.' },
    });
    await fixture.graphql(admin, 'mutation($id: ID!) { publishArticle(id: $id) { id } }', { id: unrelated.data.createArticle.id });
  });
  afterAll(() => fixture.stop());

  async function draftFor(subject: string, description: string) {
    const opened = await fixture.graphql(agent, OPEN_TICKET, { input: { subject, description, customer: { email: 'draft-reader@example.com', name: 'Robin' } } });
    expect(opened.errors).toBeUndefined();
    const ran = await fixture.graphql(agent, RUN_AGENT, { ticketId: opened.data.createTicket.id, agent: 'reply-drafting' });
    expect(ran.errors).toBeUndefined();
    return ran.data.runAgent.id as string;
  }

  it('answers from the matching article, framed for the customer, with citations beside the prose', async () => {
    const runId = await draftFor('Password reset', 'How do I reset my password? The reset link in the email seems to have expired.');
    const response = await fixture.graphql(agent, DRAFT, { id: runId });
    expect(response.errors).toBeUndefined();
    const { draft } = response.data.agentRun;
    expect(draft).toMatchObject({ language: 'en', grounded: true });
    expect(draft.text).toMatch(/^Hello Robin,/);
    expect(draft.text).toContain('30 minutes');
    expect(draft.text).not.toMatch(/\[[^\]]*#\d+\]|Sources:/);
    expect(draft.text).not.toContain('Express shipping');
    expect(draft.confidence).toBeGreaterThan(0.4);
    expect(draft.citations.length).toBeGreaterThan(0);
    for (const citation of draft.citations) {
      expect(citation.article.title).toBe('Reset your password');
      expect(citation.chunkId.startsWith(`${citation.article.id}#`)).toBe(true);
      expect(draft.text).toContain(citation.quote.slice(0, 20));
    }
  });

  it('is an honest, ungrounded holding reply when no article answers', async () => {
    const runId = await draftFor('Discount', 'Do you have a student discount on laptops?');
    const { draft } = (await fixture.graphql(agent, DRAFT, { id: runId })).data.agentRun;
    expect(draft).toMatchObject({ grounded: false, citations: [] });
    expect(draft.text).toMatch(/member of our support team will look into it/);
  });

  it("sends a grounded draft to the customer of a new ticket, so the help page's customer sees an AI reply", async () => {
    const customer = await fixture.token('customer', 'auto-reply@example.com');
    const opened = await fixture.graphql(customer, OPEN_TICKET, {
      input: { subject: 'Password reset', description: 'How do I reset my password? The reset link in the email seems to have expired.' },
    });
    expect(opened.errors).toBeUndefined();
    const id = opened.data.createTicket.id as string;
    const started = Date.now();
    let aiReplies: string[] = [];
    while (aiReplies.length === 0 && Date.now() - started < 5000) {
      const ticket = await fixture.graphql(customer, 'query($id: ID!) { ticket(id: $id) { messages { authorRole body } } }', { id });
      aiReplies = ticket.data.ticket.messages.filter((m: { authorRole: string }) => m.authorRole === 'AI').map((m: { body: string }) => m.body);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(aiReplies).toHaveLength(1);
    expect(aiReplies[0]).toMatch(/^Hello auto-reply,\n\n/);
    expect(aiReplies[0]).toContain('30 minutes');
    expect(aiReplies[0]).not.toMatch(/\[[^\]]*#\d+\]/);
  });

  it('is hidden from analysts: it is addressed to the customer and answers their words', async () => {
    const runId = await draftFor('Password reset', 'How do I reset my password?');
    const response = await fixture.graphql(analyst, DRAFT, { id: runId });
    expect(response.errors?.map((error) => error.extensions?.['code'])).toContain('FORBIDDEN');
    expect(response.data?.agentRun?.draft ?? null).toBeNull();
  });
});
