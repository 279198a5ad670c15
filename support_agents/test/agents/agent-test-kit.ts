import { createLocalGroundedResponder } from '../../src/llm/adapters/local-grounded-responder.js';
import type { RetrievedPassage } from '../../src/llm/llm-provider.js';
import type { AgentContext, AgentTicket, KnowledgeRetriever } from '../../src/agents/support-agent.js';

type Message = AgentTicket['messages'][number];

/** A small ticket; override what a test is about. */
export function ticket(overrides: Partial<AgentTicket> = {}): AgentTicket {
  return {
    id: 't-42',
    number: 'SUP-42',
    subject: 'Question',
    description: '',
    status: 'OPEN',
    priority: 'normal',
    channel: 'email',
    tags: [],
    customer: { id: 'c-7', tier: 'standard', name: 'Ann' },
    messages: [],
    ...overrides,
  };
}

/** A customer message at minute `minute` of 2025-03-01. */
export function customerSays(body: string, minute = 0): Message {
  return { authorRole: 'CUSTOMER', body, internal: false, createdAt: `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z` };
}

/** An in-memory knowledge retriever that returns fixed passages and records every query it was sent. */
export function fakeKnowledge(articles: readonly RetrievedPassage[] = [], resolved: readonly RetrievedPassage[] = []) {
  const queries: string[] = [];
  const knowledge: KnowledgeRetriever = {
    async articlesFor(text, first) {
      queries.push(text);
      return articles.slice(0, first);
    },
    async resolvedTicketsLike(text, first) {
      queries.push(text);
      return resolved.slice(0, first);
    },
  };
  return { knowledge, queries };
}

/** A context around `agentTicket` with the real local grounded responder and a fixed clock. */
export function agentContext(agentTicket: AgentTicket, overrides: Partial<AgentContext> = {}): AgentContext {
  return {
    ticket: agentTicket,
    knowledge: fakeKnowledge().knowledge,
    llm: createLocalGroundedResponder(),
    now: () => new Date('2025-03-01T12:00:00.000Z'),
    ...overrides,
  };
}

export const REFUND_ARTICLES: readonly RetrievedPassage[] = [
  {
    id: 'kb-refunds',
    title: 'Refund policy',
    text:
      'You can request a refund within 30 days of purchase. Refunds are paid back to the original payment method within 5 business days. ' +
      'Gift cards cannot be refunded.',
    score: 0.91,
  },
  {
    id: 'kb-refund-tracking',
    title: 'Tracking a refund',
    text: 'Once a refund is issued, your card statement shows it as a credit. Refunds to cards usually appear within 5 business days.',
    score: 0.74,
  },
];
