import { GraphQLError } from 'graphql';

/**
 * Stable `extensions.code` values a client can act on. The message is for people; the code is
 * the contract. Nothing internal (stack, SQL, Cypher) is ever put in these errors.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  InvalidStatusTransition: 'INVALID_STATUS_TRANSITION',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** A dependency the request needs (Redis) is unreachable; retrying later works once it is back. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** A customer erasure that did not reach every subgraph yet; running it again finishes it. */
  ErasureIncomplete: 'ERASURE_INCOMPLETE',
  /** A playground version is worse than production on the gate dataset (or was not run on it): it may not be promoted. */
  PromotionGateFailed: 'PROMOTION_GATE_FAILED',
  /** The field is kept in an external system of record (Jira): change it there and it syncs back. */
  OwnedByJira: 'OWNED_BY_JIRA',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class ClientErrors {
  static badInput(field: string, message: string): GraphQLError {
    return new GraphQLError(`${field}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, field } });
  }

  static unauthenticated(message = 'A valid bearer token is required'): GraphQLError {
    return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated, http: { status: 401 } } });
  }

  static forbidden(message = 'Not allowed for your role'): GraphQLError {
    return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden } });
  }

  /** "Ticket not found": people read these messages, so no raw id (the caller knows which one it asked for). */
  static notFound(kind: string, _id: string): GraphQLError {
    return new GraphQLError(`${kindInWords(kind)} not found, or you may not see it`, { extensions: { code: ErrorCode.NotFound } });
  }

  static conflict(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict } });
  }

  static invalidStatusTransition(from: string, to: string): GraphQLError {
    return new GraphQLError(`A ticket cannot move from ${from} to ${to}`, {
      extensions: { code: ErrorCode.InvalidStatusTransition, from, to },
    });
  }

  /** 503: a dependency did not answer in time; the same request may succeed shortly. */
  static serviceUnavailable(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: ErrorCode.ServiceUnavailable, http: { status: 503 } } });
  }
}

/** `AgentRun` → `Agent run`. */
export function kindInWords(kind: string): string {
  const words = kind.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
