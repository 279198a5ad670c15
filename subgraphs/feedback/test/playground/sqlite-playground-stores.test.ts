import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPlaygroundStores } from '../../src/playground/open-playground-stores.js';
import { playgroundStoreContract } from './playground-store-contract.js';

playgroundStoreContract('SQLite (file)', () => openPlaygroundStores({ DATA_DIR: mkdtempSync(join(tmpdir(), 'playground-')) }));
