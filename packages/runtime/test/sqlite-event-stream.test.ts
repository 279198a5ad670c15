import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStream } from '../src/event-stream/adapters/sqlite-event-stream.js';
import { eventStreamContract } from './event-stream-contract.js';

eventStreamContract('SQLite (node:sqlite)', () => {
  const directory = mkdtempSync(join(tmpdir(), 'event-stream-contract-'));
  return {
    open: () => new SqliteEventStream(join(directory, 'event-stream.sqlite')),
    dispose: async () => rmSync(directory, { recursive: true, force: true }),
  };
});
