import { redactPii } from '@support-graph/runtime';
import type { LinkedTicket } from '../peers/support-tickets.js';

/**
 * The description of an issue made from a ticket: the agent's words first, then the customer's
 * conversation with PII redacted (it leaves the platform for Jira), then what is still needed
 * to reproduce it, from the missing-information agent.
 */
export function ticketIssueDescription(ticket: LinkedTicket, agentText: string): string {
  const parts = [`From support ticket #${ticket.number}.`, '', 'Customer report (redacted):', redactPii(ticket.description)];
  if (agentText.trim()) parts.unshift(agentText.trim(), '');
  const followUps = ticket.customerMessages.slice(1).map((message) => `- ${redactPii(message)}`);
  if (followUps.length > 0) parts.push('', 'Follow-ups (redacted):', ...followUps);
  if (ticket.missingInformation.length > 0) parts.push('', 'Reproduction steps still needed:', ...ticket.missingInformation.map((question) => `- ${question}`));
  return parts.join('\n');
}
