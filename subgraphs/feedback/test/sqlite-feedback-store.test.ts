import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFeedbackStore } from '../src/store/create-feedback-store.js';
import { feedbackStoreContract } from './feedback-store-contract.js';

feedbackStoreContract('MikroORM on SQLite (file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'feedback-'));
  return createFeedbackStore({ DATA_DIR: dir }, join(dir, 'feedback.sqlite'));
});
