import { redactPii } from '../pii-redaction.js';
import type { AuditDetails, AuditValue } from './audit-entry.js';

/**
 * Details are written by many call sites; a slip must not put a customer's email into a log that
 * can never be edited. Every string is run through `redactPii` on the way in (values under keys
 * named `…Id`, `…Ids`, `…Sha256` and `…Hash` are identifiers and pass unchanged).
 */
export function redactAuditDetails(details: AuditDetails): AuditDetails {
  return Object.fromEntries(Object.entries(details).map(([key, value]) => [key, IDENTIFIER_KEY.test(key) ? value : redactValue(value)]));
}

/** Ids and hashes are ours, not personal data; a digit run in a UUID must never be mistaken for a card number. */
const IDENTIFIER_KEY = /(?:Id|Ids|Sha256|Hash)$/;

function redactValue(value: AuditValue): AuditValue {
  if (typeof value === 'string') return redactPii(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (value !== null && typeof value === 'object') return redactAuditDetails(value as AuditDetails);
  return value;
}
