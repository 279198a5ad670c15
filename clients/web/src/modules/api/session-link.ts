import { ApolloLink, HttpLink } from '@apollo/client';
import type { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';

export const API_PATH = '/graphql';

/** Queries and mutations over HTTP with the session's token; subscriptions over graphql-ws (`subscriptions`). */
export function createSessionLink(token: string, subscriptions: GraphQLWsLink): ApolloLink {
  const http = new HttpLink({ uri: API_PATH, headers: { authorization: `Bearer ${token}` } });
  return ApolloLink.split(({ query }) => isSubscriptionOperation(query), subscriptions, http);
}
