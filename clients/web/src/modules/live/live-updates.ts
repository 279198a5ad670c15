/**
 * How live views (queue, ticket, help conversation, reply drafts) stay current.
 * 'polling' re-runs their queries every POLL_INTERVAL_MS; 'subscriptions' listens on graphql-ws and
 * re-runs them on each event, and streams reply drafts chunk by chunk. Back to 'polling' is this one line.
 */
export const LIVE_UPDATES: 'polling' | 'subscriptions' = 'subscriptions';

export const POLL_INTERVAL_MS = 2000;
