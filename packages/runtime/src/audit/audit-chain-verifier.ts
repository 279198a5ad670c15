import type { AuditEntry } from './audit-entry.js';
import { GENESIS_HASH, hashAuditEntry } from './audit-hash.js';

export interface AuditChainProblem {
  readonly service: string;
  /** The sequence number of the first entry that does not verify (or that is missing). */
  readonly sequence: number;
  readonly problem: string;
}

export type AuditChainVerdict =
  | { readonly ok: true; readonly service: string; readonly entries: number; readonly headHash: string }
  | ({ readonly ok: false } & AuditChainProblem);

/**
 * Walks a chain in stored order and names the first entry that breaks it: a gap in the sequence
 * (an entry removed), a sequence out of order (entries swapped), a previous hash that does not
 * link (removed or reordered), or a hash that no longer matches the contents (altered).
 */
export async function verifyAuditChain(service: string, entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>): Promise<AuditChainVerdict> {
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
    previousHash = hash;
    expectedSequence += 1;
  }
  return { ok: true, service, entries: expectedSequence - 1, headHash: previousHash };
}
