import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteJobQueue } from '../src/queue/adapters/sqlite-job-queue.js';
import { jobQueueContract } from './job-queue-contract.js';

jobQueueContract('SQLite', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'runtime-queue-')), 'queue.sqlite');
  return async (options) => new SqliteJobQueue<{ n: number }>(path, options);
});
