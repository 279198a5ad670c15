import type { Role } from '@support-graph/runtime';

/** The user record behind a staff token. */
export interface DirectoryUser {
  readonly role: Role;
  readonly active: boolean;
}

/**
 * Where the gateway looks up who a token or an API key really is: the role comes from the user
 * record (not from a claim the client can choose), deactivated users and revoked keys are refused.
 */
export interface IdentityDirectory {
  userByEmail(email: string): Promise<DirectoryUser | null>;
  /** The partner integration's name, or null for an unknown or revoked key. */
  partnerForApiKey(key: string): Promise<string | null>;
}
