import type { Identity } from '@support-graph/runtime';

/**
 * Whose budget a request spends: role and subject together, so a partner's API key (subject = the
 * key's name) and a person never share a bucket even if their subjects happen to match.
 */
export function rateLimitPrincipal(identity: Identity): string {
  return `${identity.role}:${identity.subject}`;
}
