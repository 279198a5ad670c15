import { AGENT_RUN_REPLY_CHUNK, type ReplyChunkPayload } from '@support-graph/agents-subgraph/events';
import type { DomainEvent } from '@support-graph/runtime';
import { PlatformFixture, errorCodes } from './support/platform-fixture.js';
import { ACCEPT_TRIAGE, AGENT_RUN, AGENT_RUNS, DRAFT_REPLY, OPEN_TICKET, OVERRIDE_TRIAGE, REPLY, RUN_AGENT, TICKET_INSIGHTS } from './support/agents-operations.js';

/** Polls the ticket's AI fields until `ready` holds (the pipeline runs after the outbox publishes). */
async function insightsWhen(fixture: PlatformFixture, token: string, id: string, ready: (ticket: any) => boolean, timeoutMs = 10_000) {
  // The deadline only ends a wait that would otherwise never end; how fast triage is belongs to `npm run bench:*`.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fixture.graphql(token, TICKET_INSIGHTS, { id });
    expect(response.errors).toBeUndefined();
    if (ready(response.data.ticket)) return { ticket: response.data.ticket };
    if (Date.now() > deadline) throw new Error(`ticket ${id} not ready after ${timeoutMs} ms: ${JSON.stringify(response.data.ticket)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('agents pipeline through the gateway', () => {
  let fixture: PlatformFixture;
  let agent: string;
  let customer: string;

  beforeAll(async () => {
    // No training data: triage answers from its rules, the way it does while the model is being trained.
    fixture = await PlatformFixture.start({ TRIAGE_TRAINING_DATA: 'none' });
    agent = await fixture.token('agent', 'agent-7@support.local');
    customer = await fixture.token('customer', 'dana@example.com');
  });
  afterAll(() => fixture.stop());

  async function openTicket(input: Record<string, unknown>, token = customer): Promise<string> {
    const created = await fixture.graphql(token, OPEN_TICKET, { input });
    expect(created.errors).toBeUndefined();
    return created.data.createTicket.id;
  }

  it('triages a new ticket, with sentiment, language and missing information', async () => {
    const id = await openTicket({ subject: 'Stolen card', description: 'Someone stole my card yesterday, please block it. It ends in 4242.' });
    const { ticket } = await insightsWhen(fixture, agent, id, (t) => t.triage !== null && t.escalation !== null);
    expect(ticket.triage).toMatchObject({ category: 'lost_or_stolen_card', decidedBy: 'rules', priority: 'URGENT', team: 'card-security' });
    expect(ticket.sentiment.label).toMatch(/^(POSITIVE|NEUTRAL|NEGATIVE)$/);
    expect(ticket.language.code).toBe('en');
    expect(ticket.missingInformation).toMatchObject({ complete: true, missing: [] });
    expect(ticket.aiRuns.map((run: { agent: string }) => run.agent).sort()).toEqual(
      ['escalation', 'knowledge-suggestion', 'language', 'missing-information', 'sentiment', 'triage'],
    );

    // The next ticket is triaged the same way by the warm pipeline.
    const warm = await openTicket({ subject: 'Lost card', description: 'I lost my card at the station, card ending 1111.' });
    const second = await insightsWhen(fixture, agent, warm, (t) => t.triage !== null);
    expect(second.ticket.triage).toMatchObject({ category: 'lost_or_stolen_card', decidedBy: 'rules' });
  });

  it('asks for a missing order number, waits for the customer, and re-runs triage on the answer', async () => {
    const id = await openTicket({ subject: 'Where is my parcel?', description: 'I ordered a lamp ten days ago and nothing has arrived.', tags: ['order_status'] });
    const asked = await insightsWhen(fixture, agent, id, (t) => t.status === 'PENDING_CUSTOMER');
    expect(asked.ticket.missingInformation.complete).toBe(false);
    expect(asked.ticket.missingInformation.missing.map((item: { key: string }) => item.key)).toEqual(['order_number']);
    const aiMessages = asked.ticket.messages.filter((message: { authorRole: string }) => message.authorRole === 'AI');
    expect(aiMessages).toHaveLength(1);
    expect(aiMessages[0].body).toContain('What is your order number?');
    const triageRunsBefore = asked.ticket.aiRuns.filter((run: { agent: string }) => run.agent === 'triage').length;

    const answer = await fixture.graphql(customer, REPLY, { id, input: { body: 'Sure, it is order #123456.' } });
    expect(answer.errors).toBeUndefined();
    const answered = await insightsWhen(fixture, agent, id, (t) => t.missingInformation?.complete === true);
    expect(answered.ticket.status).toBe('OPEN');
    expect(answered.ticket.aiRuns.filter((run: { agent: string }) => run.agent === 'triage').length).toBe(triageRunsBefore + 1);
    // Still one question: the answer did not make the pipeline ask again.
    expect(answered.ticket.messages.filter((message: { authorRole: string }) => message.authorRole === 'AI')).toHaveLength(1);
  });

  it('escalates a customer who asks for a human, with a handoff summary', async () => {
    const id = await openTicket({ subject: 'Fed up', description: 'This is the third time. I want to talk to a human, now.' });
    const { ticket } = await insightsWhen(fixture, agent, id, (t) => t.status === 'ESCALATED');
    expect(ticket.escalation.escalate).toBe(true);
    expect(ticket.escalation.handoffSummary.length).toBeGreaterThan(20);
    expect(ticket.escalation.reasons.join(' ')).toMatch(/human|person/i);
  });

  it('stores an agent’s triage override and shows it; accepting marks the triage accepted', async () => {
    const id = await openTicket({ subject: 'Card question', description: 'My card was lost on the train.' });
    await insightsWhen(fixture, agent, id, (t) => t.triage !== null);
    const accepted = await fixture.graphql(agent, ACCEPT_TRIAGE, { ticketId: id });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptTriage.triage).toMatchObject({ accepted: true, decidedBy: 'rules' });

    const overridden = await fixture.graphql(agent, OVERRIDE_TRIAGE, { ticketId: id, category: 'card_arrival', priority: 'LOW', team: 'cards' });
    expect(overridden.errors).toBeUndefined();
    expect(overridden.data.overrideTriage.triage).toEqual({ category: 'card_arrival', priority: 'LOW', team: 'cards', decidedBy: 'human', overridden: true });
    const reread = await fixture.graphql(agent, TICKET_INSIGHTS, { id });
    expect(reread.data.ticket.triage).toMatchObject({ category: 'card_arrival', overridden: true });

    const invalid = await fixture.graphql(agent, OVERRIDE_TRIAGE, { ticketId: id, category: 'Not A Category!' });
    expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets staff run an agent on demand, and refuses customers', async () => {
    const id = await openTicket({ subject: 'Angry', description: 'This is terrible, the worst service ever.' });
    const run = await fixture.graphql(agent, RUN_AGENT, { ticketId: id, agent: 'sentiment' });
    expect(run.errors).toBeUndefined();
    expect(run.data.runAgent).toMatchObject({ agent: 'sentiment', status: 'SUCCEEDED', model: 'local', error: null });
    expect(run.data.runAgent.output.label).toBe('negative');

    const stored = await fixture.graphql(agent, AGENT_RUN, { id: run.data.runAgent.id });
    expect(stored.data.agentRun).toMatchObject({ ticketId: id, status: 'SUCCEEDED', costUsd: 0, inputTokens: 0 });
    // The recorded input is a summary: no customer words in it.
    expect(JSON.stringify(stored.data.agentRun.input)).not.toMatch(/terrible|worst/);

    const unknown = await fixture.graphql(agent, RUN_AGENT, { ticketId: id, agent: 'fortune-teller' });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);

    for (const document of [RUN_AGENT, DRAFT_REPLY]) {
      const refused = await fixture.graphql(customer, document, { ticketId: id, agent: 'triage' });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }
    const refusedRead = await fixture.graphql(customer, AGENT_RUNS, { ticketId: id });
    expect(errorCodes(refusedRead)).toEqual(['FORBIDDEN']);
    const refusedOverride = await fixture.graphql(customer, OVERRIDE_TRIAGE, { ticketId: id, category: 'card_arrival' });
    expect(errorCodes(refusedOverride)).toEqual(['FORBIDDEN']);
  });

  it('drafts a reply that streams as reply_chunk events in order and is stored on the run', async () => {
    const id = await openTicket({ subject: 'Refund', description: 'How long does a refund take to show up on my card?' });
    const chunks: DomainEvent<ReplyChunkPayload>[] = [];
    const unsubscribe = await fixture.platform.bus.subscribe(AGENT_RUN_REPLY_CHUNK, (event) => {
      chunks.push(event as (typeof chunks)[number]);
    });
    const started = await fixture.graphql(agent, DRAFT_REPLY, { ticketId: id });
    expect(started.errors).toBeUndefined();
    const { id: runId, status } = started.data.draftReply;
    expect(['QUEUED', 'RUNNING']).toContain(status);

    let run: any;
    const deadline = Date.now() + 5000;
    do {
      await new Promise((resolve) => setTimeout(resolve, 20));
      run = (await fixture.graphql(agent, AGENT_RUN, { id: runId })).data.agentRun;
    } while (run.status !== 'SUCCEEDED' && run.status !== 'FAILED' && Date.now() < deadline);
    expect(run.status).toBe('SUCCEEDED');
    expect(typeof run.output.text).toBe('string');
    expect(run.output.text.length).toBeGreaterThan(0);
    expect(Array.isArray(run.output.citations)).toBe(true);

    const deadlineChunks = Date.now() + 2000;
    while (!chunks.some((chunk) => chunk.payload.runId === runId && chunk.payload.done) && Date.now() < deadlineChunks) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await unsubscribe();
    const mine = chunks.filter((chunk) => chunk.payload.runId === runId).map((chunk) => chunk.payload);
    expect(mine.map((chunk) => chunk.seq)).toEqual(mine.map((_, index) => index));
    expect(mine.at(-1)?.done).toBe(true);
    expect(mine.map((chunk) => chunk.delta).join('')).toBe(run.output.text);
  });
});
