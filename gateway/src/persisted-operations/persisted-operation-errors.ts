import { GraphQLError } from 'graphql';

export const PersistedOperationErrorCode = {
  Required: 'PERSISTED_QUERY_REQUIRED',
  NotFound: 'PERSISTED_QUERY_NOT_FOUND',
  BatchingNotAllowed: 'BATCHING_NOT_ALLOWED',
  HashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
} as const;

export class PersistedOperationErrors {
  /** A document (or a document + hash, i.e. an APQ registration) from a caller limited to the manifest. */
  static required(): GraphQLError {
    return new GraphQLError('Only persisted operations may be run with these credentials: send the operation id, not a document', {
      extensions: { code: PersistedOperationErrorCode.Required, http: { status: 400 } },
    });
  }

  static notFound(): GraphQLError {
    return new GraphQLError('No persisted operation has this id', {
      extensions: { code: PersistedOperationErrorCode.NotFound, http: { status: 400 } },
    });
  }

  static hashMismatch(): GraphQLError {
    return new GraphQLError('The persisted query hash is not the SHA-256 of the document sent with it', {
      extensions: { code: PersistedOperationErrorCode.HashMismatch, http: { status: 400 } },
    });
  }

  static batchingNotAllowed(): GraphQLError {
    return new GraphQLError('Send one operation per request with these credentials', {
      extensions: { code: PersistedOperationErrorCode.BatchingNotAllowed, http: { status: 400 } },
    });
  }
}
