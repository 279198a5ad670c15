import { ErrorCode } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';

/** Erasure reached the tickets store but not every subgraph: running eraseCustomer again finishes it. */
export function erasureIncomplete(pendingSubgraphs: readonly string[]): GraphQLError {
  return new GraphQLError(`Erasure is not finished in: ${pendingSubgraphs.join(', ')}. Run eraseCustomer again to finish it; it is safe to repeat.`, {
    extensions: { code: ErrorCode.ErasureIncomplete, pendingSubgraphs: [...pendingSubgraphs] },
  });
}
