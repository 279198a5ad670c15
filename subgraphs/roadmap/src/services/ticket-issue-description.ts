import { redactPii } from '@support-graph/runtime';
import type { LinkedTicket } from '../peers/support-tickets.js';

const REPORT_HEADING = 'Customer report (redacted):';
const STEPS_HEADING = 'Reproduction steps still needed:';
/** What stands where the customer's words were once their customer is erased. */
export const ERASED_CONVERSATION = "Customer report: removed at the customer's request.";

/**
 * The description of an issue made from a ticket: the agent's words first, then the customer's
 * conversation with PII redacted (it leaves the platform for Jira), then what is still needed
 * to reproduce it, from the missing-information agent.
 */
export function ticketIssueDescription(ticket: LinkedTicket, agentText: string): string {
  const parts = [`From support ticket #${ticket.number}.`, '', REPORT_HEADING, redactPii(ticket.description)];
  if (agentText.trim()) parts.unshift(agentText.trim(), '');
  const followUps = ticket.customerMessages.slice(1).map((message) => `- ${redactPii(message)}`);
  if (followUps.length > 0) parts.push('', 'Follow-ups (redacted):', ...followUps);
  if (ticket.missingInformation.length > 0) parts.push('', STEPS_HEADING, ...ticket.missingInformation.map((question) => `- ${question}`));
  return parts.join('\n');
}

/**
 * Erasure: the description without the customer's conversation (report and follow-ups), the
 * agent's words and the open questions kept. When someone has edited the headings away, nothing
 * tells the conversation apart, so the whole description gives way to the placeholder (unless it
 * is already there: erasing twice changes nothing).
 */
export function withoutTicketConversation(description: string): string {
  const start = description.indexOf(REPORT_HEADING);
  if (start < 0) return description.includes(ERASED_CONVERSATION) ? description : ERASED_CONVERSATION;
  const steps = description.indexOf(`\n\n${STEPS_HEADING}`, start);
  return description.slice(0, start) + ERASED_CONVERSATION + (steps < 0 ? '' : description.slice(steps));
}
