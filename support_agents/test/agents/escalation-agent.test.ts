import { createEscalationAgent } from '../../src/agents/escalation/escalation-agent.js';
import { LOCAL_USAGE } from '../../src/agents/local-usage.js';
import { createSentimentAgent } from '../../src/agents/sentiment/sentiment-agent.js';
import type { AgentTicket } from '../../src/agents/support-agent.js';
import type { TriageResult } from '../../src/agents/triage/triage-result.js';
import { agentContext, customerSays, ticket } from './agent-test-kit.js';

const agent = createEscalationAgent();

function withMessages(bodies: readonly string[], overrides: Partial<AgentTicket> = {}): AgentTicket {
  return ticket({ description: bodies[0] ?? '', messages: bodies.map((body, i) => customerSays(body, i)), ...overrides });
}

describe('escalation agent', () => {
  it.each([
    ['I want to talk to a human', 'en'],
    ['Je veux parler à un humain, pas à un robot.', 'fr'],
    ['Quiero hablar con una persona real.', 'es'],
    ['Ich möchte mit einem Mitarbeiter sprechen.', 'de'],
  ])('escalates %p with the human request as a reason', async (body) => {
    const output = await agent.run(agentContext(withMessages([body])));
    expect(output.result.escalate).toBe(true);
    expect(output.result.reasons.join(' ')).toMatch(/customer asked for a human/);
  });

  it.each([
    ['I will file a chargeback with my bank.', 'chargeback'],
    ['My lawyer will contact you.', 'lawyer'],
    ['This breaches the GDPR.', 'GDPR'],
    ['I am sending a complaint to the ombudsman.', 'ombudsman'],
    ['Je vais contacter mon avocat.', 'avocat'],
  ])('escalates %p on legal or regulatory words', async (body, word) => {
    const output = await agent.run(agentContext(withMessages([body])));
    expect(output.result.escalate).toBe(true);
    expect(output.result.reasons).toContain(`legal or regulatory words ("${word}")`);
  });

  it('escalates an angry VIP, but not the same anger from a standard customer, nor a calm VIP', async () => {
    const angry = 'THIS IS UNACCEPTABLE!!! I am furious, your app is useless.';
    const vip = await agent.run(agentContext(withMessages([angry], { customer: { id: 'c-1', tier: 'VIP', name: 'Vera' } })));
    expect(vip.result.escalate).toBe(true);
    expect(vip.result.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/VIP customer/), expect.stringMatching(/negative sentiment/)]));
    const standard = await agent.run(agentContext(withMessages([angry])));
    expect(standard.result.escalate).toBe(false);
    const calmVip = await agent.run(agentContext(withMessages(['How do I order a second card?'], { customer: { id: 'c-1', tier: 'vip' } })));
    expect(calmVip.result.escalate).toBe(false);
  });

  it('uses earlier triage and sentiment results: an escalated triage escalates', async () => {
    const calm = withMessages(['Something odd happened with my account.']);
    const context = agentContext(calm);
    const sentiment = await createSentimentAgent().run(context);
    const triage = {
      result: { category: null, priority: 'normal', team: 'general-support', decidedBy: 'escalated', escalated: true, reason: 'low_confidence' } satisfies TriageResult,
      confidence: 0.12,
      usage: LOCAL_USAGE,
      latencyMs: 0,
      trace: [],
    } as const;
    const output = await agent.run({ ...context, earlier: { triage, sentiment } });
    expect(output.result.escalate).toBe(true);
    expect(output.result.reasons).toEqual(['triage escalated (low_confidence)']);
    expect(output.trace[0]).toMatch(/sentiment from the sentiment agent, triage from the triage agent/);
  });

  it('writes a handoff summary with tier, request, what was tried, sentiment, open questions and the full timeline', async () => {
    const conversation = ticket({
      subject: 'Card declined',
      description: 'My card was declined at the supermarket.',
      customer: { id: 'c-1', tier: 'VIP', name: 'Vera' },
      messages: [
        customerSays('My card was declined at the supermarket.', 0),
        { authorRole: 'AI', body: 'Please check that your card is not frozen in the app.', internal: false, createdAt: '2025-03-01T10:02:00.000Z' },
        { authorRole: 'AGENT', body: 'Checked limits, all fine.', internal: true, createdAt: '2025-03-01T10:03:00.000Z' },
        customerSays('It is not frozen. Why does this keep happening? I want to talk to a real person!', 4),
      ],
    });
    const { result } = await agent.run(agentContext(conversation));
    const summary = result.handoffSummary;
    expect(summary).toContain('Customer: Vera, tier VIP');
    expect(summary).toContain('Asked: "My card was declined at the supermarket."');
    expect(summary).toMatch(/Tried: 1 reply sent; last by AI at 2025-03-01T10:02:00.000Z/);
    expect(summary).toMatch(/Sentiment: \w+ \(score/);
    expect(summary).toContain('Open questions: Why does this keep happening?');
    expect(summary).toContain('- 2025-03-01T10:03:00.000Z AGENT (internal note): Checked limits, all fine.');
    expect(summary.split('\n').filter((line) => line.startsWith('- 2025-'))).toHaveLength(4);
  });
});
