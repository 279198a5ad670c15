import type { HTTPGraphQLRequest } from '@apollo/server';
import type { Identity, Role } from '@support-graph/runtime';
import { PersistedOperationErrors } from './persisted-operation-errors.js';
import type { PersistedOperation } from './persisted-query-manifest.js';
import { requestedOperation } from './requested-operation.js';

export interface PersistedOperationStepOptions {
  readonly operations: ReadonlyMap<string, PersistedOperation>;
  /** Roles that may run manifest operations only. Default partner. */
  readonly restrictedRoles?: readonly Role[];
}

/**
 * The request step that keeps restricted callers (partners) to the manifest, before anything is
 * parsed: a batch, a document (so also an APQ registration: document + hash) and an unknown id are
 * refused, so a partner can neither run nor register nor probe the schema with its own documents.
 */
export function createPersistedOperationStep(options: PersistedOperationStepOptions) {
  const restrictedRoles = new Set<Role>(options.restrictedRoles ?? ['partner']);
  return (identity: Identity, request: HTTPGraphQLRequest): void => {
    if (!restrictedRoles.has(identity.role)) return;
    if (Array.isArray(request.body)) throw PersistedOperationErrors.batchingNotAllowed();
    const requested = requestedOperation(request);
    if (requested.hasDocument || requested.sha256Hash === undefined) throw PersistedOperationErrors.required();
    if (!options.operations.has(requested.sha256Hash)) throw PersistedOperationErrors.notFound();
  };
}
