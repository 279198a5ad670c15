import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteAgentRunStore } from '../src/store/create-agent-run-store.js';
import { agentRunStoreContract } from './agent-run-store-contract.js';

agentRunStoreContract('MikroORM on SQLite (file)', () => createSqliteAgentRunStore(join(mkdtempSync(join(tmpdir(), 'agents-')), 'agents.sqlite')));

/** Issue 11, finding 5: customer words were found in the agents store's WAL. */
describe('encryption at rest of the SQLite agents store', () => {
  const PHRASE = 'Rosalind Featherstonehaugh lost her sapphire card';

  /** Every byte of the database, its WAL and shared memory, as text: what someone who copies the files reads. */
  function filesOf(dir: string): string {
    return readdirSync(dir)
      .filter((name) => name.startsWith('agents.sqlite'))
      .map((name) => readFileSync(join(dir, name)).toString('latin1'))
      .join('\n');
  }

  it('keeps run input, output, error and correction text out of the files, and reads them back after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agents-enc-'));
    const path = join(dir, 'agents.sqlite');
    const store = await createSqliteAgentRunStore(path);
    const id = randomUUID();
    await store.createRun({
      id, ticketId: 'enc-ticket', agent: 'reply', agentVersion: '1', status: 'RUNNING', jobKey: `request:${id}`, input: JSON.stringify({ note: PHRASE }),
      output: null, confidence: null, stage: null, costUsd: null, inputTokens: 0, outputTokens: 0, latencyMs: null, model: null, error: null,
      review: null, reviewedBy: null, createdAt: new Date(), finishedAt: null,
    });
    await store.updateRun(id, { status: 'SUCCEEDED', output: JSON.stringify({ draft: `Dear customer, ${PHRASE}` }), error: `retry after: ${PHRASE}` });
    await store.addOverride({ id: randomUUID(), ticketId: 'enc-ticket', runId: id, text: PHRASE, category: 'lost_or_stolen_card', priority: null, team: null, actor: 'agent-1', createdAt: new Date() });
    expect(filesOf(dir)).not.toContain('Featherstonehaugh');
    expect(filesOf(dir)).toContain('enc:v1:');
    await store.close();

    const reopened = await createSqliteAgentRunStore(path);
    const read = await reopened.findRun(id);
    expect(read?.output).toContain(PHRASE);
    expect(read?.input).toContain(PHRASE);
    expect(read?.error).toContain(PHRASE);
    expect((await reopened.allOverrides()).map((override) => override.text)).toEqual([PHRASE]);
    await reopened.close();
    expect(filesOf(dir)).not.toContain('Featherstonehaugh');
  });
});
