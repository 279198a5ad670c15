import { createHash } from 'node:crypto';
import type { HTTPGraphQLRequest } from '@apollo/server';
import { PersistedOperationErrors } from './persisted-operation-errors.js';
import { requestedInBody, requestedOperation, type RequestedOperation } from './requested-operation.js';

function mismatched(requested: RequestedOperation): boolean {
  if (requested.document === undefined || requested.sha256Hash === undefined) return false;
  return createHash('sha256').update(requested.document).digest('hex') !== requested.sha256Hash.toLowerCase();
}

/**
 * An APQ registration (document + hash) whose hash is not the document's: Apollo Server answers it
 * with an error that has no code (so it reached clients as INTERNAL_SERVER_ERROR). It is the
 * client's mistake, refused here with its own code before anything is parsed.
 */
export function checkDocumentHash(request: HTTPGraphQLRequest): void {
  const operations = Array.isArray(request.body) ? request.body.map(requestedInBody) : [requestedOperation(request)];
  if (operations.some(mismatched)) throw PersistedOperationErrors.hashMismatch();
}
