import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSlaStore } from '../src/sla/store/adapters/sqlite-sla-store.js';

/** What the SLA monitor relies on in the embedded mode: each notice claimed once, across connections and restarts. */
describe('SQLite SLA store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sla-store-test-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a notice to the first claimer only, also after a reopen', async () => {
    const path = join(dir, 'sla.sqlite');
    const [a, b] = [new SqliteSlaStore(path), new SqliteSlaStore(path)];
    const claims = await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 ? a : b).claimNotice('warning:t1:FIRST_RESPONSE:1')));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await a.claimNotice('breach:t1:FIRST_RESPONSE:1')).toBe(true);
    await a.close();
    await b.close();
    const reopened = new SqliteSlaStore(path);
    expect(await reopened.claimNotice('warning:t1:FIRST_RESPONSE:1')).toBe(false);
    await reopened.close();
  });
});
