import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Stable code for a request whose document holds no operation by the name it asks for. */
export const OPERATION_NOT_FOUND = 'OPERATION_NOT_FOUND';

/**
 * Apollo Server leaves an unknown `operationName` (or a document of several operations and no
 * name) to the executor, and Apollo Gateway then throws an error that reaches the client as a 500.
 * It is a bad request: refused here with 400 and a stable code, before the query planner.
 */
export function useOperationResolution<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          const message = request.operationName
            ? `The document has no operation named "${request.operationName}"`
            : 'The document holds several operations: say which one to run with operationName';
          throw new GraphQLError(message, { extensions: { code: OPERATION_NOT_FOUND, http: { status: 400 } } });
        },
      };
    },
  };
}
