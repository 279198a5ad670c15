import { describe, expect, it } from '@jest/globals';
import { VectorMatrix } from '../src/search/adapters/local-search/vector-matrix.js';
import { seededRandom } from '@support-graph/runtime';

describe('VectorMatrix (dimension-major, sparse-query scan)', () => {
  it('ranks exactly as a row-by-row dot product, across growth and with a mask', () => {
    const random = seededRandom(3);
    const dimensions = 24;
    const rows = Array.from({ length: 2500 }, () => Float32Array.from({ length: dimensions }, () => random() - 0.5));
    const matrix = new VectorMatrix(dimensions);
    rows.forEach((row, slot) => matrix.set(slot, row));
    // A sparse query, like the local embedder's: most dimensions zero.
    const query = new Float32Array(dimensions);
    for (const dimension of [1, 5, 6, 17]) query[dimension] = random() - 0.5;
    const allowed = Uint8Array.from(rows, (_, slot) => (slot % 3 === 0 ? 0 : 1));
    const expected = rows
      .map((row, slot) => ({ item: slot, score: row.reduce((sum, value, i) => sum + value * query[i]!, 0) }))
      .filter(({ item }) => allowed[item] === 1)
      .sort((a, b) => b.score - a.score)
      .slice(0, 10);
    const found = matrix.search(query, allowed, 10);
    expect(found.map((hit) => hit.item)).toEqual(expected.map((hit) => hit.item));
    found.forEach((hit, i) => expect(hit.score).toBeCloseTo(expected[i]!.score, 6));
    expect(Array.from(matrix.row(1234))).toEqual(Array.from(rows[1234]!));
  });
});
