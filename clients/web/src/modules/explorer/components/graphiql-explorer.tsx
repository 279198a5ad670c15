import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useEffect, useMemo } from 'react';
import { createSubscriptionClient } from '../../live/subscription-link';
import { createSessionFetcher } from '../session-fetcher';

const STARTER = `query Queue {
  tickets(first: 5) {
    totalCount
    edges { node { number subject status triage { team decidedBy } } }
  }
}
`;

/** GraphiQL (bundled, its own lazy chunk) running every operation with the session's token. */
export function GraphiQLExplorer({ token }: { token: string }) {
  const session = useMemo(() => {
    const subscriptions = createSubscriptionClient(token);
    return { subscriptions, fetcher: createSessionFetcher(token, subscriptions) };
  }, [token]);
  useEffect(() => () => void session.subscriptions.dispose(), [session]);
  return <GraphiQL fetcher={session.fetcher} defaultQuery={STARTER} />;
}
