import { getOperationAST, parse, type ExecutionResult, type OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { API_PATH } from '../api/session-link';

export interface ExplorerRequest {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: Record<string, unknown> | null;
}

/** The operation type GraphiQL is about to run, or undefined while the document does not parse (the API then says why). */
function operationType({ query, operationName }: ExplorerRequest): OperationTypeNode | undefined {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation;
  } catch {
    return undefined;
  }
}

/**
 * GraphiQL's fetcher as the signed-in user: subscriptions over `subscriptions` (graphql-ws, the token in
 * its connection params), everything else over HTTP with the bearer token. Answers come back as sent,
 * errors included.
 */
export function createSessionFetcher(token: string, subscriptions: Client) {
  return async (request: ExplorerRequest) => {
    const payload = { query: request.query, operationName: request.operationName ?? null, variables: request.variables ?? {} };
    if (operationType(request) === 'subscription') return subscriptions.iterate(payload) as AsyncIterable<ExecutionResult>;
    const response = await fetch(API_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(payload),
    });
    return (await response.json()) as ExecutionResult;
  };
}
