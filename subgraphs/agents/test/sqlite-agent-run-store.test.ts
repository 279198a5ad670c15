import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteAgentRunStore } from '../src/store/create-agent-run-store.js';
import { agentRunStoreContract } from './agent-run-store-contract.js';

agentRunStoreContract('MikroORM on SQLite (file)', () => createSqliteAgentRunStore(join(mkdtempSync(join(tmpdir(), 'agents-')), 'agents.sqlite')));
