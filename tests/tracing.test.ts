import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { SERVICE_ATTRIBUTE, startTracing, type Tracing } from '@support-graph/runtime';
import { DRAFT_REPLY } from './support/agents-operations.js';
import { CREATE_ARTICLE, PUBLISH_ARTICLE } from './support/knowledge-operations.js';
import { PlatformFixture } from './support/platform-fixture.js';
import { eventually } from './support/platform-process.js';

/**
 * One `createTicket` through the gateway is one trace: the gateway's request, the tickets subgraph
 * that saved it, the pipeline job that the ticket.created event queued (its traceparent carried
 * through the outbox, the durable stream and the queue) and the agents that ran on it.
 */
describe('tracing one createTicket', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing | undefined;
  let fixture: PlatformFixture;

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'tracing-test', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    fixture = await PlatformFixture.start();
  });
  afterAll(async () => {
    await fixture.stop();
    await tracing?.shutdown();
  });

  it('links gateway, tickets, queue and agents spans in one trace, without customer text', async () => {
    const customer = await fixture.token('customer', 'trace@example.com');
    const subject = 'Tracer subject 7f3a';
    const description = 'My card ending 9911 was charged twice by Tracer Shop';
    const created = await fixture.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: { subject, description } });
    expect(created.errors).toBeUndefined();

    const gatewaySpan = exporter.getFinishedSpans().find((span) => span.name === 'graphql gateway' && span.attributes[SERVICE_ATTRIBUTE] === 'gateway');
    expect(gatewaySpan).toBeDefined();
    const traceId = gatewaySpan!.spanContext().traceId;
    const inTrace = () => exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const names = (spans: ReadableSpan[]) => spans.map((span) => span.name);

    const spans = await eventually('the pipeline spans of the ticket', async () => {
      const current = inTrace();
      return names(current).includes('agent.run triage') && names(current).includes('queue.process agents-pipeline') ? current : undefined;
    }, 20_000);

    expect(names(spans)).toEqual(
      expect.arrayContaining(['graphql gateway', 'gateway.request', 'graphql tickets', 'store.tickets.createTicket', 'queue.enqueue agents-pipeline', 'queue.process agents-pipeline', 'agent.run triage', 'store.agent-runs.updateRun']),
    );
    const services = new Set(spans.map((span) => span.attributes[SERVICE_ATTRIBUTE]).filter(Boolean));
    expect([...services]).toEqual(expect.arrayContaining(['gateway', 'tickets', 'agents']));
    // The queued job is a child of the enqueue, which continues the request's trace.
    const processed = spans.find((span) => span.name === 'queue.process agents-pipeline')!;
    const enqueued = spans.find((span) => span.name === 'queue.enqueue agents-pipeline')!;
    expect(processed.parentSpanId).toBe(enqueued.spanContext().spanId);

    const attributes = JSON.stringify(exporter.getFinishedSpans().map((span) => span.attributes));
    for (const text of [subject, description, '9911', 'trace@example.com']) expect(attributes).not.toContain(text);
  });

  it('traces a reply draft down to the LLM call, with provider, model and tokens but no text', async () => {
    const lead = await fixture.token('lead', 'lead@support.local');
    const agent = await fixture.token('agent', 'agent@support.local');
    const customer = await fixture.token('customer', 'drafts@example.com');
    const article = await fixture.graphql(lead, CREATE_ARTICLE, { input: { title: 'Refund timing', body: 'Refunds reach your card within five working days after we receive the parcel.' } });
    await fixture.graphql(lead, PUBLISH_ARTICLE, { id: article.data.createArticle.id });
    const created = await fixture.graphql(customer, 'mutation($i: CreateTicketInput!) { createTicket(input: $i) { id } }', { i: { subject: 'Where is my refund', description: 'I sent the parcel back, when will the refund reach my card?' } });
    exporter.reset();

    const draft = await fixture.graphql(agent, DRAFT_REPLY, { ticketId: created.data.createTicket.id });
    expect(draft.errors).toBeUndefined();
    const llmCall = await eventually(
      'the spans of the draft',
      async () => (exporter.getFinishedSpans().some((span) => span.name === 'agent.run reply-drafting') ? exporter.getFinishedSpans().find((span) => span.name === 'llm.call') : undefined),
      20_000,
    );
    const trace = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === llmCall.spanContext().traceId);
    expect(trace.map((span) => span.name)).toEqual(expect.arrayContaining(['graphql gateway', 'graphql agents', 'agent.run reply-drafting', 'llm.call']));
    expect(llmCall.attributes).toMatchObject({ 'llm.provider': expect.any(String), 'llm.model': expect.any(String), 'llm.usage.output_tokens': expect.any(Number) });
    expect(JSON.stringify(trace.map((span) => span.attributes))).not.toMatch(/refund|parcel|five working days/i);
  });
});
