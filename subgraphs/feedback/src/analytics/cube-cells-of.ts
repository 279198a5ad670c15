import type { CubeCellRecord, TicketFactRecord } from '../store/feedback-records.js';
import { addCounts, emptyCounts, serializeCounts, type CubeCounts } from './cube-counts.js';
import { cellId, type CellCoordinates } from './cube-dimensions.js';
import { factContribution, factCoordinates } from './fact-contribution.js';

/** The cube cells a set of ticket facts adds up to: a rebuild or a backfill of the rollups from facts. */
export function cubeCellsOf(facts: Iterable<TicketFactRecord>, at = new Date()): CubeCellRecord[] {
  const cells = new Map<string, { coordinates: CellCoordinates; counts: CubeCounts }>();
  for (const fact of facts) {
    const coordinates = factCoordinates(fact);
    const id = cellId(coordinates);
    const cell = cells.get(id) ?? { coordinates, counts: emptyCounts() };
    addCounts(cell.counts, factContribution(fact));
    cells.set(id, cell);
  }
  return [...cells.entries()].map(([id, cell]) => ({ id, ...cell.coordinates, counts: serializeCounts(cell.counts), version: 1, updatedAt: at }));
}
