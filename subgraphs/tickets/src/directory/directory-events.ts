import { createDomainEvent, type DomainEvent } from '@support-graph/runtime';

/** Published when a user's role or active flag changes, or a key is revoked: gateways drop cached identities at once. */
export const DirectoryEventType = {
  UserChanged: 'directory.user_changed',
  ApiKeyRevoked: 'directory.api_key_revoked',
} as const;

export function userChanged(userId: string, email: string): DomainEvent {
  return createDomainEvent(DirectoryEventType.UserChanged, userId, { userId, email });
}

export function apiKeyRevoked(keyId: string, hash: string): DomainEvent {
  return createDomainEvent(DirectoryEventType.ApiKeyRevoked, keyId, { keyId, hash });
}
