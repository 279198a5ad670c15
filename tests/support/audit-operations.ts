import { DatabaseSync } from 'node:sqlite';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { entryFromRow, GENESIS_HASH, hashAuditEntry, type AuditDetails } from '@support-graph/runtime';
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

/**
 * A consistent copy of one service's chain file in a fresh DATA_DIR (the live one keeps a WAL open),
 * with its signed anchor and the anchor key. The anchor is copied first: the chain copy may then
 * hold more entries than the anchor names, never fewer.
 */
export function copyChain(dataDir: string, service: string): { dataDir: string; file: string; anchor: string } {
  const copyDir = mkdtempSync(join(tmpdir(), 'support-graph-audit-'));
  mkdirSync(join(copyDir, 'audit', 'anchors'), { recursive: true });
  mkdirSync(join(copyDir, 'keys'));
  copyFileSync(join(dataDir, 'keys', 'audit-anchor.key'), join(copyDir, 'keys', 'audit-anchor.key'));
  const anchor = join(copyDir, 'audit', 'anchors', `${service}.json`);
  if (existsSync(join(dataDir, 'audit', 'anchors', `${service}.json`))) copyFileSync(join(dataDir, 'audit', 'anchors', `${service}.json`), anchor);
  const file = join(copyDir, 'audit', `${service}.sqlite`);
  const source = new DatabaseSync(join(dataDir, 'audit', `${service}.sqlite`));
  source.exec(`vacuum into '${file.replace(/'/g, "''")}'`);
  source.close();
  return { dataDir: copyDir, file, anchor };
}

/**
 * What someone with the disk (but not the anchor key) would do to hide an edit: change entry
 * `sequence` and recompute its hash and every later one (GENESIS_HASH first), so the chain links
 * and hashes verify again.
 */
export function rewriteAndRehash(file: string, sequence: number, details: AuditDetails): void {
  const db = new DatabaseSync(file);
  db.exec('drop trigger if exists audit_entries_no_update; drop trigger if exists audit_entries_no_delete;');
  const rows = db.prepare('select * from audit_entries order by sequence').all() as unknown as Parameters<typeof entryFromRow>[0][];
  let previousHash = GENESIS_HASH;
  const update = db.prepare('update audit_entries set details = ?, previous_hash = ?, hash = ? where sequence = ?');
  for (const row of rows) {
    const { previousHash: _stored, hash: _hash, ...entry } = entryFromRow(row);
    const content = entry.sequence === sequence ? { ...entry, details } : entry;
    const next = hashAuditEntry(previousHash, content);
    update.run(JSON.stringify(content.details), previousHash, next, content.sequence);
    previousHash = next;
  }
  db.close();
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
