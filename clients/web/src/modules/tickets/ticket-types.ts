/** Hand-written types for the tickets module's operations (graphql/*.graphql), kept beside them. */
export const TICKET_STATUSES = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'ESCALATED', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export type MessageAuthorRole = 'CUSTOMER' | 'AGENT' | 'AI' | 'SYSTEM';
export type SentimentLabel = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';

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
  firstResponseAt: string | null;
  resolvedAt: string | null;
  customer: { id: string; name: string | null; email: string | null };
  triage: { team: string; teamName: string; category: string | null; categoryName: string | null } | null;
  sentiment: { label: SentimentLabel } | null;
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
  categoryName: string | null;
  priority: TicketPriority;
  team: string;
  teamName: string;
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
  history: TicketHistoryEntry[] | null;
  triage: TicketTriage | null;
  sentiment: { label: SentimentLabel; score: number; frustration: number; urgency: number; cues: string[] } | null;
  missingInformation: { complete: boolean; missing: { key: string; label: string; question: string }[]; askMessage: string | null } | null;
  escalation: { escalate: boolean; score: number; reasons: string[]; handoffSummary: string } | null;
}

export interface TicketHistoryEntry {
  changedAt: string;
  actor: string;
  field: string;
  from: string | null;
  to: string | null;
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

/** `AgentRun.output` of the reply drafter (the untyped JSON the API gave before `AgentRun.draft`). */
export interface ReplyDraftOutput {
  text?: string;
  /** Older runs cite `id` (`<article id>#<position>`); newer ones `articleId` and `chunkId`. */
  citations?: { id?: string; articleId?: string; chunkId?: string; title: string }[];
  language?: string;
  grounded?: boolean;
}

/** An article a draft quotes: `ReplyDraft.citations` of the API. */
export interface DraftCitation {
  article: { id: string; externalId: string | null; title: string };
  chunkId: string | null;
  quote: string | null;
}

/** `AgentRun.draft`: the reply drafter's result, typed. */
export interface ReplyDraft {
  text: string;
  language: string | null;
  grounded: boolean | null;
  confidence: number | null;
  citations: DraftCitation[];
}

export interface TriageCategory {
  id: string;
  name: string;
  team: string;
  teamName: string;
}

export interface StaffMember {
  id: string;
  name: string | null;
  email: string | null;
  role: string;
  active: boolean;
  teams: { id: string; name: string }[];
}

/** A file on a ticket (docs/email.md): from email, the help page or the console. */
export interface TicketAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  /** An image the console previews. */
  image: boolean;
  source: 'EMAIL' | 'UPLOAD';
  createdAt: string;
  contentBase64: string;
}
