import type { KnowledgeHit, TicketStatus } from '../tickets/ticket-types';

/** Hand-written types for the help page's operations (graphql/*.graphql). */
export interface MyTicketSummary {
  id: string;
  number: string;
  subject: string;
  status: TicketStatus;
  updatedAt: string;
}

export interface MyTicketDetail {
  id: string;
  number: string;
  subject: string;
  description: string;
  status: TicketStatus;
  createdAt: string;
  satisfaction: Satisfaction | null;
  messages: { id: string; authorRole: 'CUSTOMER' | 'AGENT' | 'AI' | 'SYSTEM'; body: string | null; createdAt: string }[];
}

/** The CSAT survey of a resolved ticket and the customer's answer. */
export interface Satisfaction {
  score: number | null;
  comment: string | null;
  open: boolean;
  changeableUntil: string | null;
}

/** A published article as the help page shows it in full. */
export interface HelpArticle {
  id: string;
  title: string;
  summary: string;
  body: string;
  locale: string;
  updatedAt: string;
}

export type { KnowledgeHit };
