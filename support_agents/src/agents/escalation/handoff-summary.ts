import type { MissingInformationResult } from '../missing-information/missing-information-result.js';
import type { SentimentResult } from '../sentiment/sentiment-result.js';
import type { AgentOutput, AgentTicket } from '../support-agent.js';
import type { TriageResult } from '../triage/triage-result.js';

export interface HandoffFacts {
  readonly ticket: AgentTicket;
  readonly triage?: AgentOutput<TriageResult>;
  readonly sentiment: SentimentResult;
  readonly missingInformation?: MissingInformationResult;
  readonly score: number;
  readonly reasons: readonly string[];
}

/** Longest quote of one message in the summary's header lines; the timeline below keeps every word. */
const QUOTE_LENGTH = 280;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quote(text: string): string {
  const line = oneLine(text);
  return line.length > QUOTE_LENGTH ? `"${line.slice(0, QUOTE_LENGTH - 1)}…"` : `"${line}"`;
}

/** Questions the customer asked in their latest message: sentences ending with a question mark. */
function customerQuestions(text: string): string[] {
  return (text.match(/[^.!?\n]*\?/g) ?? []).map((question) => oneLine(question)).filter((question) => question.length > 3);
}

function triageLine(triage: AgentOutput<TriageResult> | undefined): string {
  if (!triage) return 'Triage: not run';
  const { result, confidence } = triage;
  if (result.escalated) return `Triage: escalated by the cascade (${result.reason ?? 'no reason'}), best confidence ${confidence.toFixed(2)}`;
  return `Triage: ${result.category} → team ${result.team}, priority ${result.priority} (decided by ${result.decidedBy}, confidence ${confidence.toFixed(2)})`;
}

/**
 * A concise, structured text for the person taking over: who the customer is, what they asked,
 * what was tried, how they feel, what is still open, and the whole conversation in order.
 */
export function composeHandoffSummary(facts: HandoffFacts): string {
  const { ticket, sentiment } = facts;
  const fromCustomer = ticket.messages.filter((m) => m.authorRole === 'CUSTOMER' && !m.internal);
  const replies = ticket.messages.filter((m) => (m.authorRole === 'AGENT' || m.authorRole === 'AI') && !m.internal);
  const latest = fromCustomer.at(-1)?.body ?? ticket.description;
  const lastReply = replies.at(-1);
  const open = [
    ...(facts.missingInformation?.missing.map((item) => `missing ${item.label}`) ?? []),
    ...customerQuestions(latest),
  ];

  return [
    `Ticket ${ticket.number}: ${quote(ticket.subject)} (status ${ticket.status}, priority ${ticket.priority}, channel ${ticket.channel})`,
    `Customer: ${ticket.customer.name ?? ticket.customer.id}, tier ${ticket.customer.tier}`,
    `Asked: ${quote(ticket.description || latest)}`,
    ...(latest !== ticket.description ? [`Latest from customer: ${quote(latest)}`] : []),
    lastReply
      ? `Tried: ${replies.length} ${replies.length === 1 ? 'reply' : 'replies'} sent; last by ${lastReply.authorRole} at ${lastReply.createdAt}: ${quote(lastReply.body)}`
      : 'Tried: no reply sent yet',
    triageLine(facts.triage),
    `Sentiment: ${sentiment.label} (score ${sentiment.score}, frustration ${sentiment.frustration}, urgency ${sentiment.urgency})` +
      (sentiment.cues.length ? `; cues: ${sentiment.cues.join(', ')}` : ''),
    `Escalation: score ${facts.score.toFixed(2)}; ${facts.reasons.join('; ') || 'no signal'}`,
    `Open questions: ${open.length ? open.join(' | ') : 'none recorded'}`,
    'Timeline:',
    ...(ticket.messages.length
      ? ticket.messages.map((m) => `- ${m.createdAt} ${m.authorRole}${m.internal ? ' (internal note)' : ''}: ${oneLine(m.body)}`)
      : [`- ${ticket.customer.name ?? 'customer'} opened the ticket: ${oneLine(ticket.description)}`]),
  ].join('\n');
}
