import { UniqueConstraintViolationException, type EntitySchema, type MikroORM } from '@mikro-orm/core';
import type {
  ArticleVoteRecord,
  CsatResponseRecord,
  CubeCellRecord,
  DraftRatingRecord,
  HelpSessionRecord,
  SignalReceiptRecord,
  SuggestionRatingRecord,
  TicketFactRecord,
} from '../feedback-records.js';
import type { FactQuery, FeedbackStore } from '../feedback-store.js';
import type { FeedbackEntitySchemas } from './mikro-orm-entity-schemas.js';

/** The FeedbackStore on MikroORM; the same code serves SQLite and MongoDB (see create-feedback-store.ts). */
export class MikroOrmFeedbackStore implements FeedbackStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly entities: FeedbackEntitySchemas,
    private readonly pingDatabase: () => Promise<void>,
    private readonly compact: () => Promise<void>,
  ) {}

  /** Inserts a record; false when its key exists already. */
  private async insertOnce<T extends object>(entity: EntitySchema<T>, record: T): Promise<boolean> {
    try {
      const em = this.orm.em.fork();
      em.create(entity, record as never);
      await em.flush();
      return true;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    }
  }

  /** Creates or replaces the record with this primary key; returns the one it replaced. */
  private async replace<T extends object>(entity: EntitySchema<T>, where: Record<string, unknown>, record: T): Promise<T | null> {
    const em = this.orm.em.fork();
    const existing = await em.findOne(entity, where as never);
    const previous = existing ? ({ ...existing } as T) : null;
    if (existing) em.assign(existing, record as never);
    else em.create(entity, record as never);
    await em.flush();
    return previous;
  }

  saveCsat(response: CsatResponseRecord): Promise<CsatResponseRecord | null> {
    return this.replace(this.entities.CsatResponse, { ticketId: response.ticketId }, response);
  }

  async findCsat(ticketIds: readonly string[]): Promise<CsatResponseRecord[]> {
    if (ticketIds.length === 0) return [];
    return this.orm.em.fork().find(this.entities.CsatResponse, { ticketId: { $in: [...ticketIds] } });
  }

  async saveDraftRating(rating: DraftRatingRecord): Promise<void> {
    await this.replace(this.entities.DraftRating, { runId: rating.runId }, rating);
  }

  draftRatingsOf(ticketId: string): Promise<DraftRatingRecord[]> {
    return this.orm.em.fork().find(this.entities.DraftRating, { ticketId });
  }

  async saveSuggestionRating(rating: SuggestionRatingRecord): Promise<void> {
    await this.replace(this.entities.SuggestionRating, { id: rating.id }, rating);
  }

  suggestionRatingsOf(ticketId: string): Promise<SuggestionRatingRecord[]> {
    return this.orm.em.fork().find(this.entities.SuggestionRating, { ticketId });
  }

  addHelpSession(session: HelpSessionRecord): Promise<boolean> {
    return this.insertOnce(this.entities.HelpSession, session);
  }

  addArticleVote(vote: ArticleVoteRecord): Promise<boolean> {
    return this.insertOnce(this.entities.ArticleVote, vote);
  }

  findFact(ticketId: string): Promise<TicketFactRecord | null> {
    return this.orm.em.fork().findOne(this.entities.TicketFact, { ticketId });
  }

  listFacts(query: FactQuery): Promise<TicketFactRecord[]> {
    // Newest first along the (day, createdAt) index: the first page stops after `first` matches.
    return this.orm.em
      .fork()
      .find(this.entities.TicketFact, factFilter(query) as never, { orderBy: { day: 'desc', createdAt: 'desc', ticketId: 'asc' }, limit: query.first, offset: query.offset });
  }

  countFacts(query: FactQuery): Promise<number> {
    return this.orm.em.fork().count(this.entities.TicketFact, factFilter(query) as never);
  }

  async saveFactsAndCells(facts: readonly TicketFactRecord[], cells: readonly CubeCellRecord[]): Promise<void> {
    // One upsert statement per kind (no read first): a signal's write stays a couple of statements.
    const em = this.orm.em.fork();
    await em.transactional(async (tx) => {
      if (facts.length) await tx.upsertMany(this.entities.TicketFact, facts.map((fact) => ({ ...fact })));
      if (cells.length) await tx.upsertMany(this.entities.CubeCell, cells.map((cell) => ({ ...cell })));
    });
  }

  cellsChangedSince(since: Date | null): Promise<CubeCellRecord[]> {
    return this.orm.em.fork().find(this.entities.CubeCell, since ? { updatedAt: { $gte: since } } : {});
  }

  findReceipt(key: string): Promise<SignalReceiptRecord | null> {
    return this.orm.em.fork().findOne(this.entities.SignalReceipt, { key });
  }

  addReceipt(receipt: SignalReceiptRecord): Promise<boolean> {
    return this.insertOnce(this.entities.SignalReceipt, receipt);
  }

  async recordsOfTickets(ticketIds: readonly string[]) {
    if (ticketIds.length === 0) return { csat: [], drafts: [], suggestions: [] };
    const em = this.orm.em.fork();
    const where = { ticketId: { $in: [...ticketIds] } };
    const [csat, drafts, suggestions] = await Promise.all([
      em.find(this.entities.CsatResponse, where),
      em.find(this.entities.DraftRating, where),
      em.find(this.entities.SuggestionRating, where),
    ]);
    return { csat, drafts, suggestions };
  }

  async eraseComments(ticketIds: readonly string[]): Promise<number> {
    if (ticketIds.length === 0) return 0;
    const em = this.orm.em.fork();
    const responses = await em.find(this.entities.CsatResponse, { ticketId: { $in: [...ticketIds] }, comment: { $ne: null } });
    for (const response of responses) response.comment = null;
    await em.flush();
    if (responses.length > 0) await this.compact();
    return responses.length;
  }

  async ping(): Promise<void> {
    await this.pingDatabase();
  }

  async close(): Promise<void> {
    await this.orm.close();
  }
}

function factFilter(query: FactQuery) {
  return { day: { $gte: query.fromDay, $lte: query.toDay }, ...query.where, ...query.condition };
}
