/** A customer's answer to the one-question survey of a resolved ticket; one per ticket, changeable for 7 days. */
export interface CsatResponseRecord {
  ticketId: string;
  /** 1–5. */
  score: number;
  /** The customer's words: never in logs, events or analytics; reached by export and erasure. */
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What an agent did with an AI reply draft. */
export const DraftOutcome = { SENT_AS_IS: 'SENT_AS_IS', EDITED: 'EDITED', DISCARDED: 'DISCARDED' } as const;
export type DraftOutcome = (typeof DraftOutcome)[keyof typeof DraftOutcome];

/** One agent's verdict on one reply draft (the agents subgraph's run); the latest verdict counts. */
export interface DraftRatingRecord {
  runId: string;
  ticketId: string;
  outcome: DraftOutcome;
  /** Levenshtein distance between the draft and what was sent (EDITED); the texts themselves are not kept. */
  editDistance: number | null;
  /** Fixed reason code when DISCARDED (WRONG_ANSWER, TONE…), never free text. */
  reason: string | null;
  actor: string;
  createdAt: Date;
  /** The A/B experiment the draft was made in (the agents' run names it), and its arm; null outside one. Ids only. */
  experimentId?: string | null;
  /** `control` or `candidate`. */
  experimentArm?: string | null;
}

/** Thumbs up or down on one AI suggestion (an article, a similar ticket, a triage) shown on a ticket, per agent. */
export interface SuggestionRatingRecord {
  /** `<ticketId>:<kind>:<suggestionId>:<actor>`: an agent changing their mind replaces their thumb. */
  id: string;
  ticketId: string;
  kind: string;
  suggestionId: string;
  helpful: boolean;
  actor: string;
  createdAt: Date;
}

/** How a help-page visit ended after the customer read at least one suggested article. */
export const HelpOutcome = { DEFLECTED: 'DEFLECTED', TICKET_OPENED: 'TICKET_OPENED' } as const;
export type HelpOutcome = (typeof HelpOutcome)[keyof typeof HelpOutcome];

export interface HelpSessionRecord {
  sessionId: string;
  outcome: HelpOutcome;
  language: string;
  articlesRead: number;
  createdAt: Date;
}

/** "Did this article help?" from a help-page visitor; one per visit and article. */
export interface ArticleVoteRecord {
  /** `<sessionId>:<articleId>`. */
  id: string;
  articleId: string;
  helpful: boolean;
  language: string;
  createdAt: Date;
}

/**
 * Everything analytics needs about one ticket, PII-free, rebuilt from the tickets and agents
 * subgraphs on every ticket event and from this subgraph's own signals. Its contribution to the
 * rollup cube is a pure function of it, so a change moves the contribution from the old cell to the new.
 */
export interface TicketFactRecord {
  ticketId: string;
  /** The ticket's display number, e.g. SUP-1001. */
  number: string;
  /** UTC day the ticket was opened (`YYYY-MM-DD`): every figure of a ticket counts on that day. */
  day: string;
  createdAt: Date;
  team: string;
  category: string;
  channel: string;
  language: string;
  /** AI when the AI answered and no person did, HUMAN otherwise. */
  mode: string;
  status: string;
  resolved: boolean;
  /** When it was last resolved; the CSAT survey is open for a window after it. */
  resolvedAt: Date | null;
  reopened: boolean;
  firstResponseMs: number | null;
  resolutionMs: number | null;
  /** Null while the ticket has no SLA or its first response is still due. */
  slaMet: boolean | null;
  aiResolved: boolean;
  csatScore: number | null;
  draftsAsIs: number;
  draftsEdited: number;
  draftsDiscarded: number;
  editDistanceSum: number;
  triageReviewed: boolean;
  triageCorrected: boolean;
  thumbsUp: number;
  thumbsDown: number;
  tokens: number;
  costUsd: number;
  updatedAt: Date;
}

/** A signal mutation's idempotency key, with the result it gave, so a retried request gets the same answer. */
export interface SignalReceiptRecord {
  key: string;
  kind: string;
  result: string;
  createdAt: Date;
}

/**
 * One cell of the analytics cube: the summed contributions of the tickets (and help-page visits) of
 * one day and one combination of dimensions. `counts` is JSON of counters and duration histograms
 * (analytics/cube-counts.ts); analytics add cells up and never read tickets.
 */
export interface CubeCellRecord {
  /** `day|team|category|channel|language|mode`. */
  id: string;
  day: string;
  team: string;
  category: string;
  channel: string;
  language: string;
  mode: string;
  counts: string;
  /** How many writes the cell has had: a write names the version it builds on, so replicas never overwrite each other's increments. */
  version: number;
  updatedAt: Date;
}
