import type { AgentContext, AgentTicket, KnowledgeRetriever } from '../agents/support-agent.js';
import { createLocalGroundedResponder } from '../llm/adapters/local-grounded-responder.js';

const NO_KNOWLEDGE: KnowledgeRetriever = { articlesFor: async () => [], resolvedTicketsLike: async () => [] };

/** A ticket whose whole customer text is `text` (no subject), as the evaluation sets give it. */
export function evalTicket(text: string, overrides: Partial<AgentTicket> = {}): AgentTicket {
  return {
    id: 'eval',
    number: 'EVAL-1',
    subject: '',
    description: text,
    status: 'OPEN',
    priority: 'normal',
    channel: 'email',
    tags: [],
    customer: { id: 'eval-customer', tier: 'standard' },
    messages: [],
    ...overrides,
  };
}

/** The context agents get in evaluation: the local responder, no knowledge unless given, a fixed clock. */
export function evalContext(ticket: AgentTicket, knowledge: KnowledgeRetriever = NO_KNOWLEDGE): AgentContext {
  return { ticket, knowledge, llm: createLocalGroundedResponder(), now: () => new Date('2026-03-05T12:00:00Z') };
}
