import type { AuditAnchor } from './audit-anchor.js';
import { auditAnchorIsAuthentic } from './audit-anchor.js';
import type { AuditEntry } from './audit-entry.js';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash.js';

export interface AuditChainProblem {
  readonly service: string;
  /** The sequence number of the first entry that does not verify (or that is missing). */
  readonly sequence: number;
  readonly problem: string;
}

export type AuditChainVerdict =
  | { readonly ok: true; readonly service: string; readonly entries: number; readonly headHash: string; readonly anchoredAt?: number }
  | ({ readonly ok: false } & AuditChainProblem);

/** The chain's latest signed anchor (or none found) and the key to check it with. */
export interface AuditAnchorCheck {
  readonly anchor: AuditAnchor | undefined;
  readonly key: Buffer;
}

/**
 * Walks a chain in stored order and names the first entry that breaks it: a gap in the sequence
 * (an entry removed), a sequence out of order (entries swapped), a previous hash that does not
 * link (removed or reordered), or a hash that no longer matches the contents (altered). With an
 * anchor check it also catches what a consistent chain hides: history rewritten with every later
 * hash recomputed (the anchored entry's hash changed) and a cut tail (fewer entries than anchored).
 */
export async function verifyAuditChain(
  service: string,
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>,
  anchorCheck?: AuditAnchorCheck,
): Promise<AuditChainVerdict> {
  const anchor = anchorCheck?.anchor;
  if (anchorCheck && anchor && !auditAnchorIsAuthentic(anchorCheck.key, anchor)) {
    return { ok: false, service, sequence: anchor.sequence, problem: 'the signed anchor of this chain is not authentic: it was altered or forged' };
  }
  let expectedSequence = 1;
  let previousHash = GENESIS_HASH;
  for await (const entry of entries) {
    const fail = (problem: string): AuditChainVerdict => ({ ok: false, service, sequence: expectedSequence, problem });
    if (entry.sequence > expectedSequence) return fail(`entry ${expectedSequence} is missing (the next stored entry is ${entry.sequence})`);
    if (entry.sequence !== expectedSequence) return fail(`entry ${entry.sequence} is out of order (expected ${expectedSequence})`);
    if (entry.service !== service) return fail(`entry belongs to service ${entry.service}`);
    if (entry.previousHash !== previousHash) return fail(`previous hash does not link to entry ${expectedSequence - 1}: entries were removed or reordered`);
    const { previousHash: _previous, hash, ...content } = entry;
    if (hashAuditEntry(previousHash, content) !== hash) return fail('hash does not match the contents: the entry was altered');
    if (anchor && entry.sequence === anchor.sequence && hash !== anchor.hash) {
      return fail(`entry ${anchor.sequence} does not match its signed anchor: history up to it was rewritten`);
    }
    previousHash = hash;
    expectedSequence += 1;
  }
  const count = expectedSequence - 1;
  if (anchorCheck) {
    if (!anchor && count > 0) return { ok: false, service, sequence: count, problem: 'no signed anchor for this chain: a cut tail could not be seen (the anchor file is missing)' };
    if (anchor && count < anchor.sequence) {
      return { ok: false, service, sequence: count + 1, problem: `entries after ${count} were removed: the signed anchor names entry ${anchor.sequence}` };
    }
  }
  return { ok: true, service, entries: count, headHash: previousHash, ...(anchor ? { anchoredAt: anchor.sequence } : {}) };
}
