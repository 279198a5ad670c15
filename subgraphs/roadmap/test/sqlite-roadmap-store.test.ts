import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRoadmapStore } from '../src/store/create-roadmap-store.js';
import { roadmapStoreContract } from './roadmap-store-contract.js';

roadmapStoreContract('MikroORM on SQLite (file)', () => createRoadmapStore({ DATA_DIR: mkdtempSync(join(tmpdir(), 'roadmap-')) }));
