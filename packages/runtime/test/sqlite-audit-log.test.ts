import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAuditChains, openAuditLog } from '../src/audit/create-audit-log.js';
import { auditLogContract } from './audit-log-contract.js';

auditLogContract('SQLite (node:sqlite)', async () => {
  const DATA_DIR = mkdtempSync(join(tmpdir(), 'audit-contract-'));
  return {
    openLog: (service) => openAuditLog({ DATA_DIR }, service),
    openChains: () => openAuditChains({ DATA_DIR }),
    dispose: async () => rmSync(DATA_DIR, { recursive: true, force: true }),
  };
});
