import type {
  ArticleVoteRecord,
  CsatResponseRecord,
  CubeCellRecord,
  DraftRatingRecord,
  HelpSessionRecord,
  SignalReceiptRecord,
  SuggestionRatingRecord,
  TicketFactRecord,
} from './feedback-records.js';

/** Which ticket facts a drill-down lists: a day range and any dimensions, plus the figure's own condition. */
export interface FactQuery {
  readonly fromDay: string;
  readonly toDay: string;
  readonly where: Readonly<Partial<Record<'team' | 'category' | 'channel' | 'language' | 'mode', string>>>;
  /** The figure's condition on fact fields, as a MikroORM filter (e.g. `{ aiResolved: true }`, `{ csatScore: { $lte: 3 } }`). */
  readonly condition: Readonly<Record<string, unknown>>;
  readonly first: number;
  /** Offset of the first fact returned. */
  readonly offset: number;
}

/**
 * Persistence of the feedback subgraph: signals, ticket facts, the rollup cube and idempotency
 * receipts. Adapter: MikroORM on SQLite (embedded) and MongoDB (production), both held to
 * `test/feedback-store-contract.ts`.
 */
export interface FeedbackStore {
  /** Creates or replaces the ticket's answer; returns the previous one. */
  saveCsat(response: CsatResponseRecord): Promise<CsatResponseRecord | null>;
  findCsat(ticketIds: readonly string[]): Promise<CsatResponseRecord[]>;
  /** Creates or replaces the verdict on a draft run. */
  saveDraftRating(rating: DraftRatingRecord): Promise<void>;
  draftRatingsOf(ticketId: string): Promise<DraftRatingRecord[]>;
  saveSuggestionRating(rating: SuggestionRatingRecord): Promise<void>;
  suggestionRatingsOf(ticketId: string): Promise<SuggestionRatingRecord[]>;
  /** False when the visit was recorded already. */
  addHelpSession(session: HelpSessionRecord): Promise<boolean>;
  /** False when this visit voted on this article already. */
  addArticleVote(vote: ArticleVoteRecord): Promise<boolean>;
  findFact(ticketId: string): Promise<TicketFactRecord | null>;
  /** A page of the facts matching the query, newest first. */
  listFacts(query: FactQuery): Promise<TicketFactRecord[]>;
  countFacts(query: FactQuery): Promise<number>;
  /** Saves ticket facts and the cube cells their changes moved, in one flush (one fact per change; many for a backfill). */
  saveFactsAndCells(facts: readonly TicketFactRecord[], cells: readonly CubeCellRecord[]): Promise<void>;
  /** Cube cells changed at or after `since` (all of them when null). */
  cellsChangedSince(since: Date | null): Promise<CubeCellRecord[]>;
  findReceipt(key: string): Promise<SignalReceiptRecord | null>;
  /** False when the key was taken already. */
  addReceipt(receipt: SignalReceiptRecord): Promise<boolean>;
  /** Every signal about these tickets (privacy export). */
  recordsOfTickets(ticketIds: readonly string[]): Promise<{ csat: CsatResponseRecord[]; drafts: DraftRatingRecord[]; suggestions: SuggestionRatingRecord[] }>;
  /** Removes CSAT comments of these tickets (erasure); returns how many changed. */
  eraseComments(ticketIds: readonly string[]): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
