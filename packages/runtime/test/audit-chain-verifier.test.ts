import type { AuditEntry } from '../src/audit/audit-entry.js';
import { verifyAuditChain } from '../src/audit/audit-chain-verifier.js';
import { GENESIS_HASH, hashAuditEntry } from '../src/audit/audit-hash.js';

const SERVICE = 'tickets';

/** Links `contents` into a chain the way the adapters do, starting after `previousHash`. */
function link(contents: ReadonlyArray<Omit<AuditEntry, 'previousHash' | 'hash'>>, previousHash = GENESIS_HASH): AuditEntry[] {
  return contents.map((content) => {
    const entry = { ...content, previousHash, hash: hashAuditEntry(previousHash, content) };
    previousHash = entry.hash;
    return entry;
  });
}

function content(sequence: number, details: AuditEntry['details'] = { ticketId: `t-${sequence}` }) {
  return { sequence, time: `2025-01-01T00:00:0${sequence % 10}.000Z`, service: SERVICE, actor: { subject: 'admin@support.local', role: 'admin' as const }, action: 'pii.read', target: { type: 'ticket', id: `t-${sequence}` }, details };
}

/** A valid chain of `length` entries, sequence 1…length. */
function chain(length: number): AuditEntry[] {
  return link(Array.from({ length }, (_, i) => content(i + 1)));
}

async function* streamed(entries: readonly AuditEntry[]): AsyncIterable<AuditEntry> {
  for (const entry of entries) yield entry;
}

describe('verifyAuditChain', () => {
  it('accepts an intact chain and reports its length and head hash', async () => {
    const entries = chain(5);
    expect(await verifyAuditChain(SERVICE, entries)).toEqual({ ok: true, service: SERVICE, entries: 5, headHash: entries[4]!.hash });
  });

  it('reads an async iterable as adapters stream it', async () => {
    const entries = chain(3);
    expect(await verifyAuditChain(SERVICE, streamed(entries))).toMatchObject({ ok: true, entries: 3, headHash: entries[2]!.hash });
  });

  it('accepts an empty chain, whose head is the genesis hash', async () => {
    expect(await verifyAuditChain(SERVICE, [])).toEqual({ ok: true, service: SERVICE, entries: 0, headHash: GENESIS_HASH });
  });

  it('names an altered entry: details changed, hash kept', async () => {
    const entries = chain(4);
    entries[2] = { ...entries[2]!, details: { ticketId: 't-other' } };
    expect(await verifyAuditChain(SERVICE, entries)).toEqual({ ok: false, service: SERVICE, sequence: 3, problem: 'hash does not match the contents: the entry was altered' });
  });

  it('names an altered entry whose hash was recomputed: the next entry no longer links', async () => {
    const entries = chain(4);
    const { previousHash, hash: _hash, ...altered } = { ...entries[1]!, action: 'nothing.to.see' };
    entries[1] = { ...altered, previousHash, hash: hashAuditEntry(previousHash, altered) };
    expect(await verifyAuditChain(SERVICE, entries)).toMatchObject({ ok: false, sequence: 3, problem: expect.stringContaining('previous hash does not link to entry 2') });
  });

  it('names an altered actor, target or time, not only details', async () => {
    for (const change of [{ actor: { subject: 'someone-else', role: 'admin' as const } }, { target: { type: 'ticket', id: 'x' } }, { time: '2030-01-01T00:00:00.000Z' }]) {
      const entries = chain(3);
      entries[0] = { ...entries[0]!, ...change };
      expect(await verifyAuditChain(SERVICE, entries)).toMatchObject({ ok: false, sequence: 1, problem: expect.stringContaining('altered') });
    }
  });

  it('names the first missing sequence when an entry was removed', async () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(await verifyAuditChain(SERVICE, entries)).toEqual({ ok: false, service: SERVICE, sequence: 3, problem: 'entry 3 is missing (the next stored entry is 4)' });
  });

  it('names the first entry removed when the chain was truncated in the middle', async () => {
    const entries = chain(8);
    entries.splice(3, 3);
    expect(await verifyAuditChain(SERVICE, entries)).toMatchObject({ ok: false, sequence: 4, problem: 'entry 4 is missing (the next stored entry is 7)' });
  });

  it('catches a middle cut whose tail was renumbered: the first renumbered entry does not link', async () => {
    const entries = chain(6);
    const tail = entries.slice(4).map((entry, i) => {
      const { previousHash, hash: _hash, ...rest } = { ...entry, sequence: 3 + i };
      return { ...rest, previousHash, hash: hashAuditEntry(previousHash, rest) };
    });
    expect(await verifyAuditChain(SERVICE, [...entries.slice(0, 2), ...tail])).toMatchObject({ ok: false, sequence: 3, problem: expect.stringContaining('removed or reordered') });
  });

  it('names reordered entries: two swapped entries show a missing sequence', async () => {
    const entries = chain(4);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    expect(await verifyAuditChain(SERVICE, entries)).toMatchObject({ ok: false, sequence: 2, problem: 'entry 2 is missing (the next stored entry is 3)' });
  });

  it('names reordered entries renumbered to look in order: the links break', async () => {
    const entries = chain(4);
    const swapped = [entries[0]!, { ...entries[2]!, sequence: 2 }, { ...entries[1]!, sequence: 3 }, entries[3]!];
    expect(await verifyAuditChain(SERVICE, swapped)).toMatchObject({ ok: false, sequence: 2, problem: expect.stringContaining('previous hash does not link to entry 1') });
  });

  it('names a repeated sequence as out of order', async () => {
    const entries = chain(3);
    expect(await verifyAuditChain(SERVICE, [entries[0]!, entries[1]!, entries[1]!, entries[2]!])).toMatchObject({ ok: false, sequence: 3, problem: 'entry 2 is out of order (expected 3)' });
  });

  it("refuses another service's entry in the chain", async () => {
    const entries = chain(2);
    expect(await verifyAuditChain('agents', entries)).toMatchObject({ ok: false, service: 'agents', sequence: 1, problem: 'entry belongs to service tickets' });
  });

  it('cannot see entries removed from the end (documented limit): compare the head hash with an anchor', async () => {
    const entries = chain(5);
    const verdict = await verifyAuditChain(SERVICE, entries.slice(0, 3));
    expect(verdict).toEqual({ ok: true, service: SERVICE, entries: 3, headHash: entries[2]!.hash });
    expect(verdict.ok && verdict.headHash).not.toBe(entries[4]!.hash);
  });
});
