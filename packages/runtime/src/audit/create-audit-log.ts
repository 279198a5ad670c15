import { join } from 'node:path';
import type { AuditChains, AuditLog } from './audit-log.js';
import { MongoAuditChains, MongoAuditLog } from './adapters/mongo-audit-log.js';
import { SqliteAuditChains } from './adapters/sqlite-audit-chains.js';
import { SqliteAuditLog } from './adapters/sqlite-audit-log.js';
import { checkedAuditServiceName } from './audit-service-name.js';

export interface AuditLogConfig {
  readonly DATA_DIR: string;
  readonly MONGODB_URL?: string | undefined;
}

/** Where the embedded chains live: one file per service. */
export function auditFolder(dataDir: string): string {
  return join(dataDir, 'audit');
}

/** The audit log of `service`: MongoDB when MONGODB_URL is set, otherwise `DATA_DIR/audit/<service>.sqlite`. */
export async function openAuditLog(config: AuditLogConfig, service: string): Promise<AuditLog> {
  if (config.MONGODB_URL) return MongoAuditLog.open(config.MONGODB_URL, service);
  return new SqliteAuditLog(service, join(auditFolder(config.DATA_DIR), `${checkedAuditServiceName(service)}.sqlite`));
}

/** Every service's chain, for verification and the admin query. */
export async function openAuditChains(config: AuditLogConfig): Promise<AuditChains> {
  if (config.MONGODB_URL) return MongoAuditChains.open(config.MONGODB_URL);
  return new SqliteAuditChains(auditFolder(config.DATA_DIR));
}
