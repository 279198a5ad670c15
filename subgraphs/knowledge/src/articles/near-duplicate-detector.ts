import { words } from '../text/tokenizer.js';

/** Articles whose 64-bit SimHash fingerprints differ in at most this many bits are near-duplicates. */
const MAX_HAMMING_DISTANCE = 3;

export interface NearDuplicate {
  articleId: string;
  duplicateOfId: string;
}

/**
 * SimHash over word 3-shingles of title and body: two articles that share almost all their
 * wording get fingerprints a few bits apart, while a brute-force comparison stays cheap
 * (10⁴ articles × two 32-bit popcounts).
 */
export class NearDuplicateDetector {
  private readonly fingerprints = new Map<string, [number, number]>();

  remember(articleId: string, text: string): void {
    this.fingerprints.set(articleId, simHash(text));
  }

  forget(articleId: string): void {
    this.fingerprints.delete(articleId);
  }

  /** The closest other remembered article within the distance, if any. */
  duplicateOf(articleId: string, text: string): string | undefined {
    const [high, low] = simHash(text);
    let best: string | undefined;
    let bestDistance = MAX_HAMMING_DISTANCE + 1;
    for (const [otherId, [otherHigh, otherLow]] of this.fingerprints) {
      if (otherId === articleId) continue;
      const distance = popcount(high ^ otherHigh) + popcount(low ^ otherLow);
      if (distance < bestDistance) (bestDistance = distance), (best = otherId);
    }
    return best;
  }
}

function simHash(text: string): [number, number] {
  const tokens = words(text);
  const counts = new Int32Array(64);
  const shingles = Math.max(1, tokens.length - 2);
  for (let i = 0; i < shingles; i++) {
    const shingle = tokens.slice(i, i + 3).join(' ');
    const h1 = fnv(shingle, 0x811c9dc5);
    const h2 = fnv(shingle, 0x01000193);
    for (let bit = 0; bit < 32; bit++) {
      counts[bit]! += (h1 >>> bit) & 1 ? 1 : -1;
      counts[bit + 32]! += (h2 >>> bit) & 1 ? 1 : -1;
    }
  }
  let high = 0;
  let low = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) high |= 1 << bit;
    if (counts[bit + 32]! > 0) low |= 1 << bit;
  }
  return [high >>> 0, low >>> 0];
}

function fnv(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
