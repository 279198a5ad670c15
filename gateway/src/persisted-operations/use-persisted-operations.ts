import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { PersistedOperation } from './persisted-query-manifest.js';

export interface PersistedOperationsOptions {
  /** The manifest's operations by id (sha256 hex of the body). */
  readonly operations: ReadonlyMap<string, PersistedOperation>;
}

/**
 * Apollo Server has no safelist of its own: this plugin turns a manifest id
 * (`extensions.persistedQuery.sha256Hash`, or `documentId` translated by the HTTP handler) into
 * the manifest's document, for every caller. It runs before Apollo's APQ step, which therefore
 * never sees manifest ids: they are neither looked up in nor written to the APQ cache. Ids that
 * are not in the manifest are left to APQ (first-party clients); restricted callers never get
 * that far (see require-persisted-operation.ts).
 */
export function usePersistedOperations<TContext extends BaseContext>(options: PersistedOperationsOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const { persistedQuery, ...otherExtensions } = request.extensions ?? {};
      const hash: unknown = persistedQuery?.sha256Hash;
      const operation = typeof hash === 'string' ? options.operations.get(hash) : undefined;
      if (!operation) return;
      request.query = operation.body;
      request.extensions = otherExtensions;
    },
  };
}
