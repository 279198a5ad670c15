import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient, type Client } from 'graphql-ws';
import { API_PATH } from '../api/session-link';

/**
 * A graphql-ws connection to `ws(s)://<this origin>/graphql` with the session's token, opened on the
 * first subscription; graphql-ws reconnects on its own and subscribes again.
 */
export function createSubscriptionClient(token: string): Client {
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${API_PATH}`;
  return createClient({ url, lazy: true, connectionParams: { authorization: `Bearer ${token}` } });
}

/** Apollo's subscriptions over that connection. */
export function createSubscriptionLink(token: string): GraphQLWsLink {
  return new GraphQLWsLink(createSubscriptionClient(token));
}
