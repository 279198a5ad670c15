import { TopK } from '../../search/top-k.js';
import type { RankedItem } from '../../search/hybrid-ranker.js';

/**
 * Unit vectors in one contiguous Float32Array, one row per slot, searched exhaustively: at 10⁴–10⁵
 * chunks an exact scan is a few milliseconds and needs no approximate index to tune or rebuild.
 */
export class VectorMatrix {
  private data: Float32Array;
  private rows = 0;

  constructor(readonly dimensions: number) {
    this.data = new Float32Array(dimensions * 1024);
  }

  set(slot: number, vector: Float32Array): void {
    if (vector.length !== this.dimensions) throw new Error(`vector has ${vector.length} dimensions, index has ${this.dimensions}`);
    const needed = (slot + 1) * this.dimensions;
    if (needed > this.data.length) {
      const grown = new Float32Array(Math.max(needed, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(vector, slot * this.dimensions);
    this.rows = Math.max(this.rows, slot + 1);
  }

  row(slot: number): Float32Array {
    return this.data.slice(slot * this.dimensions, (slot + 1) * this.dimensions);
  }

  search(query: Float32Array, allowed: (slot: number) => boolean, limit: number): RankedItem[] {
    const top = new TopK(limit);
    const d = this.dimensions;
    const data = this.data;
    for (let slot = 0; slot < this.rows; slot++) {
      if (!allowed(slot)) continue;
      let dot = 0;
      const base = slot * d;
      for (let i = 0; i < d; i++) dot += data[base + i]! * query[i]!;
      top.push(slot, dot);
    }
    return top.sorted();
  }
}
