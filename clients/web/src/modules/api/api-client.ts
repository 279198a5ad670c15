import { ApolloClient, type ApolloLink } from '@apollo/client';
import { createConsoleCache } from './console-cache';

// Mutations resolve with their error (and any partial data) instead of throwing; the types follow.
declare module '@apollo/client' {
  export namespace ApolloClient {
    namespace DeclareDefaultOptions {
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
}

/**
 * The console's Apollo Client over any link (the session's, or a test's). Queries ask the API when a
 * view mounts or its variables change, then follow the cache; refreshes (events, polls) are quiet, so a
 * view never flashes back to "loading".
 */
export function createApiClient(link: ApolloLink): ApolloClient {
  return new ApolloClient({
    link,
    cache: createConsoleCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first', notifyOnNetworkStatusChange: false },
      mutate: { errorPolicy: 'all' },
    },
  });
}
