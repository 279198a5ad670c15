import type { Identity, Role } from '../identity/identity.js';

/** Who did it: the verified identity's subject and role (staff, services and the CLI; never a customer's details). */
export interface AuditActor {
  readonly subject: string;
  readonly role: Role | 'cli';
}

/** What it was done to: `ticket`/`customer`/`agent_run`/`llm_call`/`user`… and its id. */
export interface AuditTarget {
  readonly type: string;
  readonly id: string;
}

/** Values a details object may hold: plain JSON, so its canonical form (and hash) is well defined. */
export type AuditValue = string | number | boolean | null | readonly AuditValue[] | { readonly [key: string]: AuditValue };
export type AuditDetails = { readonly [key: string]: AuditValue };

/** What a caller appends; the log adds sequence, time, service and the hashes. */
export interface AuditEntryDraft {
  readonly actor: AuditActor;
  readonly action: string;
  readonly target: AuditTarget;
  /** Ids, counts, hashes, names of fields: never raw personal data (strings are run through `redactPii` anyway). */
  readonly details?: AuditDetails;
}

/** One link of a service's chain: `hash` = sha256(previousHash + canonical JSON of the hashed fields). */
export interface AuditEntry {
  readonly sequence: number;
  /** ISO 8601, UTC. */
  readonly time: string;
  readonly service: string;
  readonly actor: AuditActor;
  readonly action: string;
  readonly target: AuditTarget;
  readonly details: AuditDetails;
  readonly previousHash: string;
  readonly hash: string;
}

export function auditActorOf(identity: Identity): AuditActor {
  return { subject: identity.subject, role: identity.role };
}
