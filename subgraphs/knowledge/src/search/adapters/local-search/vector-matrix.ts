import { TopK } from '../../top-k.js';
import type { RankedItem } from '../../hybrid-ranker.js';

/**
 * Unit vectors searched exhaustively (exact cosine, no approximate index to tune or rebuild),
 * stored dimension-major: `columns[dimension * capacity + slot]`. A search walks only the
 * dimensions where the query is non-zero, each one a sequential pass over a contiguous column.
 * Local-embedder queries fill 30–100 of 384 dimensions, so at 3·10⁴ chunks this reads a few MB
 * instead of the whole 46 MB matrix, with exactly the same scores as a row-by-row dot product.
 */
export class VectorMatrix {
  private columns: Float32Array;
  private capacity = 1024;
  private rows = 0;
  /** Reused across searches: allocating a score array per query was a steady source of GC pauses. */
  private scores = new Float64Array(0);

  constructor(readonly dimensions: number) {
    this.columns = new Float32Array(dimensions * this.capacity);
  }

  set(slot: number, vector: Float32Array): void {
    if (vector.length !== this.dimensions) throw new Error(`vector has ${vector.length} dimensions, index has ${this.dimensions}`);
    if (slot >= this.capacity) this.grow(slot + 1);
    for (let dimension = 0; dimension < this.dimensions; dimension++) this.columns[dimension * this.capacity + slot] = vector[dimension]!;
    this.rows = Math.max(this.rows, slot + 1);
  }

  row(slot: number): Float32Array {
    const vector = new Float32Array(this.dimensions);
    for (let dimension = 0; dimension < this.dimensions; dimension++) vector[dimension] = this.columns[dimension * this.capacity + slot]!;
    return vector;
  }

  /** The `limit` best slots whose `allowed` byte is 1, by dot product with the (unit) query. */
  search(query: Float32Array, allowed: Uint8Array, limit: number): RankedItem[] {
    const rows = this.rows;
    if (this.scores.length < rows) this.scores = new Float64Array(this.capacity);
    const scores = this.scores;
    scores.fill(0, 0, rows);
    for (let dimension = 0; dimension < this.dimensions; dimension++) {
      const weight = query[dimension]!;
      if (weight === 0) continue;
      const column = this.columns.subarray(dimension * this.capacity, dimension * this.capacity + rows);
      for (let slot = 0; slot < rows; slot++) scores[slot]! += weight * column[slot]!;
    }
    const top = new TopK(limit);
    for (let slot = 0; slot < rows; slot++) if (allowed[slot] === 1) top.push(slot, scores[slot]!);
    return top.sorted();
  }

  private grow(needed: number): void {
    let capacity = this.capacity;
    while (capacity < needed) capacity *= 2;
    const grown = new Float32Array(this.dimensions * capacity);
    for (let dimension = 0; dimension < this.dimensions; dimension++) {
      grown.set(this.columns.subarray(dimension * this.capacity, dimension * this.capacity + this.rows), dimension * capacity);
    }
    this.columns = grown;
    this.capacity = capacity;
  }
}
