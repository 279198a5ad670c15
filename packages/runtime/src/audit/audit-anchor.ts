import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceSecretFile, writeSecretFileOnce } from '../files/secret-files.js';
import { checkedAuditServiceName } from './audit-service-name.js';

/**
 * A signed statement of a chain's head, written outside the log after every append. A hash chain
 * alone cannot show that someone rewrote an entry and recomputed every later hash, nor that the
 * tail was cut off: both leave a chain that verifies. The anchor holds the head's sequence and
 * hash under an HMAC whose key the log's own store never sees, so either change no longer matches
 * the latest anchor, and an anchor cannot be forged to match without the key.
 */
export interface AuditAnchor {
  readonly service: string;
  readonly sequence: number;
  readonly hash: string;
  readonly signedAt: string;
  readonly mac: string;
}

function macOf(key: Buffer, anchor: Omit<AuditAnchor, 'mac'>): string {
  return createHmac('sha256', key).update(`${anchor.service}|${anchor.sequence}|${anchor.hash}|${anchor.signedAt}`).digest('hex');
}

export function signAuditAnchor(key: Buffer, head: { service: string; sequence: number; hash: string }, now = new Date()): AuditAnchor {
  const unsigned = { service: head.service, sequence: head.sequence, hash: head.hash, signedAt: now.toISOString() };
  return { ...unsigned, mac: macOf(key, unsigned) };
}

export function auditAnchorIsAuthentic(key: Buffer, anchor: AuditAnchor): boolean {
  const expected = Buffer.from(macOf(key, anchor), 'hex');
  const given = Buffer.from(typeof anchor.mac === 'string' ? anchor.mac : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The anchor key: AUDIT_ANCHOR_KEY when set (production), else generated once under DATA_DIR/keys. */
export function resolveAuditAnchorKey(config: { readonly DATA_DIR: string; readonly AUDIT_ANCHOR_KEY?: string | undefined }): Buffer {
  if (config.AUDIT_ANCHOR_KEY) return Buffer.from(config.AUDIT_ANCHOR_KEY, 'utf8');
  const folder = join(config.DATA_DIR, 'keys');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, 'audit-anchor.key');
  writeSecretFileOnce(path, randomBytes(32).toString('base64'));
  return Buffer.from(readFileSync(path, 'utf8').trim(), 'utf8');
}

/** Latest anchor per service, one small file each (`DATA_DIR/audit/anchors/<service>.json`), replaced atomically. */
export class AuditAnchorFiles {
  constructor(private readonly folder: string) {}

  write(anchor: AuditAnchor): void {
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    replaceSecretFile(this.pathOf(anchor.service), `${JSON.stringify(anchor)}\n`);
  }

  read(service: string): AuditAnchor | undefined {
    const path = this.pathOf(service);
    if (!existsSync(path)) return undefined;
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as AuditAnchor;
    } catch {
      return { service, sequence: 0, hash: '', signedAt: '', mac: '' };
    }
  }

  services(): string[] {
    if (!existsSync(this.folder)) return [];
    return readdirSync(this.folder)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length));
  }

  private pathOf(service: string): string {
    return join(this.folder, `${checkedAuditServiceName(service)}.json`);
  }
}
