import { seededRandom, shuffleInPlace } from '@support-graph/runtime';
import type { LabelledText } from './triage-types.js';

/**
 * Splits `examples` so each label keeps (rounded) `testShare` of its examples in `test`, chosen by a
 * seeded shuffle: the same input and seed always give the same split. Input order is kept within each side.
 */
export function stratifiedSplit<T extends LabelledText>(
  examples: readonly T[],
  testShare: number,
  seed: number,
): { train: T[]; test: T[] } {
  const byLabel = new Map<string, number[]>();
  examples.forEach((example, i) => {
    const members = byLabel.get(example.label);
    if (members) members.push(i);
    else byLabel.set(example.label, [i]);
  });
  const random = seededRandom(seed);
  const inTest = new Set<number>();
  for (const label of [...byLabel.keys()].sort()) {
    const members = shuffleInPlace(byLabel.get(label)!, random) as number[];
    for (const i of members.slice(0, Math.round(members.length * testShare))) inTest.add(i);
  }
  return {
    train: examples.filter((_, i) => !inTest.has(i)),
    test: examples.filter((_, i) => inTest.has(i)),
  };
}
