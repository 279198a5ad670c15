/** A ticket's text as the similarity index takes it. */
export interface TicketInput {
  id: string;
  subject: string;
  description: string;
  status?: string;
}

/** What the engine holds about one ticket, for a privacy export: its text lives in the index chunks only. */
export interface TicketKnowledge {
  id: string;
  /** The graph node (ids, status, timestamps; no text), or null when only the index holds the ticket. */
  graph: { status: string; updatedAt: string } | null;
  similarTickets: Array<{ ticketId: string; score: number }>;
  resolvedWithArticleIds: string[];
  indexChunks: Array<{ id: string; position: number; title: string; heading: string; text: string }>;
}

export interface SimilarTicket {
  ticketId: string;
  subject: string;
  score: number;
  /** Articles the similar ticket was resolved with, if any. */
  resolvedWithArticleIds: string[];
}
