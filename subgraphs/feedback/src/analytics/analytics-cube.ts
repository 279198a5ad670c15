import type { CubeCellRecord, TicketFactRecord } from '../store/feedback-records.js';
import type { FeedbackStore } from '../store/feedback-store.js';
import { addCounts, emptyCounts, parseCounts, serializeCounts, type CubeCounts } from './cube-counts.js';
import { cellId, DIMENSIONS, type CellCoordinates, type Dimension } from './cube-dimensions.js';
import { factContribution, factCoordinates } from './fact-contribution.js';

interface Cell {
  readonly coordinates: CellCoordinates;
  readonly counts: CubeCounts;
}

/** Which cells a figure adds up: a day range (inclusive) and any dimension values. */
export interface CubeFilter {
  readonly fromDay: string;
  readonly toDay: string;
  readonly where: Readonly<Partial<Record<Dimension, string>>>;
}

/** A replica re-reads cells changed this long before its last look, so a write that raced the look is not missed. */
const REFRESH_OVERLAP_MS = 2_000;

/**
 * The rollup cube: per day × team × category × channel × language × AI-or-human, the summed
 * contributions of tickets and help-page visits. Held in memory (a few rows per day) and written
 * through to the store; analytics add cells up and never scan tickets. Writes in this process are
 * serialised, so "read fact, move its contribution, save" never interleaves.
 */
export class AnalyticsCube {
  private readonly cells = new Map<string, Cell>();
  private lastLook: Date | null = null;
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(private readonly store: FeedbackStore) {}

  static async load(store: FeedbackStore): Promise<AnalyticsCube> {
    const cube = new AnalyticsCube(store);
    await cube.refresh();
    return cube;
  }

  /** Picks up cells other replicas changed since the last look. */
  async refresh(): Promise<void> {
    const look = new Date();
    const since = this.lastLook ? new Date(this.lastLook.getTime() - REFRESH_OVERLAP_MS) : null;
    for (const record of await this.store.cellsChangedSince(since)) this.remember(record);
    this.lastLook = look;
  }

  /**
   * Changes one ticket's fact: `change` gets the current fact (null for a ticket not seen yet) and
   * returns the new one, or null to leave it. The ticket's contribution moves from its old cell to its new one.
   */
  updateFact(ticketId: string, change: (current: TicketFactRecord | null) => TicketFactRecord | null | Promise<TicketFactRecord | null>): Promise<TicketFactRecord | null> {
    return this.serialised(async () => {
      const current = await this.store.findFact(ticketId);
      const next = await change(current ? { ...current } : null);
      if (!next) return current;
      const touched = new Map<string, Cell>();
      if (current) touched.set(...this.add(factCoordinates(current), factContribution(current), -1));
      touched.set(...this.add(factCoordinates(next), factContribution(next), 1));
      await this.persist({ ...next, updatedAt: new Date() }, [...touched.values()].map(toRecord));
      return next;
    });
  }

  /** Adds counts that belong to no ticket (a help-page visit, an article vote). */
  addToCell(coordinates: CellCoordinates, counts: CubeCounts): Promise<void> {
    return this.serialised(async () => {
      const [, cell] = this.add(coordinates, counts, 1);
      await this.persist(null, [toRecord(cell)]);
    });
  }

  /** Sums the cells matching `filter`, grouped by `groupKey` (one group '' when it is not given). */
  sum(filter: CubeFilter, groupKey: (coordinates: CellCoordinates) => string = () => ''): Map<string, CubeCounts> {
    const groups = new Map<string, CubeCounts>();
    for (const cell of this.cells.values()) {
      const { coordinates } = cell;
      if (coordinates.day < filter.fromDay || coordinates.day > filter.toDay) continue;
      if (!DIMENSIONS.every((dimension) => filter.where[dimension] === undefined || filter.where[dimension] === coordinates[dimension])) continue;
      const key = groupKey(coordinates);
      const group = groups.get(key) ?? emptyCounts();
      addCounts(group, cell.counts);
      groups.set(key, group);
    }
    return groups;
  }

  /** Saves a change already made in memory; when saving fails, memory is reloaded from the store, which stayed as it was. */
  private async persist(fact: TicketFactRecord | null, cells: readonly CubeCellRecord[]): Promise<void> {
    try {
      await this.store.saveFactAndCells(fact, cells);
    } catch (error) {
      this.cells.clear();
      this.lastLook = null;
      await this.refresh().catch(() => undefined);
      throw error;
    }
  }

  private add(coordinates: CellCoordinates, counts: CubeCounts, sign: number): [string, Cell] {
    const id = cellId(coordinates);
    const cell = this.cells.get(id) ?? { coordinates, counts: emptyCounts() };
    addCounts(cell.counts, counts, sign);
    this.cells.set(id, cell);
    return [id, cell];
  }

  private remember(record: CubeCellRecord): void {
    const { day, team, category, channel, language, mode } = record;
    this.cells.set(record.id, { coordinates: { day, team, category, channel, language, mode }, counts: parseCounts(record.counts) });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writes.then(work);
    this.writes = result.catch(() => undefined);
    return result;
  }
}

function toRecord(cell: Cell): CubeCellRecord {
  return { id: cellId(cell.coordinates), ...cell.coordinates, counts: serializeCounts(cell.counts), updatedAt: new Date() };
}
