import { describeUnlessSkipped } from '@support-graph/test-kit';
import { randomBytes } from 'node:crypto';
import type { AuditEntry, AuditEntryDraft } from '../src/audit/audit-entry.js';
import type { AuditChains, AuditLog } from '../src/audit/audit-log.js';
import { verifyAuditChain } from '../src/audit/audit-chain-verifier.js';
import { GENESIS_HASH, hashAuditEntry } from '../src/audit/audit-hash.js';

/** One adapter's stores, opened for a contract run; `dispose` removes what the run wrote. */
export interface AuditStores {
  openLog(service: string): Promise<AuditLog>;
  openChains(): Promise<AuditChains>;
  dispose(): Promise<void>;
}

const draft = (n: number, details: AuditEntryDraft['details'] = { ticketId: `t-${n}` }): AuditEntryDraft => ({
  actor: { subject: 'admin@support.local', role: 'admin' },
  action: 'pii.read',
  target: { type: 'ticket', id: `t-${n}` },
  details,
});

async function readAll(chains: AuditChains, service: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for await (const entry of chains.read(service)) entries.push(entry);
  return entries;
}

/** The behaviour every AuditLog / AuditChains adapter owes its callers; run by each adapter's own test file. */
export function auditLogContract(name: string, open: () => Promise<AuditStores>, skipReason?: string) {
  describeUnlessSkipped(`AuditLog contract: ${name}`, skipReason, () => {
    let stores: AuditStores;
    /** Fresh service names per run, so a shared database never mixes runs. */
    const service = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

    beforeAll(async () => {
      stores = await open();
    });
    afterAll(async () => {
      await stores?.dispose();
    });

    it('appends a batch in order, linked from the genesis hash, each hash over its contents', async () => {
      const log = await stores.openLog(service('batch'));
      try {
        const stored = await log.append([draft(1), draft(2), draft(3)]);
        expect(stored.map((entry) => entry.sequence)).toEqual([1, 2, 3]);
        expect(stored[0]!.previousHash).toBe(GENESIS_HASH);
        for (const [i, entry] of stored.entries()) {
          expect(entry.service).toBe(log.service);
          expect(entry).toMatchObject({ actor: draft(i + 1).actor, action: 'pii.read', target: { type: 'ticket', id: `t-${i + 1}` }, details: { ticketId: `t-${i + 1}` } });
          if (i > 0) expect(entry.previousHash).toBe(stored[i - 1]!.hash);
          const { previousHash, hash, ...content } = entry;
          expect(hashAuditEntry(previousHash, content)).toBe(hash);
        }
        expect(await log.append([])).toEqual([]);
        expect((await log.list(10)).entries).toEqual(stored);
      } finally {
        await log.close();
      }
    });

    it('lists oldest first in pages after a sequence', async () => {
      const log = await stores.openLog(service('pages'));
      try {
        await log.append([1, 2, 3, 4, 5].map((n) => draft(n)));
        const first = await log.list(2);
        expect(first.entries.map((entry) => entry.sequence)).toEqual([1, 2]);
        expect(first.hasNextPage).toBe(true);
        const last = await log.list(2, 4);
        expect(last.entries.map((entry) => entry.sequence)).toEqual([5]);
        expect(last.hasNextPage).toBe(false);
        expect(await log.list(2, 5)).toEqual({ entries: [], hasNextPage: false });
      } finally {
        await log.close();
      }
    });

    it('redacts personal data in details on the way in, keeping identifiers', async () => {
      const log = await stores.openLog(service('redact'));
      try {
        const [stored] = await log.append([draft(1, { customerId: 'c-4111111111111111', note: 'from dana@example.com' })]);
        expect(stored!.details).toEqual({ customerId: 'c-4111111111111111', note: 'from [EMAIL]' });
        expect((await log.list(1)).entries[0]!.details).toEqual(stored!.details);
      } finally {
        await log.close();
      }
    });

    it('never forks: concurrent appends from one log and from a second writer of the same chain', async () => {
      const name = service('race');
      const [one, two] = [await stores.openLog(name), await stores.openLog(name)];
      try {
        await Promise.all(Array.from({ length: 20 }, (_, n) => (n % 2 === 0 ? one : two).append([draft(n), draft(n + 100)])));
        const chains = await stores.openChains();
        try {
          expect(await verifyAuditChain(name, chains.read(name))).toMatchObject({ ok: true, entries: 40 });
        } finally {
          await chains.close();
        }
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    });

    it('continues the chain after the log is closed and reopened', async () => {
      const name = service('reopen');
      const first = await stores.openLog(name);
      const [head] = await first.append([draft(1)]);
      await first.close();
      const again = await stores.openLog(name);
      try {
        const [next] = await again.append([draft(2)]);
        expect(next).toMatchObject({ sequence: 2, previousHash: head!.hash });
      } finally {
        await again.close();
      }
    });

    it('keeps one chain per service, each readable and verifiable through AuditChains', async () => {
      const [a, b] = [service('alpha'), service('beta')];
      const [logA, logB] = [await stores.openLog(a), await stores.openLog(b)];
      const chains = await stores.openChains();
      try {
        await logA.append([draft(1), draft(2)]);
        await logB.append([draft(3)]);
        expect(await chains.services()).toEqual(expect.arrayContaining([a, b]));
        expect((await readAll(chains, a)).map((entry) => entry.target.id)).toEqual(['t-1', 't-2']);
        expect((await readAll(chains, b)).map((entry) => [entry.sequence, entry.previousHash])).toEqual([[1, GENESIS_HASH]]);
        expect(await verifyAuditChain(a, chains.read(a))).toMatchObject({ ok: true, entries: 2 });
        const page = await chains.list(a, 1);
        expect(page.entries.map((entry) => entry.sequence)).toEqual([1]);
        expect(page.hasNextPage).toBe(true);
        expect(await chains.list(a, 5, 1)).toEqual({ entries: (await readAll(chains, a)).slice(1), hasNextPage: false });
        expect(await chains.list(service('absent'), 5)).toEqual({ entries: [], hasNextPage: false });
      } finally {
        await Promise.all([logA.close(), logB.close(), chains.close()]);
      }
    });

    it('refuses service names that could become paths', async () => {
      await expect(stores.openLog('../tickets')).rejects.toThrow('not an audit service name');
    });
  });
}
