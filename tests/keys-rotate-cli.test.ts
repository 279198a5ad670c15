import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createSqliteAgentRunStore } from '@support-graph/agents-subgraph';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../scripts/dist/keys-rotate.js', import.meta.url));

/**
 * `npm run keys:rotate -- --retire-old` must never drop a key that an envelope in any store still
 * needs: the agents store (sealed since issue 11) has no re-encryption sweep, so its file keeps the
 * old key until its rows are rewritten, and the retirement is refused, naming the file.
 */
it('refuses to retire a key the agents store still uses, and says which file holds it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'keys-rotate-'));
  const store = await createSqliteAgentRunStore(join(dataDir, 'agents.sqlite'));
  const id = randomUUID();
  await store.createRun({
    id, ticketId: 't-1', agent: 'reply', agentVersion: '1', status: 'SUCCEEDED', jobKey: `request:${id}`, input: '{}', output: '{"draft":"Dear Rosalind"}',
    confidence: null, stage: null, costUsd: null, inputTokens: 0, outputTokens: 0, latencyMs: null, model: null, error: null, review: null, reviewedBy: null,
    createdAt: new Date(), finishedAt: new Date(),
  });
  await store.close();
  const keysBefore = JSON.parse(readFileSync(join(dataDir, 'keys', 'data-keys.json'), 'utf8')) as { activeKeyId: string };

  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', REDIS_URL: '', MONGODB_URL: '' };
  const refused = await run(process.execPath, [script, '--retire-old'], { env }).then(() => null, (error: { code: number; stderr: string }) => error);
  expect(refused?.code).not.toBe(0);
  expect(refused?.stderr).toContain(`Not retiring: values still use ${keysBefore.activeKeyId}`);
  expect(refused?.stderr).toContain('agents.sqlite');
  const keysAfter = JSON.parse(readFileSync(join(dataDir, 'keys', 'data-keys.json'), 'utf8')) as { activeKeyId: string; keys: { id: string }[] };
  expect(keysAfter.activeKeyId).not.toBe(keysBefore.activeKeyId);
  expect(keysAfter.keys.map((key) => key.id)).toContain(keysBefore.activeKeyId);

  // The old key is still there, so the run still opens.
  const reopened = await createSqliteAgentRunStore(join(dataDir, 'agents.sqlite'));
  expect((await reopened.findRun(id))?.output).toBe('{"draft":"Dear Rosalind"}');
  await reopened.close();
}, 60_000);
