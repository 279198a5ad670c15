import { TopK } from '../../top-k.js';
import type { RankedItem } from '../../hybrid-ranker.js';

const K1 = 1.2;
const B = 0.75;

/**
 * In-memory BM25 over slot numbers. Removing a slot only forgets its length and document
 * frequencies; its postings stay until the owner rebuilds (see LocalSearchIndex.compact), and
 * `allowed` screens them out because dead slots are never allowed.
 */
export class Bm25Index {
  private readonly postings = new Map<string, { slots: number[]; freqs: number[] }>();
  private readonly documentFrequency = new Map<string, number>();
  private readonly lengths: number[] = [];
  private readonly termsOfSlot: Array<Map<string, number> | undefined> = [];
  private liveCount = 0;
  private totalLength = 0;
  private scores = new Float64Array(0);

  add(slot: number, terms: readonly string[]): void {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, freq] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = { slots: [], freqs: [] }));
      list.slots.push(slot);
      list.freqs.push(freq);
      this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.lengths[slot] = terms.length;
    this.termsOfSlot[slot] = counts;
    this.liveCount += 1;
    this.totalLength += terms.length;
  }

  remove(slot: number): void {
    const counts = this.termsOfSlot[slot];
    if (!counts) return;
    for (const term of counts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 1) - 1);
    this.totalLength -= this.lengths[slot] ?? 0;
    this.liveCount -= 1;
    this.termsOfSlot[slot] = undefined;
  }

  /** The `limit` best slots whose `allowed` byte is 1. */
  search(queryTerms: readonly string[], allowed: Uint8Array, limit: number): RankedItem[] {
    if (this.liveCount === 0) return [];
    const averageLength = this.totalLength / this.liveCount;
    // Dense accumulator plus a touched list: common terms hit thousands of slots, and a Map per
    // query was the single largest cost at 10⁴ articles. The accumulator is reused and reset
    // through the touched list, so a query costs its postings, not the index size.
    if (this.scores.length < this.lengths.length) this.scores = new Float64Array(Math.max(1024, this.lengths.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of new Set(queryTerms)) {
      const list = this.postings.get(term);
      const df = this.documentFrequency.get(term) ?? 0;
      if (!list || df <= 0) continue;
      const idf = Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
      for (let i = 0; i < list.slots.length; i++) {
        const slot = list.slots[i]!;
        if (allowed[slot] !== 1) continue;
        const freq = list.freqs[i]!;
        const norm = K1 * (1 - B + (B * this.lengths[slot]!) / averageLength);
        if (scores[slot] === 0) touched.push(slot);
        scores[slot]! += (idf * freq * (K1 + 1)) / (freq + norm);
      }
    }
    const top = new TopK(limit);
    for (const slot of touched) {
      top.push(slot, scores[slot]!);
      scores[slot] = 0;
    }
    return top.sorted();
  }
}
