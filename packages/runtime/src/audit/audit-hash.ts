import { createHash } from 'node:crypto';
import type { AuditEntry } from './audit-entry.js';

/** The `previousHash` of a chain's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: the same entry always hashes the same, whichever adapter stored it. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** sha256 over the previous hash and the canonical JSON of everything an entry says. */
export function hashAuditEntry(previousHash: string, entry: Omit<AuditEntry, 'previousHash' | 'hash'>): string {
  const { sequence, time, service, actor, action, target, details } = entry;
  return createHash('sha256')
    .update(previousHash)
    .update(canonicalJson({ sequence, time, service, actor, action, target, details }))
    .digest('hex');
}
