import type { CubeCellRecord, TicketFactRecord } from '../store/feedback-records.js';
import type { CubeCellWrite, FeedbackStore, HelpPageSignal } from '../store/feedback-store.js';
import { addCounts, emptyCounts, parseCounts, serializeCounts, type CubeCounts } from './cube-counts.js';
import { cellId, DIMENSIONS, type CellCoordinates, type Dimension } from './cube-dimensions.js';
import { factContribution, factCoordinates } from './fact-contribution.js';

interface Cell {
  readonly coordinates: CellCoordinates;
  readonly counts: CubeCounts;
  /** The stored cell's version this memory reflects. */
  readonly version: number;
}

/** What a write adds to one cell. */
interface CellChange {
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
/** How many question shapes (filter and breakdown) keep per-day sums; the oldest shape is dropped beyond. */
const MAX_CACHED_SHAPES = 64;

/** What a question groups by: nothing (one total), the day, or a dimension. */
export type CubeGrouping = 'none' | 'day' | Dimension;

interface DaySums {
  readonly version: number;
  readonly groups: Map<string, CubeCounts>;
}

/**
 * The rollup cube: per day × team × category × channel × language × AI-or-human, the summed
 * contributions of tickets and help-page visits. Held in memory (a few rows per day) and written
 * through to the store; analytics add cells up and never scan tickets. Writes about one ticket (or
 * one ticketless cell) are serialised, so a ticket's "read fact, move its contribution, save" never
 * interleaves; a cell write is compare-and-set on the cell's version, so writes about other tickets
 * in this process, or any write in another replica, never lose an increment.
 */
export class AnalyticsCube {
  private readonly cells = new Map<string, Cell>();
  /** The same cells by day, and a version per day that changes with any of its cells. */
  private readonly days = new Map<string, { version: number; cells: Map<string, Cell> }>();
  /** Per question shape, per day: the day's sums, valid while the day's version is unchanged. */
  private readonly daySums = new Map<string, Map<string, DaySums>>();
  private lastLook: Date | null = null;
  /** The last write queued per ticket id or ticketless cell id. */
  private readonly writes = new Map<string, Promise<unknown>>();

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
    return this.serialised(`ticket:${ticketId}`, async () => {
      const current = await this.store.findFact(ticketId);
      const next = await change(current ? { ...current } : null);
      if (!next) return current;
      const changes = new Map<string, CellChange>();
      if (current) addChange(changes, factCoordinates(current), factContribution(current), -1);
      addChange(changes, factCoordinates(next), factContribution(next), 1);
      await this.write([{ ...next, updatedAt: new Date() }], changes);
      return next;
    });
  }

  /** Adds counts that belong to no ticket (a help-page visit, an article vote) with the signal itself; false when the signal was recorded already. */
  addToCell(coordinates: CellCoordinates, counts: CubeCounts, signal: HelpPageSignal): Promise<boolean> {
    return this.serialised(`cell:${cellId(coordinates)}`, () => this.write([], addChange(new Map(), coordinates, counts, 1), signal));
  }

  /**
   * Sums the cells matching `filter`, grouped (one group '' for 'none'). A day's sums are kept per
   * question shape until one of its cells changes, so a dashboard's question over 90 days adds up
   * 90 small results plus whatever changed (today), not every cell again.
   */
  sum(filter: CubeFilter, grouping: CubeGrouping = 'none'): Map<string, CubeCounts> {
    const where = DIMENSIONS.filter((dimension) => filter.where[dimension] !== undefined).map((dimension) => [dimension, filter.where[dimension]!] as const);
    const shape = `${grouping}|${where.map(([dimension, value]) => `${dimension}=${value}`).join('&')}`;
    let cached = this.daySums.get(shape);
    if (!cached) {
      if (this.daySums.size >= MAX_CACHED_SHAPES) this.daySums.delete(this.daySums.keys().next().value!);
      cached = new Map();
      this.daySums.set(shape, cached);
    }
    const groups = new Map<string, CubeCounts>();
    for (const [day, { version, cells }] of this.days) {
      if (day < filter.fromDay || day > filter.toDay) continue;
      let sums = cached.get(day);
      if (!sums || sums.version !== version) {
        sums = { version, groups: sumCells(cells.values(), where, grouping) };
        cached.set(day, sums);
      }
      for (const [key, counts] of sums.groups) {
        const group = groups.get(key);
        // A copy: the day's sums stay as they are for the next question.
        if (group) addCounts(group, counts);
        else groups.set(key, Float64Array.from(counts));
      }
    }
    return groups;
  }

  /**
   * Saves the facts and adds the changes to their cells in the store, then takes the cells as
   * stored into memory (with any other replica's increments). When saving fails, memory is
   * reloaded from the store, which stayed as it was.
   */
  private async write(facts: readonly TicketFactRecord[], changes: ReadonlyMap<string, CellChange>, signal?: HelpPageSignal): Promise<boolean> {
    const writes: CubeCellWrite[] = [...changes].map(([id, change]) => {
      const rebase = (base: CubeCounts, version: number): CubeCellRecord => {
        const counts = Float64Array.from(base);
        addCounts(counts, change.counts);
        return { id, ...change.coordinates, counts: serializeCounts(counts), version: version + 1, updatedAt: new Date() };
      };
      const known = this.cells.get(id);
      return { record: rebase(known?.counts ?? emptyCounts(), known?.version ?? 0), rebase: (stored) => (stored ? rebase(parseCounts(stored.counts), stored.version) : rebase(emptyCounts(), 0)) };
    });
    let stored: CubeCellRecord[] | null;
    try {
      stored = await this.store.writeCube(facts, writes, signal);
    } catch (error) {
      this.cells.clear();
      this.days.clear();
      this.daySums.clear();
      this.lastLook = null;
      await this.refresh().catch(() => undefined);
      throw error;
    }
    for (const record of stored ?? []) this.remember(record);
    return stored !== null;
  }

  private remember(record: CubeCellRecord): void {
    // Writes to one cell can finish out of order; memory keeps the newest version.
    if ((this.cells.get(record.id)?.version ?? -1) > (record.version ?? 0)) return;
    const { day, team, category, channel, language, mode } = record;
    this.put(record.id, { coordinates: { day, team, category, channel, language, mode }, counts: parseCounts(record.counts), version: record.version ?? 0 });
  }

  private put(id: string, cell: Cell): void {
    this.cells.set(id, cell);
    const day = this.days.get(cell.coordinates.day) ?? { version: 0, cells: new Map<string, Cell>() };
    day.cells.set(id, cell);
    day.version += 1;
    this.days.set(cell.coordinates.day, day);
  }

  private serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (this.writes.get(key) ?? Promise.resolve()).then(work);
    const settled = result.catch(() => undefined);
    this.writes.set(key, settled);
    // The queue of a key nobody writes to any more is dropped, so the map holds in-flight keys only.
    void settled.then(() => this.writes.get(key) === settled && this.writes.delete(key));
    return result;
  }
}

function addChange(changes: Map<string, CellChange>, coordinates: CellCoordinates, counts: CubeCounts, sign: number): Map<string, CellChange> {
  const id = cellId(coordinates);
  const change = changes.get(id) ?? { coordinates, counts: emptyCounts() };
  addCounts(change.counts, counts, sign);
  changes.set(id, change);
  return changes;
}

function sumCells(cells: Iterable<Cell>, where: readonly (readonly [Dimension, string])[], grouping: CubeGrouping): Map<string, CubeCounts> {
  const groups = new Map<string, CubeCounts>();
  for (const cell of cells) {
    const { coordinates } = cell;
    if (where.length && !where.every(([dimension, value]) => coordinates[dimension] === value)) continue;
    const key = grouping === 'none' ? '' : coordinates[grouping];
    let group = groups.get(key);
    if (!group) {
      group = emptyCounts();
      groups.set(key, group);
    }
    addCounts(group, cell.counts);
  }
  return groups;
}
