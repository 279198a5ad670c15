import type { SparseVector } from '../text/sparse-vector.js';

export interface SimilarityCacheOptions {
  /** A new resolved ticket at least this similar (cosine) to its nearest neighbour counts as a test of that neighbour's label. Default 0.8. */
  recordSimilarity?: number;
}

export interface Neighbour {
  label: string;
  similarity: number;
  text: string;
}

/** How often the nearest neighbour's label was right, counted per neighbour label as resolved tickets arrived. */
export interface LabelRecord {
  correct: number;
  total: number;
}

/** JSON form: each ticket's sparse vector as base64 int32 indices / float32 values, with its label and text. */
export interface SimilarityCacheJson {
  kind: 'similarity-cache';
  options: Required<SimilarityCacheOptions>;
  entries: { label: string; text: string; indices: string; values: string }[];
  records: Record<string, LabelRecord>;
}

const DEFAULTS: Required<SimilarityCacheOptions> = { recordSimilarity: 0.8 };

function toBase64(array: Int32Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Resolved tickets indexed for cosine nearest-neighbour search over unit-length sparse vectors
 * (an inverted index: a query only touches tickets sharing a feature with it). Tickets are added
 * one at a time with their correct label; before each is indexed, the cache records whether its
 * nearest neighbour would have labelled it correctly, giving a historical accuracy per label.
 */
export class SimilarityCache {
  private readonly options: Required<SimilarityCacheOptions>;
  private readonly entries: { label: string; text: string; vector: SparseVector }[] = [];
  private readonly postings = new Map<number, { tickets: number[]; values: number[] }>();
  private readonly records = new Map<string, LabelRecord>();
  private accumulator = new Float32Array(1024);

  constructor(options: SimilarityCacheOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  static fromJSON(json: SimilarityCacheJson): SimilarityCache {
    const cache = new SimilarityCache(json.options);
    for (const entry of json.entries) {
      const vector = { indices: new Int32Array(fromBase64(entry.indices)), values: new Float32Array(fromBase64(entry.values)) };
      cache.index(entry.label, entry.text, vector);
    }
    for (const [label, record] of Object.entries(json.records)) cache.records.set(label, { ...record });
    return cache;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Adds a resolved ticket with its correct label, first scoring the nearest neighbour's label against it. */
  addResolved(text: string, vector: SparseVector, label: string): void {
    const [nearest] = this.nearest(vector, 1);
    if (nearest && nearest.similarity >= this.options.recordSimilarity) {
      const record = this.records.get(nearest.label) ?? { correct: 0, total: 0 };
      record.total += 1;
      if (nearest.label === label) record.correct += 1;
      this.records.set(nearest.label, record);
    }
    this.index(label, text, vector);
  }

  labelRecord(label: string): LabelRecord {
    const record = this.records.get(label);
    return record ? { ...record } : { correct: 0, total: 0 };
  }

  /** The `k` most similar resolved tickets, most similar first. */
  nearest(vector: SparseVector, k: number): Neighbour[] {
    const scores = this.accumulator;
    const touched: number[] = [];
    const { indices, values } = vector;
    for (let i = 0; i < indices.length; i += 1) {
      const posting = this.postings.get(indices[i]!);
      if (!posting) continue;
      const weight = values[i]!;
      const { tickets, values: postingValues } = posting;
      for (let p = 0; p < tickets.length; p += 1) {
        const ticket = tickets[p]!;
        if (scores[ticket] === 0) touched.push(ticket);
        scores[ticket]! += weight * postingValues[p]!;
      }
    }
    const best: { ticket: number; similarity: number }[] = [];
    for (const ticket of touched) {
      const similarity = scores[ticket]!;
      scores[ticket] = 0;
      if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.similarity < similarity) at -= 1;
      best.splice(at, 0, { ticket, similarity });
      if (best.length > k) best.pop();
    }
    return best.map(({ ticket, similarity }) => {
      const entry = this.entries[ticket]!;
      return { label: entry.label, similarity, text: entry.text };
    });
  }

  toJSON(): SimilarityCacheJson {
    return {
      kind: 'similarity-cache',
      options: this.options,
      entries: this.entries.map(({ label, text, vector }) => ({
        label,
        text,
        indices: toBase64(vector.indices),
        values: toBase64(vector.values),
      })),
      records: Object.fromEntries([...this.records].map(([label, record]) => [label, { ...record }])),
    };
  }

  private index(label: string, text: string, vector: SparseVector): void {
    const ticket = this.entries.length;
    this.entries.push({ label, text, vector });
    if (ticket >= this.accumulator.length) this.accumulator = new Float32Array(this.accumulator.length * 2);
    for (let i = 0; i < vector.indices.length; i += 1) {
      const feature = vector.indices[i]!;
      let posting = this.postings.get(feature);
      if (!posting) {
        posting = { tickets: [], values: [] };
        this.postings.set(feature, posting);
      }
      posting.tickets.push(ticket);
      posting.values.push(vector.values[i]!);
    }
  }
}
