import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { KuzuKnowledgeGraph } from '../src/adapters/kuzu-knowledge-graph.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'kuzu-close-'));

describe('Kùzu on disk: open, write, query, close', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('a process that starts and stops the engine on disk several times exits 0', () => {
    // Exit status is only observable from outside; Kùzu's use-after-free shows as signal SIGSEGV.
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', here('./support/typescript-hooks.mjs'), here('./fixtures/on-disk-engine-lifecycle.ts')],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect({ status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr }).toMatchObject({ status: 0, signal: null, stdout: 'lifecycle ok\n' });
  });

  it('reopens the same database after close and keeps what was written', async () => {
    const path = join(dataDir, 'graph.kuzu');
    for (let run = 0; run < 3; run++) {
      const graph = await KuzuKnowledgeGraph.open(path);
      await graph.run('MERGE (t:Topic {id: $id}) SET t.name = $name', { id: `topic-${run}`, name: `Topic ${run}` });
      const rows = await graph.run('MATCH (t:Topic) RETURN t.id AS id ORDER BY id');
      expect(rows.map((row) => row.id)).toEqual(Array.from({ length: run + 1 }, (_, i) => `topic-${i}`));
      await graph.close();
    }
  });

  it('rejects work after close instead of touching the freed database, and closes idempotently', async () => {
    const graph = await KuzuKnowledgeGraph.open(join(dataDir, 'closed.kuzu'));
    const pending = graph.run('RETURN 1 AS one');
    const closed = graph.close();
    await expect(pending).resolves.toEqual([{ one: 1 }]);
    await closed;
    await graph.close();
    await expect(graph.run('RETURN 1 AS one')).rejects.toThrow('Kùzu graph is closed');
  });
});
