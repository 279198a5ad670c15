import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { LIVE_UPDATES, POLL_INTERVAL_MS } from '../live-updates';

type Variables = Record<string, unknown>;

/** The subscription whose events mean "this query's answer changed". */
export interface LiveTrigger<TVariables extends Variables> {
  readonly document: TypedDocumentNode<unknown, TVariables>;
  readonly variables: TVariables;
}

/**
 * A query that stays current: polled every 2 s, or re-run on each event of `trigger` once
 * LIVE_UPDATES is 'subscriptions'. Views use this and never poll or subscribe on their own.
 */
export function useLiveQuery<TData, TVariables extends Variables, TTriggerVariables extends Variables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  trigger: LiveTrigger<TTriggerVariables>,
) {
  const subscribed = LIVE_UPDATES === 'subscriptions';
  // The signature above keeps callers' variables typed; Apollo's conditional option types cannot be satisfied by a generic.
  const query = useQuery(document as TypedDocumentNode<TData, OperationVariables>, { variables: variables as OperationVariables, pollInterval: subscribed ? 0 : POLL_INTERVAL_MS });
  useSubscription(
    trigger.document,
    subscribed ? { variables: trigger.variables, fetchPolicy: 'no-cache', ignoreResults: true, onData: () => void query.refetch() } : skipToken,
  );
  return query;
}
