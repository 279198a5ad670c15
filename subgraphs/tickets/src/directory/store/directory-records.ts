import type { Role } from '@support-graph/runtime';

export interface UserRecord {
  id: string;
  /** Lower-cased; what a staff token's `email` (or `sub`) claim is matched against. */
  email: string;
  name: string;
  role: Role;
  /** Team ids. */
  teams: string[];
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface TeamRecord {
  id: string;
  name: string;
  createdAt: Date;
}

/** A partner API key. Only the SHA-256 of the key is stored; the key itself is shown once. */
export interface ApiKeyRecord {
  id: string;
  /** The partner integration's name; requests with the key act as role `partner` with this subject. */
  name: string;
  hash: string;
  /** The first characters of the key, so an admin can tell keys apart in a list. */
  prefix: string;
  createdAt: Date;
  createdBy: string;
  revokedAt: Date | null;
}
