import { join } from 'node:path';
import type { AuditChains, AuditLog } from './audit-log.js';
import { MongoAuditChains, MongoAuditLog } from './adapters/mongo-audit-log.js';
import { SqliteAuditChains } from './adapters/sqlite-audit-chains.js';
import { SqliteAuditLog } from './adapters/sqlite-audit-log.js';
import { AnchoredAuditLog } from './anchored-audit-log.js';
import { AuditAnchorFiles, resolveAuditAnchorKey } from './audit-anchor.js';
import { checkedAuditServiceName } from './audit-service-name.js';

export interface AuditLogConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
  /** HMAC key of the signed anchors; generated under DATA_DIR/keys when unset. */
  readonly AUDIT_ANCHOR_KEY?: string | undefined;
}

/** Where the embedded chains live: one file per service. */
export function auditFolder(dataDir: string): string {
  return join(dataDir, 'audit');
}

/** Where each chain's latest signed anchor is kept: outside the log's own store. */
export function auditAnchorFiles(dataDir: string): AuditAnchorFiles {
  return new AuditAnchorFiles(join(auditFolder(dataDir), 'anchors'));
}

/**
 * The audit log of `service`: MongoDB when MONGODB_URL is set, otherwise `DATA_DIR/audit/<service>.sqlite`;
 * either way with a signed anchor of its head written under DATA_DIR/audit/anchors after every append.
 */
export async function openAuditLog(config: AuditLogConfig, service: string): Promise<AuditLog> {
  const log = config.MONGODB_URL
    ? await MongoAuditLog.open(config.MONGODB_URL, service)
    : new SqliteAuditLog(service, join(auditFolder(config.DATA_DIR), `${checkedAuditServiceName(service)}.sqlite`));
  return new AnchoredAuditLog(log, auditAnchorFiles(config.DATA_DIR), resolveAuditAnchorKey(config));
}

/** Every service's chain, for verification and the admin query. */
export async function openAuditChains(config: AuditLogConfig): Promise<AuditChains> {
  if (config.MONGODB_URL) return MongoAuditChains.open(config.MONGODB_URL);
  return new SqliteAuditChains(auditFolder(config.DATA_DIR));
}
