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
 * A cube cell to write: `record` builds on the stored cell at `record.version - 1` (none for 1). When
 * another replica wrote the cell meanwhile, `rebase` adds the same change to what is stored instead.
 */
export interface CubeCellWrite {
  readonly record: CubeCellRecord;
  rebase(stored: CubeCellRecord | null): CubeCellRecord;
}

/** A help-page signal, inserted once in the same transaction as the cube cell it moves. */
export type HelpPageSignal = { readonly kind: 'visit'; readonly record: HelpSessionRecord } | { readonly kind: 'vote'; readonly record: ArticleVoteRecord };

/** A thumb recorded with its receipt: the receipt kept for a retried key, or the thumb it replaced. */
export type SuggestionRatingOutcome = { readonly kept: SignalReceiptRecord } | { readonly previous: SuggestionRatingRecord | null };

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
  /** The verdicts on drafts made in an A/B experiment (both arms). */
  draftRatingsOfExperiment(experimentId: string): Promise<DraftRatingRecord[]>;
  /** In one transaction: takes the receipt's key (or returns the kept receipt) and creates or replaces the thumb. */
  recordSuggestionRating(rating: SuggestionRatingRecord, receipt: SignalReceiptRecord): Promise<SuggestionRatingOutcome>;
  suggestionRatingsOf(ticketId: string): Promise<SuggestionRatingRecord[]>;
  findFact(ticketId: string): Promise<TicketFactRecord | null>;
  /** A page of the facts matching the query, newest first. */
  listFacts(query: FactQuery): Promise<TicketFactRecord[]>;
  countFacts(query: FactQuery): Promise<number>;
  /**
   * In one transaction: inserts the help-page signal if any (null, and nothing written, when it was
   * recorded already), saves the facts and writes the cells compare-and-set; returns the cells as stored.
   */
  writeCube(facts: readonly TicketFactRecord[], cells: readonly CubeCellWrite[], signal?: HelpPageSignal): Promise<CubeCellRecord[] | null>;
  /** Saves facts and cells as given, overwriting (a backfill into a store no replica is serving). */
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
