import { ErrorCode, ClientErrors } from '@support-graph/runtime';
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { KnowledgeError, KnowledgeErrorCode } from '../knowledge-error.js';

/**
 * The one place where the engine's KnowledgeError becomes a client error with a stable
 * `extensions.code`. Anything else passes through untouched, so the subgraph's error mask still
 * hides internal failures.
 */
export function toClientError(error: unknown): unknown {
  if (!(error instanceof KnowledgeError)) return error;
  switch (error.code) {
    case KnowledgeErrorCode.BadUserInput: {
      // The engine's message already starts with "<field>: "; ClientErrors adds that prefix itself.
      const field = error.field ?? 'input';
      const prefix = `${field}: `;
      return ClientErrors.badInput(field, error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
    }
    case KnowledgeErrorCode.NotFound:
      return new GraphQLError(error.message, { extensions: { code: ErrorCode.NotFound } });
    case KnowledgeErrorCode.Conflict:
      return ClientErrors.conflict(error.message);
  }
}

/** type-graphql global middleware: every resolver's KnowledgeError is mapped on the way out. */
export const mapKnowledgeErrors: MiddlewareFn = async (_action, next) => {
  try {
    return await next();
  } catch (error) {
    throw toClientError(error);
  }
};
