import { typedDocument } from '../api/typed-document';
import roadmapDashboardText from './graphql/roadmap-dashboard.graphql?raw';
import roadmapEventsText from './graphql/roadmap-events.graphql?raw';
import createIssueFromTicketText from './graphql/create-issue-from-ticket.graphql?raw';
import linkTicketToIssueText from './graphql/link-ticket-to-issue.graphql?raw';
import ticketIssuesText from './graphql/ticket-issues.graphql?raw';
import type { RoadmapDashboardData, TicketIssuesData } from './roadmap-types';

export const RoadmapDashboard = typedDocument<RoadmapDashboardData, Record<string, never>>(roadmapDashboardText);

export const RoadmapEvents = typedDocument<{ roadmapEvents: { kind: string; issueKey: string | null } }, Record<string, never>>(roadmapEventsText);


export const TicketIssues = typedDocument<TicketIssuesData, { id: string }>(ticketIssuesText);

export const CreateIssueFromTicket = typedDocument<
  { createIssueFromTicket: { id: string; key: string | null; syncState: 'SYNCED' | 'PENDING' } },
  { ticketId: string; input: { summary: string; description?: string; component?: string } }
>(createIssueFromTicketText);

export const LinkTicketToIssue = typedDocument<{ linkTicketToIssue: { id: string; key: string | null } }, { ticketId: string; issueKey: string }>(linkTicketToIssueText);
