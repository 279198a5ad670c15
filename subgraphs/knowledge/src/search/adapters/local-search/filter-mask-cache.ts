import type { IndexFields } from '../../search-index.js';
import { compileFilter, filterKey, type FieldFilter } from './chunk-filter.js';

interface CachedMask {
  matches: (fields: IndexFields) => boolean;
  /** 1 where the slot's chunk passes the filter; may be longer than the slot count. */
  mask: Uint8Array;
}

/**
 * Allowed-slot masks of the filters searched recently (audience, locale, a tag…), kept current on
 * every write instead of being rebuilt over all chunks on every query: at 3·10⁴ chunks the
 * rebuild cost about as much as the BM25 half of a search.
 */
export class FilterMaskCache {
  private readonly entries = new Map<string, CachedMask>();

  /** `maxFilters`: distinct filters kept; the least recently used one is dropped beyond it. */
  constructor(private readonly maxFilters = 32) {}

  mask(filter: FieldFilter, fieldsOfSlot: ReadonlyArray<{ fields: IndexFields } | undefined>): Uint8Array {
    const key = filterKey(filter);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      const matches = compileFilter(filter);
      const mask = new Uint8Array(Math.max(1024, fieldsOfSlot.length));
      fieldsOfSlot.forEach((chunk, slot) => (mask[slot] = chunk && matches(chunk.fields) ? 1 : 0));
      entry = { matches, mask };
      if (this.entries.size >= this.maxFilters) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, entry);
    return entry.mask;
  }

  /** A slot was written, re-filtered or emptied (`undefined`). */
  update(slot: number, fields: IndexFields | undefined): void {
    for (const entry of this.entries.values()) {
      if (slot >= entry.mask.length) entry.mask = grown(entry.mask, slot + 1);
      entry.mask[slot] = fields && entry.matches(fields) ? 1 : 0;
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

function grown(mask: Uint8Array, needed: number): Uint8Array {
  const next = new Uint8Array(Math.max(needed, mask.length * 2));
  next.set(mask);
  return next;
}
