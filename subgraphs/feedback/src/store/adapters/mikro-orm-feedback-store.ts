import { UniqueConstraintViolationException, type EntityManager, type EntitySchema, type MikroORM } from '@mikro-orm/core';
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
import type { CubeCellWrite, FactQuery, FeedbackStore, HelpPageSignal, SuggestionRatingOutcome } from '../feedback-store.js';
import type { FeedbackEntitySchemas } from './mikro-orm-entity-schemas.js';

/** How often a cell write is rebased on another replica's write before giving up (each retry means a new write landed). */
const MAX_CELL_ATTEMPTS = 20;

/** The FeedbackStore on MikroORM; the same code serves SQLite and MongoDB (see create-feedback-store.ts). */
export class MikroOrmFeedbackStore implements FeedbackStore {
  constructor(
    private readonly orm: MikroORM,
    private readonly entities: FeedbackEntitySchemas,
    private readonly pingDatabase: () => Promise<void>,
    private readonly compact: () => Promise<void>,
  ) {}

  /** Inserts a record; false when its key exists already. */
  private async insertOnce<T extends object>(entity: EntitySchema<T>, record: T, em: EntityManager = this.orm.em.fork()): Promise<boolean> {
    try {
      await em.insert(entity, { ...record } as never);
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

  draftRatingsOfExperiment(experimentId: string): Promise<DraftRatingRecord[]> {
    return this.orm.em.fork().find(this.entities.DraftRating, { experimentId });
  }

  recordSuggestionRating(rating: SuggestionRatingRecord, receipt: SignalReceiptRecord): Promise<SuggestionRatingOutcome> {
    // Receipt first: a retried key costs one statement, and the thumb and its receipt commit together.
    return this.orm.em.fork().transactional(async (tx) => {
      if (!(await this.insertOnce(this.entities.SignalReceipt, receipt, tx))) return { kept: (await tx.findOneOrFail(this.entities.SignalReceipt, { key: receipt.key })) as SignalReceiptRecord };
      const previous = await tx.findOne(this.entities.SuggestionRating, { id: rating.id });
      const before = previous ? { ...previous } : null;
      await tx.upsert(this.entities.SuggestionRating, { ...rating });
      return { previous: before };
    });
  }

  suggestionRatingsOf(ticketId: string): Promise<SuggestionRatingRecord[]> {
    return this.orm.em.fork().find(this.entities.SuggestionRating, { ticketId });
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

  writeCube(facts: readonly TicketFactRecord[], cells: readonly CubeCellWrite[], signal?: HelpPageSignal): Promise<CubeCellRecord[] | null> {
    // The first statement writes, so on SQLite the transaction holds the write lock before any cell is re-read.
    return this.orm.em.fork().transactional(async (tx) => {
      if (signal && !(await this.insertSignal(tx, signal))) return null;
      if (facts.length) await tx.upsertMany(this.entities.TicketFact, facts.map((fact) => ({ ...fact })));
      const stored: CubeCellRecord[] = [];
      for (const cell of cells) stored.push(await this.compareAndSetCell(tx, cell));
      return stored;
    });
  }

  private insertSignal(tx: EntityManager, signal: HelpPageSignal): Promise<boolean> {
    return signal.kind === 'visit' ? this.insertOnce(this.entities.HelpSession, signal.record, tx) : this.insertOnce(this.entities.ArticleVote, signal.record, tx);
  }

  /** Writes a cell if it is still at the version the write builds on; otherwise rebases the write on what is stored and tries again. */
  private async compareAndSetCell(tx: EntityManager, write: CubeCellWrite): Promise<CubeCellRecord> {
    let record = write.record;
    for (let attempt = 1; ; attempt += 1) {
      const written =
        record.version === 1
          ? await this.insertOnce(this.entities.CubeCell, record, tx)
          : (await tx.nativeUpdate(this.entities.CubeCell, { id: record.id, version: record.version - 1 }, { counts: record.counts, version: record.version, updatedAt: record.updatedAt })) === 1;
      if (written) return record;
      if (attempt === MAX_CELL_ATTEMPTS) throw new Error(`Cube cell ${record.id} kept changing under ${MAX_CELL_ATTEMPTS} writes`);
      const stored = await tx.findOne(this.entities.CubeCell, { id: record.id }, { disableIdentityMap: true });
      record = write.rebase(stored ? { ...stored } : null);
    }
  }

  async saveFactsAndCells(facts: readonly TicketFactRecord[], cells: readonly CubeCellRecord[]): Promise<void> {
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
