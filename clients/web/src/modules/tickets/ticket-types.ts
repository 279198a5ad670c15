/** Hand-written types for the tickets module's operations (graphql/*.graphql), kept beside them. */
export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export type MessageAuthorRole = 'CUSTOMER' | 'AGENT' | 'AI' | 'SYSTEM';

export interface TicketFilter {
  status?: TicketStatus[];
  priority?: TicketPriority[];
  assigneeId?: string;
  text?: string;
}

export interface QueueTicket {
  id: string;
  number: string;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  assigneeId: string | null;
  createdAt: string;
  slaDueAt: string;
  customer: { id: string; name: string | null; email: string | null };
  triage: { team: string; category: string | null } | null;
  sentiment: { label: 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE' } | null;
}

export interface TicketMessage {
  id: string;
  authorId: string | null;
  authorRole: MessageAuthorRole;
  body: string | null;
  internal: boolean;
  createdAt: string;
}

export interface TicketTriage {
  category: string | null;
  priority: TicketPriority;
  team: string;
  decidedBy: string;
  confidence: number;
  escalated: boolean;
  accepted: boolean;
  overridden: boolean;
}

export interface TicketDetail {
  id: string;
  number: string;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: TicketPriority;
  category: string | null;
  channel: string;
  tags: string[];
  assigneeId: string | null;
  version: number;
  createdAt: string;
  slaDueAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  customer: { id: string; name: string | null; email: string | null; tier: string };
  messages: TicketMessage[];
  triage: TicketTriage | null;
  sentiment: { label: 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE'; score: number; frustration: number; urgency: number; cues: string[] } | null;
  missingInformation: { complete: boolean; missing: { key: string; label: string; question: string }[]; askMessage: string | null } | null;
  escalation: { escalate: boolean; score: number; reasons: string[]; handoffSummary: string } | null;
}

export interface KnowledgeHit {
  score: number;
  snippet: string;
  article: { id: string; title: string; summary: string };
}

export interface SimilarTicket {
  score: number;
  ticket: { id: string; number: string; subject: string; status: TicketStatus };
}

export type AgentRunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** `AgentRun.output` of the reply drafter. */
export interface ReplyDraftOutput {
  text?: string;
  citations?: { id: string; title: string }[];
}

export interface StaffMember {
  id: string;
  name: string | null;
  email: string | null;
  role: string;
  active: boolean;
}
