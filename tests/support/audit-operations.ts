import { DatabaseSync } from 'node:sqlite';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GraphQLResponse, PlatformFixture } from './platform-fixture.js';

export const AUDIT_LOG = `query AuditLog($service: String!, $first: Int!, $after: String) {
  auditLog(service: $service, first: $first, after: $after) {
    hasNextPage endCursor
    entries { sequence time service actorSubject actorRole action targetType targetId details previousHash hash }
  }
}`;

export interface AuditEntryView {
  sequence: number;
  service: string;
  actorSubject: string;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string;
  details: string;
}

/** Every entry of a chain, read page by page as an admin would. */
export async function readChain(fixture: PlatformFixture, adminToken: string, service: string): Promise<AuditEntryView[]> {
  const entries: AuditEntryView[] = [];
  let after: string | null = null;
  for (;;) {
    const page: GraphQLResponse = await fixture.graphql(adminToken, AUDIT_LOG, { service, first: 200, after });
    if (page.errors) throw new Error(JSON.stringify(page.errors));
    entries.push(...page.data.auditLog.entries);
    if (!page.data.auditLog.hasNextPage) return entries;
    after = page.data.auditLog.endCursor;
  }
}

/** A consistent copy of one service's chain file in a fresh DATA_DIR (the live one keeps a WAL open). */
export function copyChain(dataDir: string, service: string): { dataDir: string; file: string } {
  const copyDir = mkdtempSync(join(tmpdir(), 'support-graph-audit-'));
  mkdirSync(join(copyDir, 'audit'));
  const file = join(copyDir, 'audit', `${service}.sqlite`);
  const source = new DatabaseSync(join(dataDir, 'audit', `${service}.sqlite`));
  source.exec(`vacuum into '${file.replace(/'/g, "''")}'`);
  source.close();
  return { dataDir: copyDir, file };
}

/** Edits a chain file behind the log's back, as someone with access to the disk could (the append-only triggers dropped first). */
export function tamper(file: string, sql: string): void {
  const db = new DatabaseSync(file);
  db.exec('drop trigger if exists audit_entries_no_update; drop trigger if exists audit_entries_no_delete;');
  db.exec(sql);
  db.close();
}

/** `npm run -s audit:verify` against a DATA_DIR: exit code, stdout, stderr. */
export async function auditVerify(dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const script = new URL('../../scripts/dist/audit-verify.js', import.meta.url).pathname;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script], { env: { ...process.env, DATA_DIR: dataDir, MONGODB_URL: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
