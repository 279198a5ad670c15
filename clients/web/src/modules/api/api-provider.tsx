import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { createSubscriptionLink } from '../live/subscription-link';
import { createApiClient } from './api-client';
import { createSessionLink } from './session-link';

/** The API at `/graphql` of the origin that served the console (the gateway), with the session's token. */
export function ApiProvider({ token, children }: { token: string; children: ReactNode }) {
  const api = useMemo(() => {
    const subscriptions = createSubscriptionLink(token);
    return { subscriptions, client: createApiClient(createSessionLink(token, subscriptions)) };
  }, [token]);
  useEffect(
    () => () => {
      api.client.stop();
      void api.subscriptions.client.dispose();
    },
    [api],
  );
  return <ApolloProvider client={api.client}>{children}</ApolloProvider>;
}
